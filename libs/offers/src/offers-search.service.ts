import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KeysetPages, type AuthUser, type ListingRequest, type ListingSorts, type Page, type SearchQuery } from '#libs/core';
import { OfferSort, type OfferFilter } from './dto/offer.inputs.js';
import { Offer } from './entities/offer.entity.js';
import { offerAccess, offerVisibleSql } from './offer-access.js';
import { OfferStatus } from './offer.enums.js';

export interface OfferSearchArgs extends ListingRequest<OfferSort> {
  filter?: OfferFilter | null;
}

const SORTS: ListingSorts<OfferSort> = {
  byName: {
    [OfferSort.NEWEST]: { expression: 'o.created_at', direction: 'DESC', type: 'timestamptz' },
    [OfferSort.REMAINING_USD_DESC]: { expression: 'coalesce(o.budget_remaining_usd, -1)', direction: 'DESC', type: 'numeric' },
    [OfferSort.AVAILABLE_UNTIL]: { expression: "coalesce(o.available_until, DATE '9999-12-31')", direction: 'ASC', type: 'date' },
    [OfferSort.OLDEST_IN_STATUS]: { expression: 'o.status_changed_at', direction: 'ASC', type: 'timestamptz' },
  },
  default: OfferSort.NEWEST,
};

/** Browse and search of offers, on the same paging and multilingual search as needs. */
@Injectable()
export class OffersSearchService {
  private readonly pages: KeysetPages<Offer>;

  constructor(dataSource: DataSource) {
    this.pages = new KeysetPages(dataSource, Offer, 'o');
  }

  search(viewer: AuthUser | undefined, args: OfferSearchArgs): Promise<Page<Offer>> {
    return this.pages.search(args, SORTS, (query) => this.applyFilter(query, args.filter ?? {}, viewer));
  }

  /** The filters, and the visibility rules of canViewOffer in SQL. */
  private applyFilter(query: SearchQuery, filter: OfferFilter, viewer: AuthUser | undefined): void {
    const statuses = [...new Set(filter.statuses?.length ? filter.statuses : [OfferStatus.PUBLISHED])];
    query.whereOneOf('o.status', statuses);
    const visible = offerVisibleSql(offerAccess(viewer), statuses, query);
    if (visible) query.where(visible);
    if (filter.organisations?.length) query.where(`o.organisation_id = ANY(${query.param(filter.organisations)}::uuid[])`);
    if (filter.thematicAreas?.length) query.where(`o.thematic_areas && ${query.param(filter.thematicAreas.map((c) => c.toUpperCase()))}::text[]`);
    if (filter.assistanceTypes?.length) {
      query.where(`o.assistance_types && ${query.param(filter.assistanceTypes.map((c) => c.toUpperCase()))}::text[]`);
    }
    if (filter.workingLanguages?.length) query.where(`o.working_languages && ${query.param(filter.workingLanguages)}::text[]`);
    if (filter.eligibleFor) query.where(eligibleFor('o', query.param(filter.eligibleFor.toUpperCase())));
    if (filter.remainingUsdMin) query.where(`o.budget_remaining_usd >= ${query.param(filter.remainingUsdMin)}::numeric`);
    if (filter.projectUsd) {
      const size = query.param(filter.projectUsd);
      query.where(
        `(o.budget_min_per_project_usd IS NULL OR o.budget_min_per_project_usd <= ${size}::numeric)
         AND (o.budget_max_per_project_usd IS NULL OR o.budget_max_per_project_usd >= ${size}::numeric)
         AND o.budget_remaining_usd >= ${size}::numeric`,
      );
    }
    if (filter.availableOn) {
      const day = query.param(filter.availableOn);
      query.where(`o.available_from <= ${day}::date AND (o.available_until IS NULL OR o.available_until >= ${day}::date)`);
    }
  }
}

/**
 * SQL: whether the offer (alias `o`) is open to the State whose ISO alpha-3 is in parameter
 * `state`: everywhere, by name, by one of its M49 areas, or through a regional organisation it
 * belongs to. Shared by the offer filter and matching.
 */
export function eligibleFor(o: string, state: string): string {
  return eligibleAt(
    o,
    state,
    `(SELECT array_remove(ARRAY[m49_region_code::text, m49_subregion_code::text, m49_intermediate_region_code::text], NULL) FROM member_state WHERE iso3 = ${state})`,
    `ARRAY(SELECT organisation_code FROM regional_organisation_member WHERE state_iso3 = ${state})`,
  );
}

/**
 * The same rule for a State whose places are at hand: `areas`, its M49 areas (region, subregion,
 * intermediate region), and `organisations`, the regional organisations it belongs to (text arrays).
 */
export function eligibleAt(o: string, state: string, areas: string, organisations: string): string {
  return `(${o}.eligible_everywhere
    OR ${o}.eligible_states @> ARRAY[${state}::text]
    OR ${o}.eligible_regions && ${areas}
    OR ${o}.eligible_regional_organisations && ${organisations})`;
}
