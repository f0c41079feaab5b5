import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Proposal } from './proposal.entity.js';

/**
 * A document of a proposal (concept note, budget, agreement ...): its metadata and a link; the
 * file itself lives where the link points. Adding a document under a name already used makes
 * the next version; earlier versions are kept. Each version is the parties' until a party marks
 * it public.
 */
@Entity()
@Index('UQ_proposal_document_version', ['proposalId', 'name', 'version'], { unique: true })
export class ProposalDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<Proposal>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', nullable: true })
  mediaType: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  addedByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  addedByOrganisationId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;

  /** A party made this version public: anyone who may see the proposal reads it. */
  @Column({ type: 'boolean', default: false })
  public: boolean;
}
