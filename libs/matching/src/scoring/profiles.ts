import { createHash } from 'node:crypto';

/**
 * What the matching engine knows of a need or an offer: the fields scoring reads, in forms that
 * are cheap to compare (codes as arrays, money as integer US cents, dates as day numbers, text
 * as sorted term ids). A profile is built once per record and compared with many others.
 */

/** Reference data matching needs: where each State belongs, and the MOSAIC modules of each area. */
export interface MatchingReference {
  /** ISO alpha-3 -> the State's place keys: itself, its M49 areas, its regional organisations. */
  placesByState: ReadonlyMap<string, readonly string[]>;
  /** Thematic area code -> MOSAIC module codes (the taxonomy's crosswalk). */
  modulesByArea: ReadonlyMap<string, readonly string[]>;
}

export const placeKey = {
  state: (iso3: string) => `S:${iso3}`,
  area: (m49: string) => `R:${m49}`,
  organisation: (code: string) => `O:${code}`,
};

export interface NeedProfile {
  id: string;
  /** Published and not private: the only needs the engine suggests. */
  listed: boolean;
  stateIso3: string;
  /** The State's place keys (see placeKey). */
  places: readonly string[];
  areas: readonly string[];
  /** MOSAIC modules the need names itself. */
  modules: readonly string[];
  /** MOSAIC modules of its thematic areas. */
  areaModules: readonly string[];
  types: readonly string[];
  budgetUsdCents: number | null;
  /** Start and end day (days since 1970-01-01), when the need gives a timeframe. */
  timeframe: { start: number; end: number } | null;
  validUntil: number;
  /** The original language and those of its translations. */
  languages: readonly string[];
  terms: Int32Array;
  /** Fingerprint of the fields that make a change material (all but the texts). */
  basis: string;
}

export interface OfferProfile {
  id: string;
  organisationId: string;
  listed: boolean;
  everywhere: boolean;
  /** Eligible place keys (see placeKey), when not everywhere. */
  places: readonly string[];
  /** Empty: open to any theme. */
  areas: readonly string[];
  areaModules: readonly string[];
  types: readonly string[];
  minUsdCents: number | null;
  maxUsdCents: number | null;
  /** Null when no exchange rate gives the offer's currency in USD. */
  remainingUsdCents: number | null;
  availableFrom: number;
  /** The last day of the window (available through it; ended from the next day, UTC). */
  availableUntil: number | null;
  /** The donor's working languages. */
  languages: readonly string[];
  /** The languages its text is written in (original and translations): what its terms are in. */
  textLanguages: readonly string[];
  terms: Int32Array;
  basis: string;
}

/** A need as the profile query returns it (see MatchProfilesService). */
export interface NeedRow {
  id: string;
  status: string;
  visibility: string;
  state_iso3: string;
  thematic_areas: string[];
  mosaic_modules: string[];
  assistance_types: string[];
  budget_amount: string | null;
  budget_currency: string | null;
  budget_usd: string | null;
  timeframe_start: string | null;
  timeframe_end: string | null;
  valid_until: string;
  original_language: string;
  translation_languages: string[];
  terms: string[];
}

export interface OfferRow {
  id: string;
  organisation_id: string;
  status: string;
  visibility: string;
  eligible_everywhere: boolean;
  eligible_regions: string[];
  eligible_states: string[];
  eligible_regional_organisations: string[];
  thematic_areas: string[];
  assistance_types: string[];
  budget_currency: string;
  budget_min_per_project: string | null;
  budget_max_per_project: string | null;
  budget_remaining: string;
  budget_min_per_project_usd: string | null;
  budget_max_per_project_usd: string | null;
  budget_remaining_usd: string | null;
  available_from: string;
  available_until: string | null;
  working_languages: string[];
  original_language: string;
  translation_languages: string[];
  terms: string[];
}

const LISTED_STATUS = 'PUBLISHED';
const PRIVATE = 'PRIVATE';

