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
import type { UnLanguage } from '#libs/core';
import { Currency, MemberState } from '#libs/reference-data';
import type { NeedCloseReason, NeedStatus, NeedVisibility } from '../need.enums.js';
import { NationalReport } from './national-report.entity.js';

/**
 * What a State asks for. The text is kept in its original language (translations are in
 * need_translation); `search_vector` and `search_text` are kept by database triggers (see the
 * AddNeeds migration) and never written by the application.
 */
@Entity()
@Check(
  'CK_need_status',
  `status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'IN_PROPOSAL', 'PARTIALLY_FUNDED', 'FUNDED', 'CLOSED', 'WITHDRAWN', 'EXPIRED')`,
)
@Check('CK_need_visibility', `visibility IN ('PUBLIC', 'STATES_AND_DONORS', 'PRIVATE')`)
@Check('CK_need_close_reason', `close_reason IS NULL OR close_reason IN ('MET', 'NO_LONGER_NEEDED', 'SUPERSEDED')`)
@Check('CK_need_language', `original_language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')`)
@Check('CK_need_budget', `(budget_amount IS NULL) = (budget_currency IS NULL) AND (budget_amount IS NULL OR budget_amount > 0)`)
@Check('CK_need_timeframe', `timeframe_start IS NULL OR timeframe_end IS NULL OR timeframe_end >= timeframe_start`)
@Check('CK_need_priority', `priority_rank IS NULL OR priority_rank BETWEEN 1 AND 100`)
@Index('UQ_need_report_ref', ['reportId', 'sourceRef'], { unique: true, where: 'report_id IS NOT NULL AND source_ref IS NOT NULL' })
@Index('IX_need_state', ['stateIso3', 'status'])
// Counts of a list (totalCount) by the visibility rules, read from the index alone.
@Index('IX_need_status_visibility', ['status', 'visibility'])
@Index('IX_need_moderation_queue', ['statusChangedAt'], { where: `status = 'SUBMITTED'` })
// Written by hand in the migration (TypeORM cannot express GIN, expressions or DESC columns):
// the (status, sort key, id) indexes let a page of a listing be read in order, without sorting.
@Index('IX_need_sort_newest', { synchronize: false })
@Index('IX_need_sort_valid_until', { synchronize: false })
@Index('IX_need_sort_budget_usd', { synchronize: false })
@Index('IX_need_sort_priority', { synchronize: false })
@Index('IX_need_sort_quality', { synchronize: false })
@Index('IX_need_thematic_areas', { synchronize: false })
@Index('IX_need_mosaic_modules', { synchronize: false })
@Index('IX_need_assistance_types', { synchronize: false })
@Index('IX_need_search_vector', { synchronize: false })
@Index('IX_need_search_text', { synchronize: false })
// The dashboards' index-only scan: (status, visibility) with the columns they read included.
@Index('IX_need_dashboard', { synchronize: false })
export class Need {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 3 })
  stateIso3: string;

  @ManyToOne(() => MemberState, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3' })
  state: Relation<MemberState>;

  @Column({ type: 'uuid', nullable: true })
  reportId: string | null;

  @ManyToOne(() => NationalReport, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'report_id' })
  report: Relation<NationalReport> | null;

  /** The section of the report the need comes from, e.g. "III.2". */
  @Column({ type: 'text', nullable: true })
  reportSection: string | null;

  /** The need's stable reference within its report: re-imports update the need with the same one. */
  @Column({ type: 'text', nullable: true })
  sourceRef: string | null;

  @Column({ type: 'text' })
  status: NeedStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The moderator's reasons, shown to the State, while the need is returned for edits. */
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ type: 'text', nullable: true })
  closeReason: NeedCloseReason | null;

  @Column({ type: 'char', length: 2 })
  originalLanguage: UnLanguage;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  problem: string;

  @Column({ type: 'text' })
  proposedActivities: string;

  @Column({ type: 'text', nullable: true })
  alreadyDone: string | null;

  @Column({ type: 'text', nullable: true })
  nationalContribution: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  thematicAreas: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  assistanceTypes: string[];

  /** Paragraphs of section II of the Programme of Action, e.g. "II.7". */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  poaParagraphs: string[];

  /** Paragraphs of the International Tracing Instrument. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  itiParagraphs: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mosaicModules: string[];

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetAmount: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  budgetCurrency: string | null;

  @ManyToOne(() => Currency, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'budget_currency' })
  currency: Relation<Currency> | null;

  /** The budget in US dollars at the rate in force on budget_usd_rate_date. */
  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetUsd: string | null;

  @Column({ type: 'date', nullable: true })
  budgetUsdRateDate: string | null;

  /** 1 = the State's highest priority. */
  @Column({ type: 'smallint', nullable: true })
  priorityRank: number | null;

  @Column({ type: 'date', nullable: true })
  timeframeStart: string | null;

  @Column({ type: 'date', nullable: true })
  timeframeEnd: string | null;

  @Column({ type: 'text' })
  visibility: NeedVisibility;

  @Column({ type: 'date' })
  validUntil: string;

  /** The valid-until date for which the "still needed?" reminder went out, so it goes out once. */
  @Column({ type: 'date', nullable: true })
  expiryReminderFor: string | null;

  /** The NPC who endorsed the need (by submitting it), and when. */
  @Column({ type: 'uuid', nullable: true })
  endorsedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  endorsedAt: Date | null;

  /** 0-100, from assessNeedQuality; stored for sorting the moderation queue. */
  @Column({ type: 'smallint', default: 0 })
  qualityScore: number;

  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector: string | null;

  @Column({ type: 'text', nullable: true, select: false, insert: false, update: false })
  searchText: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
