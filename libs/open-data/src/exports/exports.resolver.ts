import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, resolveLanguage, Role, Roles } from '#libs/core';
import {
  ExportArgs,
  ExportContributionsArgs,
  ExportDashboardArgs,
  ExportFundingDashboardArgs,
  ExportMatchesArgs,
  ExportNeedsArgs,
  ExportOffersArgs,
  ExportProposalsArgs,
} from './dto/export.args.js';
import { DownloadLinkView } from './dto/export.types.js';
import { ExportsService, type ExportRequest } from './exports.service.js';

const DESCRIPTION = 'the same filters, search and sort as the list, and what you may see of it. Returns a link that works for 5 minutes.';

/** Links to download the lists as CSV or XLSX: one mutation per list, with that list's arguments (dto/export.args.ts). */
@Resolver()
export class ExportsResolver {
  constructor(private readonly service: ExportsService) {}

  @Public()
  @Mutation(() => DownloadLinkView, { description: `The needs list (\`needs\`) as a file: ${DESCRIPTION}` })
  exportNeeds(@CurrentUser() user: AuthUser | undefined, @Args() { filter, search, sort, ...file }: ExportNeedsArgs): Promise<DownloadLinkView> {
    return this.link({ list: 'NEEDS', args: { filter, search, sort } }, file, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, { description: `The offers list (\`offers\`) as a file: ${DESCRIPTION}` })
  exportOffers(@CurrentUser() user: AuthUser | undefined, @Args() { filter, search, sort, ...file }: ExportOffersArgs): Promise<DownloadLinkView> {
    return this.link({ list: 'OFFERS', args: { filter, search, sort } }, file, user);
  }

  @Roles(Role.NPC, Role.DONOR)
  @Mutation(() => DownloadLinkView, { description: `Your side's matches (\`myMatches\`) as a file: ${DESCRIPTION}` })
  exportMyMatches(@CurrentUser() user: AuthUser, @Args() { filter, sort, ...file }: ExportMatchesArgs): Promise<DownloadLinkView> {
    return this.link({ list: 'MY_MATCHES', args: { filter, sort } }, file, user);
  }

  @Roles(Role.UNODA_MODERATOR, Role.ADMIN)
  @Mutation(() => DownloadLinkView, { description: `UNODA's queue of matches (\`matchQueue\`) as a file: ${DESCRIPTION}` })
  exportMatchQueue(@CurrentUser() user: AuthUser, @Args() { filter, sort, ...file }: ExportMatchesArgs): Promise<DownloadLinkView> {
    return this.link({ list: 'MATCH_QUEUE', args: { filter, sort } }, file, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, { description: `The proposals list (\`proposals\`) as a file: ${DESCRIPTION}` })
  exportProposals(@CurrentUser() user: AuthUser | undefined, @Args() { filter, sort, ...file }: ExportProposalsArgs): Promise<DownloadLinkView> {
    return this.link({ list: 'PROPOSALS', args: { filter, sort } }, file, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, {
    description: "A proposal's ledger (`Proposal.contributions`) as a file: all of it for its parties and UNODA, commitments and later for others.",
  })
  exportContributions(@CurrentUser() user: AuthUser | undefined, @Args() { proposalId, ...file }: ExportContributionsArgs): Promise<DownloadLinkView> {
    return this.link({ list: 'CONTRIBUTIONS', proposalId }, file, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, { description: "The coverage dashboard's cells as a file (`coverageDashboard`)." })
  exportCoverageDashboard(@CurrentUser() user: AuthUser | undefined, @Args() { filter, ...file }: ExportDashboardArgs): Promise<DownloadLinkView> {
    return this.link({ list: 'COVERAGE', filter: filter ?? null }, file, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, { description: "The funding dashboard's rows and total as a file (`fundingDashboard`)." })
  exportFundingDashboard(
    @CurrentUser() user: AuthUser | undefined,
    @Args() { dimension, filter, ...file }: ExportFundingDashboardArgs,
  ): Promise<DownloadLinkView> {
    return this.link({ list: 'FUNDING', dimension, filter: filter ?? null }, file, user);
  }

  @Public()
  @Mutation(() => DownloadLinkView, { description: "The flow dashboard's stages as a file (`flowDashboard`)." })
  exportFlowDashboard(@CurrentUser() user: AuthUser | undefined, @Args() { filter, ...file }: ExportDashboardArgs): Promise<DownloadLinkView> {
    return this.link({ list: 'FLOW', filter: filter ?? null }, file, user);
  }

  private link(request: ExportRequest, { format, lang }: ExportArgs, user: AuthUser | undefined): Promise<DownloadLinkView> {
    return this.service.link(request, format, resolveLanguage(lang, user?.language), user);
  }
}
