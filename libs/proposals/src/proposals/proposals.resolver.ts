import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, DecimalScalar, Public, Role, Roles, todayUtc, toConnection, TransitionRoles, type GraphQLContext } from '#libs/core';
import { OrganisationsService, OrganisationView } from '#libs/identity';
import { NeedsService, NeedView, type Need } from '#libs/needs';
import { ExchangeRatesService } from '#libs/reference-data';
import {
  AddProposalDocumentInput,
  AddProposalDonorInput,
  CompileProposalInput,
  ProposalFilter,
  ProposalTransitionInput,
  SetProposalDocumentPublicInput,
  UpdateProposalDraftInput,
} from './dto/proposal.inputs.js';
import { ProposalConnection, ProposalDocumentView, ProposalPartyView, ProposalRevisionView, ProposalView } from './dto/proposal.types.js';
import { FundingService } from '../funding/funding.service.js';
import { availableProposalActions, partyOnly, proposalAccess, viewerIsParty, visibleDocuments, visibleMatches, visibleNeeds } from './proposal-access.js';
import { visibleParties } from '../funding/funding-access.js';
import { PROPOSAL_LIFE_CYCLE, ProposalAction } from './proposal.state-machine.js';
import { ProposalSort, ProposalsSearchService } from './proposals-search.service.js';
import { ProposalsService } from './proposals.service.js';

