import type { NeedFilter, NeedSort } from '../gql/types';
import { toApiLanguage, type Locale } from '../i18n/locales';
import type { NeedsListQueryVariables } from './needs.generated';

/**
 * The needs search as it lives in the URL, so a search can be shared and the back button works:
 * `?q=marking&theme=STOCKPILE&theme=MARKING&region=002&sort=NEWEST&after=<cursor>`.
 * Unknown or malformed values are dropped here rather than sent for the API to refuse.
 */
export interface NeedsQuery {
  q: string;
  themes: string[];
  types: string[];
  states: string[];
  region: string | null;
  org: string | null;
  budgetMin: string | null;
  budgetMax: string | null;
  validFrom: string | null;
  validTo: string | null;
  sort: NeedSort | null;
  after: string | null;
}

export const NEED_SORTS: readonly NeedSort[] = ['RELEVANCE', 'NEWEST', 'PRIORITY', 'BUDGET_USD_DESC', 'QUALITY', 'VALID_UNTIL', 'OLDEST_IN_STATUS'];
const DECIMAL = /^\d{1,15}(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9_-]{1,40}$/;

const one = (p: URLSearchParams, key: string, valid: RegExp) => {
  const v = p.get(key)?.trim();
  return v && valid.test(v) ? v : null;
};
const many = (p: URLSearchParams, key: string) => [...new Set(p.getAll(key).filter((v) => CODE.test(v)))];

export function parseNeedsQuery(search: string): NeedsQuery {
  const p = new URLSearchParams(search);
  const sort = p.get('sort');
  return {
    q: (p.get('q') ?? '').slice(0, 200),
    themes: many(p, 'theme'),
    types: many(p, 'type'),
    states: many(p, 'state').map((s) => s.toUpperCase()),
    region: one(p, 'region', /^\d{3}$/),
    org: one(p, 'org', CODE),
    budgetMin: one(p, 'budgetMin', DECIMAL),
    budgetMax: one(p, 'budgetMax', DECIMAL),
    validFrom: one(p, 'validFrom', DATE),
    validTo: one(p, 'validTo', DATE),
    sort: NEED_SORTS.includes(sort as NeedSort) ? (sort as NeedSort) : null,
    after: p.get('after') || null,
  };
}

export function needsQueryString(q: NeedsQuery): string {
  const p = new URLSearchParams();
  if (q.q.trim()) p.set('q', q.q.trim());
  q.themes.forEach((t) => p.append('theme', t));
  q.types.forEach((t) => p.append('type', t));
  q.states.forEach((s) => p.append('state', s));
  const singles: [string, string | null][] = [
    ['region', q.region],
    ['org', q.org],
    ['budgetMin', q.budgetMin],
    ['budgetMax', q.budgetMax],
    ['validFrom', q.validFrom],
    ['validTo', q.validTo],
    ['sort', q.sort],
    ['after', q.after],
  ];
  for (const [k, v] of singles) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The API's filter for this search (published needs: the API's default). */
export function toNeedFilter(q: NeedsQuery): NeedFilter {
  return {
    thematicAreas: q.themes.length ? q.themes : undefined,
    assistanceTypes: q.types.length ? q.types : undefined,
    states: q.states.length ? q.states : undefined,
    regionCode: q.region ?? undefined,
    regionalOrganisationCode: q.org ?? undefined,
    budgetUsdMin: q.budgetMin ?? undefined,
    budgetUsdMax: q.budgetMax ?? undefined,
    validUntilFrom: q.validFrom ?? undefined,
    validUntilTo: q.validTo ?? undefined,
  };
}

/** Best match needs words to match: without a search the API's default order applies. */
export const toNeedSort = (q: NeedsQuery): NeedSort | undefined => (q.sort === 'RELEVANCE' && !q.q.trim() ? undefined : (q.sort ?? undefined));

/** How many filters are set (the folded filter panel shows it). */
export const activeFilterCount = (q: NeedsQuery) =>
  q.themes.length + q.types.length + q.states.length + [q.region, q.org, q.budgetMin, q.budgetMax, q.validFrom, q.validTo].filter(Boolean).length;

/** The list's variables for a query and the reader's language: the page and its prefetch ask the same. */
export const needsListVariables = (q: NeedsQuery, locale: Locale): NeedsListQueryVariables => ({
  lang: toApiLanguage(locale),
  search: q.q || undefined,
  filter: toNeedFilter(q),
  sort: toNeedSort(q),
  first: 20,
  after: q.after ?? undefined,
});
