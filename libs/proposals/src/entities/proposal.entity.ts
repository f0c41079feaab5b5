import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Currency } from '#libs/reference-data';
import type { ProposalStatus } from '../proposals/proposal.enums.js';

/**
 * A proposal compiled by UNODA from one or more needs, for the GIS to discuss and donors to fund.
 * Its scope and budget live in revisions (proposal_revision); `target_amount` is the total of the
 * revision that holds (the agreed one, or the draft), kept here to list and sort proposals.
 */
@Entity()
@Check(
  'CK_proposal_status',
  `status IN ('DRAFT', 'AWAITING_ENDORSEMENT', 'RETURNED', 'TECHNICAL_REVIEW', 'OPEN_FOR_FUNDING', 'UNDER_NEGOTIATION',
              'PARTIALLY_FUNDED', 'FUNDED', 'IN_IMPLEMENTATION', 'COMPLETED', 'CLOSED', 'WITHDRAWN', 'DECLINED', 'ON_HOLD', 'EXPIRED')`,
)
@Check('CK_proposal_target', `target_amount > 0`)
@Index('UQ_proposal_reference', ['reference'], { unique: true })
@Index('IX_proposal_status', ['status', 'statusChangedAt'])
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Human reference, e.g. GIS-2026-0007: the year of compilation and a number. */
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  implementingAgency: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @ManyToOne(() => Currency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'currency' })
  currencyRef: Relation<Currency>;

  @Column({ type: 'numeric', precision: 15, scale: 2 })
  targetAmount: string;

  @Column({ type: 'text' })
  status: ProposalStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  /** Why it was last returned, declined, withdrawn or put on hold. */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  /** Whether the regional centre reviews it after endorsement. */
  @Column({ type: 'boolean', default: false })
  technicalReview: boolean;

  @Column({ type: 'date', nullable: true })
  reviewDeadline: string | null;

  /** Past this date, a proposal not yet funded expires. */
  @Column({ type: 'date', nullable: true })
  fundingDeadline: string | null;

  /** Whether commitments may exceed the target. */
  @Column({ type: 'boolean', default: false })
  allowOverFunding: boolean;

  /** The UN regional centre of the requesting States' region (UNREC, UNLIREC, UNRCPD), if any. */
  @Column({ type: 'text', nullable: true })
  regionalCentreCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