export function needProfile(row: NeedRow, reference: MatchingReference): NeedProfile {
  const areas = sortedUnique(row.thematic_areas);
  const modules = sortedUnique(row.mosaic_modules);
  const types = sortedUnique(row.assistance_types);
  const languages = sortedUnique([row.original_language.trim(), ...row.translation_languages.map((l) => l.trim())]);
  const timeframe = row.timeframe_start && row.timeframe_end ? { start: dayNumber(row.timeframe_start), end: dayNumber(row.timeframe_end) } : null;
  return {
    id: row.id,
    listed: row.status === LISTED_STATUS && row.visibility !== PRIVATE,
    stateIso3: row.state_iso3,
    places: reference.placesByState.get(row.state_iso3) ?? [placeKey.state(row.state_iso3)],
    areas,
    modules,
    areaModules: modulesOf(areas, reference),
    types,
    budgetUsdCents: cents(row.budget_usd),
    timeframe,
    validUntil: dayNumber(row.valid_until),
    languages,
    terms: termIds(row.terms),
    basis: fingerprint([
      row.state_iso3,
      areas,
      modules,
      types,
      row.budget_amount,
      row.budget_currency,
      row.timeframe_start,
      row.timeframe_end,
      row.valid_until,
      languages,
    ]),
  };
}

export function offerProfile(row: OfferRow, reference: MatchingReference): OfferProfile {
  const areas = sortedUnique(row.thematic_areas);
  const places = row.eligible_everywhere
    ? []
    : sortedUnique([
        ...row.eligible_states.map(placeKey.state),
        ...row.eligible_regions.map(placeKey.area),
        ...row.eligible_regional_organisations.map(placeKey.organisation),
      ]);
  const languages = sortedUnique(row.working_languages.map((l) => l.trim()));
  const types = sortedUnique(row.assistance_types);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    listed: row.status === LISTED_STATUS && row.visibility !== PRIVATE,
    everywhere: row.eligible_everywhere,
    places,
    areas,
    areaModules: modulesOf(areas, reference),
    types,
    minUsdCents: cents(row.budget_min_per_project_usd),
    maxUsdCents: cents(row.budget_max_per_project_usd),
    remainingUsdCents: cents(row.budget_remaining_usd),
    availableFrom: dayNumber(row.available_from),
    availableUntil: row.available_until ? dayNumber(row.available_until) : null,
    languages,
    textLanguages: sortedUnique([row.original_language.trim(), ...row.translation_languages.map((l) => l.trim())]),
    terms: termIds(row.terms),
    basis: fingerprint([
      row.eligible_everywhere,
      places,
      areas,
      types,
      row.budget_currency,
      row.budget_min_per_project,
      row.budget_max_per_project,
      row.budget_remaining,
      row.available_from,
      row.available_until,
      languages,
    ]),
  };
}

/** Thematic keys: a need and an offer have some thematic relation exactly when theirs overlap. */
export function needThemeKeys(need: Pick<NeedProfile, 'areas' | 'modules' | 'areaModules'>): string[] {
  return [...need.areas.map((a) => `A:${a}`), ...new Set([...need.areaModules, ...need.modules].map((m) => `M:${m}`)), ANY_THEME];
}

export function offerThemeKeys(offer: Pick<OfferProfile, 'areas' | 'areaModules'>): string[] {
  return offer.areas.length ? [...offer.areas.map((a) => `A:${a}`), ...offer.areaModules.map((m) => `M:${m}`)] : [ANY_THEME];
}

/** An offer naming no thematic area is open to every theme. */
const ANY_THEME = 'A:*';

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** "1234.5" -> 123450: exact integer cents of a decimal with at most two places. */
export function cents(decimal: string | null): number | null {
  if (decimal === null) return null;
  const [whole, fraction = ''] = decimal.split('.');
  const negative = whole.startsWith('-');
  const value = Number(negative ? whole.slice(1) : whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -value : value;
}

/** 123450 -> "1234.50". */
export function centsToDecimal(value: number): string {
  const abs = Math.abs(value);
  return `${value < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function modulesOf(areas: readonly string[], reference: MatchingReference): string[] {
  return sortedUnique(areas.flatMap((a) => reference.modulesByArea.get(a) ?? []));
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/**
 * Text terms (the lexemes of a record's search vector, in every language it is written in) as
 * sorted unique integers, interned once per process so that comparing two records is a merge of
 * two integer arrays.
 */
const termIdsByLexeme = new Map<string, number>();

export function termIds(lexemes: readonly string[]): Int32Array {
  const ids = new Int32Array(lexemes.length);
  let n = 0;
  for (const lexeme of lexemes) {
    let id = termIdsByLexeme.get(lexeme);
    if (id === undefined) {
      id = termIdsByLexeme.size;
      termIdsByLexeme.set(lexeme, id);
    }
    ids[n++] = id;
  }
  ids.sort();
  let unique = 0;
  for (let i = 0; i < n; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[unique++] = ids[i];
  return ids.slice(0, unique);
}

function fingerprint(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}
