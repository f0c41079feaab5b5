import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Language, Public, resolveLanguage } from '#libs/core';
import { FundingDimension } from './dashboard.enums.js';
import { DashboardsService } from './dashboards.service.js';
import { DashboardFilter } from './dto/dashboard.inputs.js';
import { CoverageDashboardView, FlowDashboardView, FundingDashboardView } from './dto/dashboard.types.js';

const LANG_ARG = { type: () => Language, nullable: true, description: "Language of names; default the user's, else English." } as const;
const FILTER_ARG = { type: () => DashboardFilter, nullable: true } as const;

/** The dashboards: public, each figure over what the viewer may see (docs/DASHBOARDS.md). */
@Resolver()
export class DashboardsResolver {
  constructor(private readonly service: DashboardsService) {}

  @Public()
  @Query(() => CoverageDashboardView, { description: 'Needs against offers by thematic area and region, and the needs no offer fits.' })
  coverageDashboard(
    @CurrentUser() user: AuthUser | undefined,
    @Args('filter', FILTER_ARG) filter?: DashboardFilter,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<CoverageDashboardView> {
    return this.service.coverage(user, filter, resolveLanguage(lang, user?.language));
  }

  @Public()
  @Query(() => FundingDashboardView, { description: 'Requested, pledged, committed and disbursed in USD, by a dimension.' })
  fundingDashboard(
    @CurrentUser() user: AuthUser | undefined,
    @Args('dimension', { type: () => FundingDimension }) dimension: FundingDimension,
    @Args('filter', FILTER_ARG) filter?: DashboardFilter,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<FundingDashboardView> {
    return this.service.funding(user, dimension, filter, resolveLanguage(lang, user?.language));
  }

  @Public()
  @Query(() => FlowDashboardView, { description: 'How long needs take from submission to funding, and how many expired unmatched.' })
  flowDashboard(@CurrentUser() user: AuthUser | undefined, @Args('filter', FILTER_ARG) filter?: DashboardFilter): Promise<FlowDashboardView> {
    return this.service.flow(user, filter);
  }
}
