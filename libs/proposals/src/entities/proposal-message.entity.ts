import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Proposal } from './proposal.entity.js';

/** A message in a proposal's deal room: read and written by its parties only. */
@Entity()
@Index('IX_proposal_message_thread', ['proposalId', 'createdAt'])
export class ProposalMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<Proposal>;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  /** The party the author wrote for. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  body: string;

  /** The revision the message is about, if any (a proposal of one says why). */
  @Column({ type: 'uuid', nullable: true })
  revisionId: string | null;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
