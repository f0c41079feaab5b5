import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Organisation } from '#libs/identity';
import { Proposal } from './proposal.entity.js';

/**
 * What a party reports once a proposal is implemented: each requesting State and each donor that
 * funded it gives one (a newer one replaces it while the proposal is in implementation). Users of
 * comparable systems say they never learn the outcome; a proposal cannot be completed without them.
 */
@Entity()
@Unique('UQ_outcome_report_party', ['proposalId', 'organisationId'])
export class OutcomeReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<Proposal>;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  /** What was done and achieved. */
  @Column({ type: 'text' })
  summary: string;

  /** Where the full report is (http or https), if anywhere. */
  @Column({ type: 'text', nullable: true })
  documentUrl: string | null;

  @Column({ type: 'uuid', nullable: true })
  submittedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;
}
