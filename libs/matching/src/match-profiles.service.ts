import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { todayUtc } from '#libs/core';
import { NeedStatus, NeedVisibility } from '#libs/needs';
import { OfferStatus, OfferVisibility } from '#libs/offers';
import {
  dateOfDay,
  needProfile,
  offerProfile,
  placeKey,
  type MatchingReference,
  type NeedProfile,
  type NeedRow,
  type OfferProfile,
  type OfferRow,
} from './scoring/profiles.js';
import { windowEnded } from './scoring/score.js';

/** The columns of a need profile (see NeedRow), over alias `n`. */
export const NEED_PROFILE_COLUMNS = `n.id, n.status, n.visibility, n.state_iso3, n.thematic_areas, n.mosaic_modules, n.assistance_types,
  n.budget_amount, n.budget_currency, n.budget_usd, n.timeframe_start::text, n.timeframe_end::text, n.valid_until::text,
  n.original_language,
  array(SELECT t.language::text FROM need_translation t WHERE t.need_id = n.id) AS translation_languages,
  tsvector_to_array(coalesce(n.search_vector, ''::tsvector)) AS terms`;

/** The columns of an offer profile (see OfferRow), over alias `o`. */
export const OFFER_PROFILE_COLUMNS = `o.id, o.organisation_id, o.status, o.visibility, o.eligible_everywhere, o.eligible_regions, o.eligible_states,
  o.eligible_regional_organisations, o.thematic_areas, o.assistance_types, o.budget_currency, o.budget_min_per_project,
  o.budget_max_per_project, o.budget_remaining, o.budget_min_per_project_usd, o.budget_max_per_project_usd,
  o.budget_remaining_usd, o.available_from::text, o.available_until::text, o.working_languages, o.original_language,
  array(SELECT t.language::text FROM offer_translation t WHERE t.offer_id = o.id) AS translation_languages,
  tsvector_to_array(coalesce(o.search_vector, ''::tsvector)) AS terms`;

/** Offer profiles kept in memory at most (a bound, far above the offers a market has). */
const OFFER_CACHE_LIMIT = 50_000;

/** Published and not private, in SQL: the records the engine matches. */
export const LISTED_NEED = `n.status = '${NeedStatus.PUBLISHED}' AND n.visibility <> '${NeedVisibility.PRIVATE}'`;
export const LISTED_OFFER = `o.status = '${OfferStatus.PUBLISHED}' AND o.visibility <> '${OfferVisibility.PRIVATE}'`;

/**
 * An offer (alias `o`) whose window has not ended on `today`, a date parameter: it is available
 * through its last day (the scorer's WINDOW_ENDED, in SQL).
 */
export const offerWindowOpen = (today: string) => `(o.available_until IS NULL OR o.available_until >= ${today}::date)`;

/**
 * Reads needs and offers as matching profiles, and finds candidates in set-based SQL: for a
 * need, the offers that could pass its hard filters (window not ended, eligibility, window
 * opening, thematic relation); for an offer, the needs. Candidates are a superset: the scorer
 * applies the hard filters itself.
 */
@Injectable()
export class MatchProfilesService {
  private reference: Promise<MatchingReference> | null = null;
  private readonly offerCache = new Map<string, { profile: OfferProfile; stamp: string }>();

  constructor(private readonly dataSource: DataSource) {}

  /** Where each State belongs and the MOSAIC crosswalk; read once (reference data is seeded at start). */
  matchingReference(): Promise<MatchingReference> {
    this.reference ??= this.readReference().catch((error: unknown) => {
      this.reference = null;
      throw error;
    });
    return this.reference;
  }

  async needs(manager: EntityManager, ids: readonly string[]): Promise<NeedProfile[]> {
    if (!ids.length) return [];
    const rows: NeedRow[] = await manager.query(`SELECT ${NEED_PROFILE_COLUMNS} FROM need n WHERE n.id = ANY($1::uuid[])`, [ids]);
    const reference = await this.matchingReference();
    return rows.map((row) => needProfile(row, reference));
  }

  async offers(manager: EntityManager, ids: readonly string[]): Promise<OfferProfile[]> {
    if (!ids.length) return [];
    const rows: OfferRow[] = await manager.query(`SELECT ${OFFER_PROFILE_COLUMNS} FROM offer o WHERE o.id = ANY($1::uuid[])`, [ids]);
    const reference = await this.matchingReference();
    return rows.map((row) => offerProfile(row, reference));
  }

  /**
   * Every published offer whose window has not ended, with a stamp that changes whenever its row
   * does (see OfferIndex). An offer whose window ends drops out of the list (and so of an index
   * refreshed with it) the next day.
   */
  async listedOffers(manager: EntityManager, ids?: readonly string[], today = todayUtc()): Promise<{ profile: OfferProfile; stamp: string }[]> {
    const rows: (OfferRow & { stamp: string })[] = await manager.query(
      `SELECT ${OFFER_PROFILE_COLUMNS}, o.xmin::text AS stamp FROM offer o
        WHERE ${LISTED_OFFER} AND ${offerWindowOpen('$1')} ${ids ? 'AND o.id = ANY($2::uuid[])' : ''}`,
      ids ? [today, ids] : [today],
    );
    const reference = await this.matchingReference();
    return rows.map((row) => ({ profile: offerProfile(row, reference), stamp: row.stamp }));
  }

