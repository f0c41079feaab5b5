import { CreateDateColumn, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ProposalRevision } from './proposal-revision.entity.js';

/** A party's acceptance of a revision; the revision is agreed when every required party has accepted. */
@Entity()
export class RevisionAcceptance {
  @PrimaryColumn({ type: 'uuid' })
  revisionId: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => ProposalRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision: Relation<ProposalRevision>;

  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  acceptedAt: Date;
}
