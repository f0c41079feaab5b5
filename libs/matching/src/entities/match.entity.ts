import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { User } from '#libs/identity';
import { Need } from '#libs/needs';
import { Offer } from '#libs/offers';
import type { MatchOrigin, MatchStatus } from '../match.enums.js';
import type { MatchBreakdown } from '../scoring/score.js';

/**
 * A need and an offer, with the engine's score and its breakdown. One row per pair: the engine
 * and people both move it through its life (see MATCH_LIFE_CYCLE). `basis` fingerprints the
 * fields of both sides that make a change material; `dismissed_basis` is the basis when UNODA
 * dismissed it, so a dismissed match returns only after a material change.
 */
@Entity()
@Unique('UQ_match_pair', ['needId', 'offerId'])
@Check('CK_match_status', `status IN ('SUGGESTED', 'CONFIRMED', 'DISMISSED', 'WITHDRAWN', 'INTEREST_EXPRESSED', 'INTEREST_ACCEPTED', 'INTEREST_DECLINED')`)
@Check('CK_match_origin', `origin IN ('ENGINE', 'INTEREST')`)
@Check('CK_match_score', `score IS NULL OR (score >= 0 AND score <= 1)`)
// Written by hand in the migration (DESC and NULLS LAST columns):
@Index('IX_match_need_rank', { synchronize: false })
@Index('IX_match_offer_rank', { synchronize: false })
@Index('IX_match_queue', { synchronize: false })
export class Match {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need: Relation<Need>;

  @Column({ type: 'uuid' })
  offerId: string;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer: Relation<Offer>;

  @Column({ type: 'text' })
  status: MatchStatus;

  @Column({ type: 'text' })
  origin: MatchOrigin;

  /** The total, from 0 to 1; null when the pair fails a hard filter (see breakdown.failed). */
  @Column({ type: 'numeric', precision: 5, scale: 4, nullable: true })
  score: string | null;

  /** Whether the pair passes the hard filters as last scored. */
  @Column({ type: 'boolean' })
  fits: boolean;

  /** Display data, never queried: `json` (kept as text) is cheaper to write than `jsonb`. */
  @Column({ type: 'json' })
  breakdown: MatchBreakdown;

  /** Fingerprint of the breakdown, to tell without reading it whether a rescore changes it. */
  @Column({ type: 'text' })
  breakdownDigest: string;

  @Column({ type: 'text' })
  basis: string;

  @Column({ type: 'text', nullable: true })
  dismissedBasis: string | null;

  /** A strong suggestion is announced once (outbox `match.suggested`) until it is withdrawn. */
  @Column({ type: 'boolean', default: false })
  strongAnnounced: boolean;

  /** Why UNODA dismissed it, or why the State declined the interest. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  interestMessage: string | null;

  @Column({ type: 'uuid', nullable: true })
  interestByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'interest_by_user_id' })
  interestBy: Relation<User> | null;

  /** The person who took the last decision (confirm, dismiss, interest, answer). */
  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy: Relation<User> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  scoredAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
