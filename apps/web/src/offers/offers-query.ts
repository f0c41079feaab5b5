import type { Language, OfferFilter, OfferSort } from '../gql/types';

/**
 * The offers search as it lives in the URL, so a search can be shared and the back button works:
 * `?q=marking&theme=MARKING&donor=<id>&eligible=GHA&availableOn=2027-01-01&sort=NEWEST&after=<cursor>`.
 * Unknown or malformed values are dropped here rather than sent for the API to refuse.
 */
export interface OffersQuery {
  q: string;
  themes: string[];
  types: string[];
  /** Donor organisations (ids). */
  donors: string[];
  /** A State (ISO alpha-3) the offers must be open to. */
  eligible: string | null;
  availableOn: string | null;
  /** A project of this size in USD must fit the offer's per-project limits and what remains. */
  projectUsd: string | null;
  remainingMin: string | null;
  languages: Language[];
  sort: OfferSort | null;
  after: string | null;
}

export const OFFER_SORTS: readonly OfferSort[] = ['RELEVANCE', 'NEWEST', 'REMAINING_USD_DESC', 'AVAILABLE_UNTIL', 'OLDEST_IN_STATUS'];
export const WORKING_LANGUAGES: readonly Language[] = ['AR', 'ZH', 'EN', 'FR', 'RU', 'ES'];
/** An amount in USD as the API's Decimal takes it (cents at most). */
export const DECIMAL = /^\d{1,15}(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9_-]{1,40}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO3 = /^[A-Za-z]{3}$/;

/** Record ids are UUIDs: anything else in a link cannot name a record (the API would call it bad input). */
export const isRecordId = (id: string) => UUID.test(id);

const one = (p: URLSearchParams, key: string, valid: RegExp) => {
  const v = p.get(key)?.trim();
  return v && valid.test(v) ? v : null;
};
const many = (p: URLSearchParams, key: string, valid: RegExp) => [...new Set(p.getAll(key).filter((v) => valid.test(v)))];

export function parseOffersQuery(search: string): OffersQuery {
  const p = new URLSearchParams(search);
  const sort = p.get('sort');
  const languages = [...new Set(p.getAll('language').map((l) => l.toUpperCase()))].filter((l): l is Language => WORKING_LANGUAGES.includes(l as Language));
  return {
    q: (p.get('q') ?? '').slice(0, 200),
    themes: many(p, 'theme', CODE),
    types: many(p, 'type', CODE),
    donors: many(p, 'donor', UUID).map((d) => d.toLowerCase()),
    eligible: one(p, 'eligible', ISO3)?.toUpperCase() ?? null,
    availableOn: one(p, 'availableOn', DATE),
    projectUsd: one(p, 'projectUsd', DECIMAL),
    remainingMin: one(p, 'remainingMin', DECIMAL),
    languages,
    sort: OFFER_SORTS.includes(sort as OfferSort) ? (sort as OfferSort) : null,
    after: p.get('after') || null,
  };
}

export function offersQueryString(q: OffersQuery): string {
  const p = new URLSearchParams();
  if (q.q.trim()) p.set('q', q.q.trim());
  q.themes.forEach((t) => p.append('theme', t));
  q.types.forEach((t) => p.append('type', t));
  q.donors.forEach((d) => p.append('donor', d));
  const singles: [string, string | null][] = [
    ['eligible', q.eligible],
    ['availableOn', q.availableOn],
    ['projectUsd', q.projectUsd],
    ['remainingMin', q.remainingMin],
  ];
  for (const [k, v] of singles) if (v) p.set(k, v);
  q.languages.forEach((l) => p.append('language', l));
  if (q.sort) p.set('sort', q.sort);
  if (q.after) p.set('after', q.after);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The API's filter for this search (published offers: the API's default). */
export function toOfferFilter(q: OffersQuery): OfferFilter {
  return {
    thematicAreas: q.themes.length ? q.themes : undefined,
    assistanceTypes: q.types.length ? q.types : undefined,
    organisations: q.donors.length ? q.donors : undefined,
    eligibleFor: q.eligible ?? undefined,
    availableOn: q.availableOn ?? undefined,
    projectUsd: q.projectUsd ?? undefined,
    remainingUsdMin: q.remainingMin ?? undefined,
    workingLanguages: q.languages.length ? q.languages : undefined,
  };
}

/** The sort to ask for: best match needs words to match (the API refuses it without). */
export const toOfferSort = (q: OffersQuery): OfferSort | undefined => (q.sort === 'RELEVANCE' && !q.q.trim() ? undefined : (q.sort ?? undefined));

/** How many filters are set (the folded filter panel shows it). */
export const activeFilterCount = (q: OffersQuery) =>
  q.themes.length + q.types.length + q.donors.length + q.languages.length + [q.eligible, q.availableOn, q.projectUsd, q.remainingMin].filter(Boolean).length;

/** Every filter cleared; the words and the sort stay. */
export const NO_FILTERS: Pick<OffersQuery, 'themes' | 'types' | 'donors' | 'eligible' | 'availableOn' | 'projectUsd' | 'remainingMin' | 'languages'> = {
  themes: [],
  types: [],
  donors: [],
  eligible: null,
  availableOn: null,
  projectUsd: null,
  remainingMin: null,
  languages: [],
};
