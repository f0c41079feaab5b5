import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Language, Public, resolveLanguage, Role, Roles } from '#libs/core';
import { DashboardFilter, FundingDimension } from '#libs/dashboards';
import { MatchFilter, MatchSort } from '#libs/matching';
import { NeedFilter, NeedSort } from '#libs/needs';
import { OfferFilter, OfferSort } from '#libs/offers';
import { ProposalFilter, ProposalSort } from '#libs/proposals';
import { DownloadLinkView, ExportFormat } from './dto/export.types.js';
import { ExportsService, type ExportRequest } from './exports.service.js';

const FORMAT_ARG = { type: () => ExportFormat } as const;
const LANG_ARG = { type: () => Language, nullable: true, description: "Language of the headers and names; default the user's, else English." } as const;
const DESCRIPTION = 'the same filters, search and sort as the list, and what you may see of it. Returns a link that works for 5 minutes.';

/** Links to download the lists as CSV or XLSX: one mutation per list, with that list's arguments. */
@Resolver()
export class ExportsResolver {
  constructor(private readonly service: ExportsService) {}

  @Public()
  @Mutation(() => DownloadLinkView, { description: `The needs list (\`needs\`) as a file: ${DESCRIPTION}` })
  exportNeeds(
    @CurrentUser() user: AuthUser | undefined,
    @Args('format', FORMAT_ARG) format: ExportFormat,
    @Args('filter', { type: () => NeedFilter, nullable: true }) filter?: NeedFilter,
    @Args('search', { nullable: true }) search?: string,
    @Args('sort', { type: () => NeedSort, nullable: true }) sort?: NeedSort,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<DownloadLinkView> {
    return this.link({ list: 'NEEDS', args: { filter, search, sort } }, format, lang, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, { description: `The offers list (\`offers\`) as a file: ${DESCRIPTION}` })
  exportOffers(
    @CurrentUser() user: AuthUser | undefined,
    @Args('format', FORMAT_ARG) format: ExportFormat,
    @Args('filter', { type: () => OfferFilter, nullable: true }) filter?: OfferFilter,
    @Args('search', { nullable: true }) search?: string,
    @Args('sort', { type: () => OfferSort, nullable: true }) sort?: OfferSort,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<DownloadLinkView> {
    return this.link({ list: 'OFFERS', args: { filter, search, sort } }, format, lang, user);
  }

  @Roles(Role.NPC, Role.DONOR)
  @Mutation(() => DownloadLinkView, { description: `Your side's matches (\`myMatches\`) as a file: ${DESCRIPTION}` })
  exportMyMatches(
    @CurrentUser() user: AuthUser,
    @Args('format', FORMAT_ARG) format: ExportFormat,
    @Args('filter', { type: () => MatchFilter, nullable: true }) filter?: MatchFilter,
    @Args('sort', { type: () => MatchSort, nullable: true }) sort?: MatchSort,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<DownloadLinkView> {
    return this.link({ list: 'MY_MATCHES', args: { filter, sort } }, format, lang, user);
  }

  @Roles(Role.UNODA_MODERATOR, Role.ADMIN)
  @Mutation(() => DownloadLinkView, { description: `UNODA's queue of matches (\`matchQueue\`) as a file: ${DESCRIPTION}` })
  exportMatchQueue(
    @CurrentUser() user: AuthUser,
    @Args('format', FORMAT_ARG) format: ExportFormat,
    @Args('filter', { type: () => MatchFilter, nullable: true }) filter?: MatchFilter,
    @Args('sort', { type: () => MatchSort, nullable: true }) sort?: MatchSort,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<DownloadLinkView> {
    return this.link({ list: 'MATCH_QUEUE', args: { filter, sort } }, format, lang, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, { description: `The proposals list (\`proposals\`) as a file: ${DESCRIPTION}` })
  exportProposals(
    @CurrentUser() user: AuthUser | undefined,
    @Args('format', FORMAT_ARG) format: ExportFormat,
    @Args('filter', { type: () => ProposalFilter, nullable: true }) filter?: ProposalFilter,
    @Args('sort', { type: () => ProposalSort, nullable: true }) sort?: ProposalSort,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<DownloadLinkView> {
    return this.link({ list: 'PROPOSALS', args: { filter, sort } }, format, lang, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, {
    description: "A proposal's ledger (`Proposal.contributions`) as a file: all of it for its parties and UNODA, commitments and later for others.",
  })
  exportContributions(
    @CurrentUser() user: AuthUser | undefined,
    @Args('format', FORMAT_ARG) format: ExportFormat,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<DownloadLinkView> {
    return this.link({ list: 'CONTRIBUTIONS', proposalId }, format, lang, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, { description: "The coverage dashboard's cells as a file (`coverageDashboard`)." })
  exportCoverageDashboard(
    @CurrentUser() user: AuthUser | undefined,
    @Args('format', FORMAT_ARG) format: ExportFormat,
    @Args('filter', { type: () => DashboardFilter, nullable: true }) filter?: DashboardFilter,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<DownloadLinkView> {
    return this.link({ list: 'COVERAGE', filter: filter ?? null }, format, lang, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, { description: "The funding dashboard's rows and total as a file (`fundingDashboard`)." })
  exportFundingDashboard(
    @CurrentUser() user: AuthUser | undefined,
    @Args('format', FORMAT_ARG) format: ExportFormat,
    @Args('dimension', { type: () => FundingDimension }) dimension: FundingDimension,
    @Args('filter', { type: () => DashboardFilter, nullable: true }) filter?: DashboardFilter,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<DownloadLinkView> {
    return this.link({ list: 'FUNDING', dimension, filter: filter ?? null }, format, lang, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, { description: "The flow dashboard's stages as a file (`flowDashboard`)." })
  exportFlowDashboard(
    @CurrentUser() user: AuthUser | undefined,
    @Args('format', FORMAT_ARG) format: ExportFormat,
    @Args('filter', { type: () => DashboardFilter, nullable: true }) filter?: DashboardFilter,
    @Args('lang', LANG_ARG) lang?: Language,
  ): Promise<DownloadLinkView> {
    return this.link({ list: 'FLOW', filter: filter ?? null }, format, lang, user);
  }

  private link(request: ExportRequest, format: ExportFormat, lang: Language | undefined, user: AuthUser | undefined): Promise<DownloadLinkView> {
    return this.service.link(request, format, resolveLanguage(lang, user?.language), user);
  }
}
