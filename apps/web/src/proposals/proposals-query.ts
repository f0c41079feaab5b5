import type { ProposalFilter, ProposalSort, ProposalStatus } from '../gql/types';

/**
 * The proposals list as it lives in the URL, so a list can be shared and the back button works:
 * `?status=OPEN_FOR_FUNDING&status=PARTIALLY_FUNDED&state=GHA&mine=1&sort=FUNDING_DEADLINE&after=<cursor>`.
 * Unknown or malformed values are dropped here rather than sent for the API to refuse.
 */
export interface ProposalsQuery {
  statuses: ProposalStatus[];
  states: string[];
  mine: boolean;
  sort: ProposalSort | null;
  after: string | null;
}

export const PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  'DRAFT',
  'RETURNED',
  'AWAITING_ENDORSEMENT',
  'TECHNICAL_REVIEW',
  'OPEN_FOR_FUNDING',
  'UNDER_NEGOTIATION',
  'PARTIALLY_FUNDED',
  'FUNDED',
  'IN_IMPLEMENTATION',
  'COMPLETED',
  'CLOSED',
  'ON_HOLD',
  'DECLINED',
  'WITHDRAWN',
  'EXPIRED',
];
export const PROPOSAL_SORTS: readonly ProposalSort[] = ['NEWEST', 'FUNDING_DEADLINE', 'OLDEST_IN_STATUS'];
const ISO3 = /^[A-Za-z]{3}$/;

export function parseProposalsQuery(search: string): ProposalsQuery {
  const p = new URLSearchParams(search);
  const sort = p.get('sort');
  return {
    statuses: [...new Set(p.getAll('status').filter((s): s is ProposalStatus => PROPOSAL_STATUSES.includes(s as ProposalStatus)))],
    states: [
      ...new Set(
        p
          .getAll('state')
          .filter((s) => ISO3.test(s))
          .map((s) => s.toUpperCase()),
      ),
    ],
    mine: p.get('mine') === '1',
    sort: PROPOSAL_SORTS.includes(sort as ProposalSort) ? (sort as ProposalSort) : null,
    after: p.get('after') || null,
  };
}

export function proposalsQueryString(q: ProposalsQuery): string {
  const p = new URLSearchParams();
  q.statuses.forEach((s) => p.append('status', s));
  q.states.forEach((s) => p.append('state', s));
  if (q.mine) p.set('mine', '1');
  if (q.sort) p.set('sort', q.sort);
  if (q.after) p.set('after', q.after);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The API's filter; `mine` only for a signed-in visitor (a visitor has no organisation). */
export function toProposalFilter(q: ProposalsQuery, signedIn: boolean): ProposalFilter {
  return {
    statuses: q.statuses.length ? q.statuses : undefined,
    states: q.states.length ? q.states : undefined,
    mine: signedIn && q.mine ? true : undefined,
  };
}

/** How many filters are set (the folded filter panel shows it). */
export const activeFilterCount = (q: ProposalsQuery) => q.statuses.length + q.states.length + (q.mine ? 1 : 0);

/** The tabs of a proposal's page, kept in the URL (`?tab=funding`); the summary by default. */
export const PROPOSAL_TABS = ['summary', 'budget', 'funding', 'documents', 'deal'] as const;
export type ProposalTab = (typeof PROPOSAL_TABS)[number];

export function parseProposalTab(search: string): ProposalTab {
  const tab = new URLSearchParams(search).get('tab');
  return PROPOSAL_TABS.includes(tab as ProposalTab) ? (tab as ProposalTab) : 'summary';
}

export const proposalTabString = (tab: ProposalTab) => (tab === 'summary' ? '' : `?tab=${tab}`);
