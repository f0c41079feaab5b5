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
import { Organisation } from '#libs/identity';
import { Currency } from '#libs/reference-data';
import type { OfferStatus, OfferVisibility } from '../offer.enums.js';

/**
 * What a donor can give, to whom. Text in its original language (translations in
 * offer_translation); amounts exact, with USD equivalents at the rate of budget_usd_rate_date.
 * `search_vector` and `search_text` are kept by database triggers (see the AddOffers migration).
 */
@Entity()
@Check('CK_offer_status', `status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'EXHAUSTED', 'WITHDRAWN', 'EXPIRED')`)
@Check('CK_offer_visibility', `visibility IN ('PUBLIC', 'STATES_AND_DONORS', 'PRIVATE')`)
@Check('CK_offer_language', `original_language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')`)
@Check(
  'CK_offer_budget',
  `budget_total > 0 AND budget_remaining >= 0 AND budget_remaining <= budget_total
   AND (budget_min_per_project IS NULL OR budget_max_per_project IS NULL OR budget_min_per_project <= budget_max_per_project)
   AND (budget_max_per_project IS NULL OR budget_max_per_project <= budget_total)`,
)
@Check('CK_offer_window', `available_until IS NULL OR available_until >= available_from`)
@Index('IX_offer_organisation', ['organisationId', 'status'])
@Index('IX_offer_moderation_queue', ['statusChangedAt'], { where: `status = 'SUBMITTED'` })
// Written by hand in the migration (GIN, expressions, DESC columns):
@Index('IX_offer_sort_newest', { synchronize: false })
@Index('IX_offer_sort_budget_usd', { synchronize: false })
@Index('IX_offer_sort_available_until', { synchronize: false })
@Index('IX_offer_thematic_areas', { synchronize: false })
@Index('IX_offer_assistance_types', { synchronize: false })
@Index('IX_offer_eligible_states', { synchronize: false })
@Index('IX_offer_eligible_regions', { synchronize: false })
@Index('IX_offer_eligible_regional_organisations', { synchronize: false })
@Index('IX_offer_search_vector', { synchronize: false })
@Index('IX_offer_search_text', { synchronize: false })
export class Offer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  @Column({ type: 'text' })
  status: OfferStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ type: 'char', length: 2 })
  originalLanguage: UnLanguage;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  assistanceTypes: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  thematicAreas: string[];

  @Column({ type: 'boolean', default: false })
  eligibleEverywhere: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eligibleRegions: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eligibleStates: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eligibleRegionalOrganisations: string[];

  @Column({ type: 'char', length: 3 })
  budgetCurrency: string;

  @ManyToOne(() => Currency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_currency' })
  currency: Relation<Currency>;

  @Column({ type: 'numeric', precision: 15, scale: 2 })
  budgetTotal: string;

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetMinPerProject: string | null;

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetMaxPerProject: string | null;

  /** What is still available: the total less commitments (later features reduce it). */
  @Column({ type: 'numeric', precision: 15, scale: 2 })
  budgetRemaining: string;

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetTotalUsd: string | null;

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetMinPerProjectUsd: string | null;

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetMaxPerProjectUsd: string | null;

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetRemainingUsd: string | null;

  @Column({ type: 'date', nullable: true })
  budgetUsdRateDate: string | null;

  @Column({ type: 'date' })
  availableFrom: string;

  /** Null: until the money runs out. */
  @Column({ type: 'date', nullable: true })
  availableUntil: string | null;

  /** How the help is given, e.g. "grant through a UN agency", "in-kind equipment". */
  @Column({ type: 'text', nullable: true })
  modality: string | null;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  /** UN languages the donor can work in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  workingLanguages: string[];

  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text' })
  visibility: OfferVisibility;

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
