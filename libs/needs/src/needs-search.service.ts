import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KeysetPages, type AuthUser, type ListingRequest, type ListingSorts, type Page, type SearchQuery } from '#libs/core';
import { NeedSort, type NeedFilter } from './dto/need.inputs.js';
import { Need } from './entities/need.entity.js';
import { needAccess, needVisibleSql } from './need-access.js';
import { NeedStatus } from './need.enums.js';

export interface NeedSearchArgs extends ListingRequest<NeedSort> {
  filter?: NeedFilter | null;
}

const SORTS: ListingSorts<NeedSort> = {
  byName: {
    [NeedSort.NEWEST]: { expression: 'n.created_at', direction: 'DESC', type: 'timestamptz' },
    [NeedSort.VALID_UNTIL]: { expression: 'n.valid_until', direction: 'ASC', type: 'date' },
    [NeedSort.BUDGET_USD_DESC]: { expression: 'coalesce(n.budget_usd, -1)', direction: 'DESC', type: 'numeric' },
    [NeedSort.PRIORITY]: { expression: 'coalesce(n.priority_rank, 1000)', direction: 'ASC', type: 'int' },
    [NeedSort.QUALITY]: { expression: 'n.quality_score', direction: 'DESC', type: 'int' },
    [NeedSort.OLDEST_IN_STATUS]: { expression: 'n.status_changed_at', direction: 'ASC', type: 'timestamptz' },
  },
  default: NeedSort.NEWEST,
};

/**
 * Browse and search of needs within the visibility rules: filters, sorts, keyset (cursor)
 * pagination and multilingual full-text search (libs/core/src/search). One round trip a page; a
 * second only when the total count is asked for.
 */
@Injectable()
export class NeedsSearchService {
  private readonly pages: KeysetPages<Need>;

  constructor(dataSource: DataSource) {
    this.pages = new KeysetPages(dataSource, Need, 'n');
  }

  search(viewer: AuthUser | undefined, args: NeedSearchArgs): Promise<Page<Need>> {
    return this.pages.search(args, SORTS, (query) => this.applyFilter(query, args.filter ?? {}, viewer));
  }

  /** The filters, and the visibility rules of canViewNeed in SQL (one status walks the (status, sort key) indexes). */
  private applyFilter(sql: SearchQuery, filter: NeedFilter, viewer: AuthUser | undefined): void {
    const statuses = [...new Set(filter.statuses?.length ? filter.statuses : [NeedStatus.PUBLISHED])];
    sql.whereOneOf('n.status', statuses);
    const visible = needVisibleSql(needAccess(viewer), statuses, sql);
    if (visible) sql.where(visible);
    if (filter.states?.length) {
      sql.where(`n.state_iso3 = ANY(${sql.param(filter.states.map((s) => s.toUpperCase()))}::text[])`);
    }
    if (filter.regionCode) {
      sql.where(`n.state_iso3 IN (SELECT iso3 FROM member_state WHERE m49_region_code = ${sql.param(filter.regionCode)})`);
    }
    if (filter.subregionCode) {
      sql.where(`n.state_iso3 IN (SELECT iso3 FROM member_state WHERE m49_subregion_code = ${sql.param(filter.subregionCode)})`);
    }
    if (filter.regionalOrganisationCode) {
      sql.where(
        `n.state_iso3 IN (SELECT state_iso3 FROM regional_organisation_member WHERE organisation_code = ${sql.param(filter.regionalOrganisationCode)})`,
      );
    }
    if (filter.thematicAreas?.length) sql.where(`n.thematic_areas && ${sql.param(filter.thematicAreas.map((c) => c.toUpperCase()))}::text[]`);
    if (filter.assistanceTypes?.length) {
      sql.where(`n.assistance_types && ${sql.param(filter.assistanceTypes.map((c) => c.toUpperCase()))}::text[]`);
    }
    if (filter.budgetUsdMin) sql.where(`n.budget_usd >= ${sql.param(filter.budgetUsdMin)}::numeric`);
    if (filter.budgetUsdMax) sql.where(`n.budget_usd <= ${sql.param(filter.budgetUsdMax)}::numeric`);
    if (filter.validUntilFrom) sql.where(`n.valid_until >= ${sql.param(filter.validUntilFrom)}::date`);
    if (filter.validUntilTo) sql.where(`n.valid_until <= ${sql.param(filter.validUntilTo)}::date`);
  }
}
