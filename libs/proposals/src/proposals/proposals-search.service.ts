import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { isUuid, KeysetPages, type AuthUser, type ListingRequest, type ListingSorts, type Page, type SearchQuery } from '#libs/core';
import type { ProposalFilter } from './dto/proposal.inputs.js';
import { Proposal } from '../entities/proposal.entity.js';
import { FUNDED_STATUSES } from '../funding/contribution.enums.js';
import { partyOfSql, proposalAccess, proposalVisibleSql } from './proposal-access.js';
import { ProposalPartyKind } from './proposal.enums.js';

export enum ProposalSort {
  NEWEST = 'NEWEST',
  OLDEST_IN_STATUS = 'OLDEST_IN_STATUS',
  FUNDING_DEADLINE = 'FUNDING_DEADLINE',
  /** Nearest review deadline first (those without one last): a regional centre's review queue. */
  REVIEW_DEADLINE = 'REVIEW_DEADLINE',
}
registerEnumType(ProposalSort, {
  name: 'ProposalSort',
  valuesMap: { REVIEW_DEADLINE: { description: "Nearest review deadline first (those without one last): a regional centre's review queue." } },
});

const SORTS: ListingSorts<ProposalSort | 'RELEVANCE'> = {
  byName: {
    [ProposalSort.NEWEST]: { expression: 'p.created_at', direction: 'DESC', type: 'timestamptz' },
    [ProposalSort.OLDEST_IN_STATUS]: { expression: 'p.status_changed_at', direction: 'ASC', type: 'timestamptz' },
    [ProposalSort.FUNDING_DEADLINE]: { expression: "coalesce(p.funding_deadline, DATE '9999-12-31')", direction: 'ASC', type: 'date' },
    [ProposalSort.REVIEW_DEADLINE]: { expression: "coalesce(p.review_deadline, DATE '9999-12-31')", direction: 'ASC', type: 'date' },
  },
  default: ProposalSort.NEWEST,
};

export interface ProposalListArgs extends ListingRequest<ProposalSort> {
  filter?: ProposalFilter | null;
}

/** Lists proposals within the visibility rules of canViewProposal, in SQL. */
@Injectable()
export class ProposalsSearchService {
  private readonly pages: KeysetPages<Proposal>;

  constructor(dataSource: DataSource) {
    this.pages = new KeysetPages(dataSource, Proposal, 'p');
  }

  list(viewer: AuthUser | undefined, args: ProposalListArgs): Promise<Page<Proposal>> {
    return this.pages.search({ first: args.first, after: args.after, sort: args.sort, maxFirst: args.maxFirst }, SORTS, (q) =>
      this.applyFilter(q, args.filter ?? {}, viewer),
    );
  }

  private applyFilter(q: SearchQuery, filter: ProposalFilter, viewer: AuthUser | undefined): void {
    const access = proposalAccess(viewer);
    const visible = proposalVisibleSql(access, q);
    if (visible) q.where(visible);
    if (filter.statuses?.length) q.where(`p.status = ANY(${q.param([...new Set(filter.statuses)])}::text[])`);
    if (filter.states?.length) {
      q.where(
        `p.id IN (SELECT proposal_id FROM proposal_party WHERE kind = 'STATE' AND state_iso3 = ANY(${q.param(filter.states.map((s) => s.toUpperCase()))}::text[]))`,
      );
    }
    if (filter.parties?.length) {
      const asked = q.param(filter.parties.filter(isUuid));
      // The rule of visibleParties: a donor that has not committed money is a party others do not know of.
      const known = access.unoda
        ? 'true'
        : `(pp.kind <> '${ProposalPartyKind.DONOR}'
            OR EXISTS (SELECT 1 FROM contribution c WHERE c.proposal_id = pp.proposal_id AND c.organisation_id = pp.organisation_id AND c.status = ANY(${q.param(FUNDED_STATUSES)}::text[]))
            OR EXISTS (SELECT 1 FROM proposal_party mine WHERE mine.proposal_id = pp.proposal_id AND mine.organisation_id = ANY(${q.param(access.organisations)}::uuid[])))`;
      q.where(`p.id IN (SELECT pp.proposal_id FROM proposal_party pp WHERE pp.organisation_id = ANY(${asked}::uuid[]) AND ${known})`);
    }
    if (filter.mine) q.where(partyOfSql(access.organisations, q));
  }
}
