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
import { Organisation } from '#libs/identity';
import { Offer } from '#libs/offers';
import type { ContributionKind, ContributionStatus } from '../funding/contribution.enums.js';
import { GisMeeting } from './gis-meeting.entity.js';
import { Proposal } from './proposal.entity.js';

/**
 * A donor's contribution to a proposal (or one of its tranches), money or in kind (valued), in the
 * proposal's currency: intent -> pledged -> committed -> disbursed -> reported, or cancelled
 * before disbursement. Only committed and later count as funded.
 */
@Entity()
@Check('CK_contribution_status', `status IN ('INTENT', 'PLEDGED', 'COMMITTED', 'DISBURSED', 'REPORTED', 'CANCELLED')`)
@Check('CK_contribution_kind', `kind IN ('MONEY', 'IN_KIND')`)
@Check('CK_contribution_amount', `amount > 0`)
@Index('IX_contribution_proposal', ['proposalId', 'status'])
@Index('IX_contribution_organisation', ['organisationId'])
export class Contribution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<Proposal>;

  /** The donor organisation. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  /** The offer it draws on, if any: a commitment reduces what remains of it. */
  @Column({ type: 'uuid', nullable: true })
  offerId: string | null;

  @ManyToOne(() => Offer, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'offer_id' })
  offer: Relation<Offer> | null;

  /** The tranche it funds; null: the proposal as a whole. */
  @Column({ type: 'int', nullable: true })
  trancheNumber: number | null;

  @Column({ type: 'text' })
  kind: ContributionKind;

  /** What is given, for contributions in kind (and a note for money). */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** In the proposal's currency; for in-kind help, its value. */
  @Column({ type: 'numeric', precision: 15, scale: 2 })
  amount: string;

  @Column({ type: 'text' })
  status: ContributionStatus;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  /** The GIS meeting where it was said, if any. */
  @Column({ type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => GisMeeting, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<GisMeeting> | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