@Resolver(() => ProposalView)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly search: ProposalsSearchService,
    private readonly funding: FundingService,
    private readonly needsService: NeedsService,
    private readonly rates: ExchangeRatesService,
  ) {}

  @Public()
  @Query(() => ProposalView, { description: 'One proposal, if you may see it (else NOT_FOUND).' })
  async proposal(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext, @CurrentUser() user?: AuthUser): Promise<ProposalView> {
    const parties = ctx.loaders.get(this.service.partiesByProposal);
    return ProposalView.from(await this.service.getVisible(id, user, (proposalId) => parties.load(proposalId)));
  }

  @Public()
  @Query(() => ProposalConnection, {
    description: 'Proposals you may see: yours (as a party) whatever their status, those on the market when logged in, funded ones to anyone.',
  })
  async proposals(
    @CurrentUser() user: AuthUser | undefined,
    @Args('filter', { type: () => ProposalFilter, nullable: true }) filter?: ProposalFilter,
    @Args('sort', { type: () => ProposalSort, nullable: true }) sort?: ProposalSort,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ProposalConnection> {
    return toConnection(ProposalConnection, await this.search.list(user, { filter, sort, first, after }), (p) => ProposalView.from(p));
  }

  @Roles(Role.UNODA_MODERATOR)
  @Mutation(() => ProposalView, { description: 'Compiles a draft proposal from published needs (they move to IN_PROPOSAL).' })
  async compileProposal(@CurrentUser() user: AuthUser, @Args('input') input: CompileProposalInput): Promise<ProposalView> {
    return ProposalView.from(await this.service.compile(input, user));
  }

  @Roles(Role.UNODA_MODERATOR)
  @Mutation(() => ProposalView, { description: 'Edits a draft or returned proposal: content, first budget, needs. Give the version you read.' })
  async updateProposalDraft(@CurrentUser() user: AuthUser, @Args('input') input: UpdateProposalDraftInput): Promise<ProposalView> {
    return ProposalView.from(await this.service.updateDraft(input, user));
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.SUBMIT_FOR_ENDORSEMENT)
  @Mutation(() => ProposalView, { description: 'Sends a draft (or returned) proposal to the requesting State(s) to endorse.' })
  submitProposalForEndorsement(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return this.transition(ProposalAction.SUBMIT_FOR_ENDORSEMENT, input, user);
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.ENDORSE, ProposalAction.ENDORSE_FOR_REVIEW)
  @Mutation(() => ProposalView, {
    description: "Endorses the proposal for your State. Once every requesting State has, it goes to the regional centre's review or to the market.",
  })
  async endorseProposal(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return ProposalView.from(await this.service.endorse(input, user));
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.RETURN)
  @Mutation(() => ProposalView, { description: 'Returns the proposal to UNODA for edits, with reasons.' })
  returnProposal(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return this.transition(ProposalAction.RETURN, input, user);
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.DECLINE)
  @Mutation(() => ProposalView, { description: 'Declines to endorse the proposal, with reasons; its needs go back to the market.' })
  declineProposal(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return this.transition(ProposalAction.DECLINE, input, user);
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.APPROVE_REVIEW)
  @Mutation(() => ProposalView, { description: "Approves the proposal after your centre's technical review: it goes to the market." })
  approveProposalReview(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return this.transition(ProposalAction.APPROVE_REVIEW, input, user);
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.RETURN_FROM_REVIEW)
  @Mutation(() => ProposalView, { description: 'Returns the proposal to UNODA from the technical review, with reasons.' })
  returnProposalFromReview(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return this.transition(ProposalAction.RETURN_FROM_REVIEW, input, user);
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.WITHDRAW)
  @Mutation(() => ProposalView, { description: 'Withdraws the proposal, with reasons; its needs go back to the market.' })
  withdrawProposal(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return this.transition(ProposalAction.WITHDRAW, input, user);
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.HOLD)
  @Mutation(() => ProposalView, { description: 'Puts a proposal on the market on hold, with reasons.' })
  holdProposal(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return this.transition(ProposalAction.HOLD, input, user);
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.RESUME)
  @Mutation(() => ProposalView, { description: 'Takes a proposal off hold: back on the market where its funding stands.' })
  async resumeProposal(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return ProposalView.from(await this.funding.resume(input, user));
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.START_IMPLEMENTATION)
  @Mutation(() => ProposalView, { description: 'A funded proposal starts being implemented (UNODA or the requesting State).' })
  startProposalImplementation(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return this.transition(ProposalAction.START_IMPLEMENTATION, input, user);
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.CLOSE)
  @Mutation(() => ProposalView, { description: 'Closes a completed proposal: its needs are closed as met.' })
  closeProposal(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return this.transition(ProposalAction.CLOSE, input, user);
  }

  @Roles(Role.UNODA_MODERATOR, Role.DONOR)
  @Mutation(() => ProposalView, { description: 'Makes a donor organisation a party (UNODA: any; a donor: its own, once on the market).' })
  async addProposalDonor(@CurrentUser() user: AuthUser, @Args('input') input: AddProposalDonorInput): Promise<ProposalView> {
    return ProposalView.from(await this.service.addDonorParty(input.proposalId, input.organisationId, user));
  }

  @Roles(Role.UNODA_MODERATOR, Role.NPC, Role.DONOR, Role.REGIONAL_REVIEWER)
  @Mutation(() => ProposalDocumentView, {
    description: 'Adds a document (a link and its metadata) to a proposal you are party to; a name used before adds a version.',
  })
  async addProposalDocument(@CurrentUser() user: AuthUser, @Args('input') input: AddProposalDocumentInput): Promise<ProposalDocumentView> {
    return ProposalDocumentView.from(await this.service.addDocument(input, user));
  }

  @Roles(Role.UNODA_MODERATOR, Role.NPC, Role.DONOR, Role.REGIONAL_REVIEWER)
  @Mutation(() => ProposalDocumentView, {
    description: "Makes a version of a document public (anyone who may see the proposal reads it), or the parties' again; parties only.",
  })
  async setProposalDocumentPublic(@CurrentUser() user: AuthUser, @Args('input') input: SetProposalDocumentPublicInput): Promise<ProposalDocumentView> {
    return ProposalDocumentView.from(await this.service.setDocumentPublic(input, user));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why it was last returned, declined, withdrawn or put on hold (the parties only; null for others).',
  })
  async statusReason(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<string | null> {
    return partyOnly(await this.isPartyHere(proposal, ctx), proposal.statusReason);
  }

  @ResolveField(() => DecimalScalar, { nullable: true, description: 'The target in US dollars at the rate in force today.' })
  targetUsd(@Parent() proposal: ProposalView): Promise<string | null> {
    return this.rates.toUsd(proposal.targetAmount, proposal.currency, todayUtc());
  }

  @ResolveField(() => [NeedView], { description: 'The needs it was compiled from (those you may see).' })
  async needs(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<NeedView[]> {
    const ids = (await ctx.loaders.get(this.service.needIdsByProposal).load(proposal.id)) ?? [];
    const needs = (await ctx.loaders.get(this.needsService.needsById).loadMany(ids)).filter((n): n is Need => !!n && !(n instanceof Error));
    return visibleNeeds(ctx.req.user, needs).map((n) => this.needsService.view(n, ctx.req.user));
  }

  @ResolveField(() => [ProposalPartyView], {
    description: 'Its parties; others than the parties see the donors with money committed, not those that only promised.',
  })
  async parties(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<ProposalPartyView[]> {
    const [parties, contributions] = await Promise.all([
      ctx.loaders.get(this.service.partiesByProposal).load(proposal.id),
      ctx.loaders.get(this.funding.contributionsByProposal).load(proposal.id),
    ]);
    return visibleParties(await this.isPartyHere(proposal, ctx), parties ?? [], contributions ?? []).map(ProposalPartyView.from);
  }

  @ResolveField(() => ProposalRevisionView, { nullable: true, description: 'The scope and budget that hold: the agreed revision, else the draft.' })
  async currentRevision(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<ProposalRevisionView | null> {
    const revision = this.service.currentRevision((await ctx.loaders.get(this.service.revisionsByProposal).load(proposal.id)) ?? []);
    return revision ? ProposalRevisionView.from(revision) : null;
  }

  @ResolveField(() => [ProposalRevisionView], { description: 'Every revision, oldest first (parties and UNODA only; empty for others).' })
  async revisions(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<ProposalRevisionView[]> {
    if (!(await this.isPartyHere(proposal, ctx))) return [];
    return ((await ctx.loaders.get(this.service.revisionsByProposal).load(proposal.id)) ?? []).map(ProposalRevisionView.from);
  }

  @ResolveField(() => [ProposalDocumentView], { description: 'The latest version of each document (that a party made public, for others than the parties).' })
  async documents(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<ProposalDocumentView[]> {
    const all = visibleDocuments(await this.isPartyHere(proposal, ctx), (await ctx.loaders.get(this.service.documentsByProposal).load(proposal.id)) ?? []);
    const latest = new Map<string, (typeof all)[number]>();
    for (const d of all) {
      const key = d.name.toLowerCase();
      if ((latest.get(key)?.version ?? 0) < d.version) latest.set(key, d);
    }
    return [...latest.values()].sort((a, b) => a.name.localeCompare(b.name)).map(ProposalDocumentView.from);
  }

  @ResolveField(() => [ProposalDocumentView], {
    description: 'Every version of every document, newest first per name (the public ones, for others than the parties).',
  })
  async documentVersions(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<ProposalDocumentView[]> {
    const all = (await ctx.loaders.get(this.service.documentsByProposal).load(proposal.id)) ?? [];
    return visibleDocuments(await this.isPartyHere(proposal, ctx), all).map(ProposalDocumentView.from);
  }

  @ResolveField(() => [ID], {
    description: "The matches that led to it: for its parties, those they may see (as the need's State, the offer's donor or UNODA).",
  })
  async matchIds(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<string[]> {
    const matches = (await ctx.loaders.get(this.service.matchesByProposal).load(proposal.id)) ?? [];
    return visibleMatches(await this.isPartyHere(proposal, ctx), ctx.req.user, matches).map((m) => m.matchId);
  }

  @ResolveField(() => [ProposalAction], { description: 'What you may do with it now.' })
  async availableActions(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<ProposalAction[]> {
    const parties = (await ctx.loaders.get(this.service.partiesByProposal).load(proposal.id)) ?? [];
    const actions = availableProposalActions(proposalAccess(ctx.req.user), proposal.status, parties, proposal.regionalCentreCode);
    // One mutation endorses, whether a review follows or not.
    return [...new Set(actions.map((a) => (a === ProposalAction.ENDORSE_FOR_REVIEW ? ProposalAction.ENDORSE : a)))];
  }

  private isPartyHere(proposal: ProposalView, ctx: GraphQLContext): Promise<boolean> {
    return viewerIsParty(ctx, this.service.partiesByProposal, proposal.id);
  }

  private async transition(action: ProposalAction, input: ProposalTransitionInput, user: AuthUser): Promise<ProposalView> {
    return ProposalView.from(await this.service.transition(action, input, user));
  }
}

@Resolver(() => ProposalPartyView)
export class ProposalPartyResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @ResolveField(() => OrganisationView)
  async organisation(@Parent() party: ProposalPartyView, @Context() ctx: GraphQLContext): Promise<OrganisationView> {
    return OrganisationView.from((await ctx.loaders.get(this.organisations.byId).load(party.organisationId))!);
  }
}
