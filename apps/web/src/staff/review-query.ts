import { M49_REGIONS } from '../i18n/families';
import type { MatchFilter, MatchStatus } from '../gql/types';

/**
 * The match review's filters as the URL carries them:
 * `?region=002&theme=MARKING&min=60&status=CONFIRMED&after=<cursor>`, and what is open beside the
 * list (`match=<id>`: why; `need=<id>` or `offer=<id>`: that record's whole list of matches).
 */
export interface ReviewQuery {
  region: string | null;
  theme: string | null;
  /** Lowest score in percent, 0 to 100. */
  min: number | null;
  status: MatchStatus;
}

export const REVIEW_STATUSES: MatchStatus[] = ['SUGGESTED', 'CONFIRMED', 'INTEREST_EXPRESSED', 'DISMISSED'];
export const MIN_SCORES = [50, 60, 70, 80, 90] as const;

export function readReviewQuery(params: URLSearchParams): ReviewQuery {
  const region = params.get('region');
  const theme = params.get('theme');
  const min = Number(params.get('min'));
  const status = params.get('status') as MatchStatus | null;
  return {
    region: region && (M49_REGIONS as readonly string[]).includes(region) ? region : null,
    theme: theme && /^[A-Z0-9_]{2,40}$/.test(theme) ? theme : null,
    min: params.get('min') && Number.isInteger(min) && min > 0 && min <= 100 ? min : null,
    status: status && REVIEW_STATUSES.includes(status) ? status : 'SUGGESTED',
  };
}

/** The API's filter for the query (scores from 0 to 1 there). */
export const toMatchFilter = (q: ReviewQuery): MatchFilter => ({
  statuses: [q.status],
  ...(q.region && { regionCode: q.region }),
  ...(q.theme && { thematicAreas: [q.theme] }),
  ...(q.min !== null && { minScore: q.min / 100 }),
});