  /** Id and stamp of every offer listedOffers gives: what changed since an index was built. */
  async listedOfferStamps(manager: EntityManager): Promise<Map<string, string>> {
    const rows: { id: string; stamp: string }[] = await manager.query(
      `SELECT o.id, o.xmin::text AS stamp FROM offer o WHERE ${LISTED_OFFER} AND ${offerWindowOpen('$1')}`,
      [todayUtc()],
    );
    return new Map(rows.map((r) => [r.id, r.stamp]));
  }

  /**
   * Offers that may fit this need. The query returns ids and row stamps only; profiles come from
   * a cache of this process, read again for rows whose stamp changed (a need job reads a few
   * hundred candidates, most of them unchanged since the last job).
   */
  async candidateOffers(manager: EntityManager, need: NeedProfile, today: number): Promise<OfferProfile[]> {
    if (!need.listed) return [];
    const reference = await this.matchingReference();
    const states = need.places.filter((p) => p.startsWith('S:')).map((p) => p.slice(2));
    const areas = need.places.filter((p) => p.startsWith('R:')).map((p) => p.slice(2));
    const organisations = need.places.filter((p) => p.startsWith('O:')).map((p) => p.slice(2));
    const stamps: { id: string; stamp: string }[] = await manager.query(
      `SELECT o.id, o.xmin::text AS stamp FROM offer o
        WHERE ${LISTED_OFFER}
          AND (o.eligible_everywhere OR o.eligible_states && $1::text[] OR o.eligible_regions && $2::text[]
               OR o.eligible_regional_organisations && $3::text[])
          AND o.available_from <= $4::date
          AND ${offerWindowOpen('$6')}
          AND (o.thematic_areas = '{}' OR o.thematic_areas && $5::text[])`,
      [states, areas, organisations, dateOfDay(need.validUntil), relatedAreas(need.areas, [...need.areaModules, ...need.modules], reference), dateOfDay(today)],
    );
    const stale = stamps.filter((s) => this.offerCache.get(s.id)?.stamp !== s.stamp).map((s) => s.id);
    const fresh = new Map((stale.length ? await this.listedOffers(manager, stale, dateOfDay(today)) : []).map((e) => [e.profile.id, e]));
    if (this.offerCache.size + fresh.size > OFFER_CACHE_LIMIT) this.offerCache.clear();
    for (const entry of fresh.values()) this.offerCache.set(entry.profile.id, entry);
    // An offer that left the market between the two queries is left out; its own job handles it.
    return stamps.flatMap((s) => {
      const entry = fresh.get(s.id) ?? this.offerCache.get(s.id);
      return entry && (fresh.has(s.id) || entry.stamp === s.stamp) ? [entry.profile] : [];
    });
  }

  /** Needs that may fit this offer on `today`: none once its window has ended. */
  async candidateNeeds(manager: EntityManager, offer: OfferProfile, today: number): Promise<NeedProfile[]> {
    if (!offer.listed || windowEnded(offer, today)) return [];
    const reference = await this.matchingReference();
    const eligibleStates = offer.everywhere
      ? null
      : [...reference.placesByState].filter(([, places]) => places.some((p) => offer.places.includes(p))).map(([iso3]) => iso3);
    const open = !offer.areas.length;
    const rows: NeedRow[] = await manager.query(
      `SELECT ${NEED_PROFILE_COLUMNS} FROM need n
        WHERE ${LISTED_NEED}
          AND ($1::text[] IS NULL OR n.state_iso3 = ANY($1::text[]))
          AND n.valid_until >= $2::date
          AND ($3::boolean OR n.thematic_areas && $4::text[] OR n.mosaic_modules && $5::text[])`,
      [eligibleStates, dateOfDay(offer.availableFrom), open, open ? [] : relatedAreas(offer.areas, offer.areaModules, reference), offer.areaModules],
    );
    return rows.map((row) => needProfile(row, reference));
  }

  private async readReference(): Promise<MatchingReference> {
    const [states, areas]: [{ iso3: string; areas: string[]; organisations: string[] }[], { code: string; modules: string[] }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT s.iso3,
                  array_remove(ARRAY[s.m49_region_code::text, s.m49_subregion_code::text, s.m49_intermediate_region_code::text], NULL) AS areas,
                  array(SELECT m.organisation_code FROM regional_organisation_member m WHERE m.state_iso3 = s.iso3 ORDER BY 1) AS organisations
             FROM member_state s`,
      ),
      this.dataSource.query(`SELECT code, mosaic_modules AS modules FROM thematic_area`),
    ]);
    return {
      placesByState: new Map(
        states.map((s) => [s.iso3, [placeKey.state(s.iso3), ...s.areas.map(placeKey.area), ...s.organisations.map(placeKey.organisation)]]),
      ),
      modulesByArea: new Map(areas.map((a) => [a.code, a.modules])),
    };
  }
}

/**
 * The thematic areas an offer (or need) must name to have some thematic relation with these
 * areas and modules: the areas themselves and every area sharing one of the modules.
 */
function relatedAreas(areas: readonly string[], modules: readonly string[], reference: MatchingReference): string[] {
  const related = new Set(areas);
  for (const [area, areaModules] of reference.modulesByArea) {
    if (areaModules.some((m) => modules.includes(m))) related.add(area);
  }
  return [...related];
}
