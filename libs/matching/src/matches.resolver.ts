import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Language, resolveLanguage, Role, Roles, toConnection, TransitionRoles, type GraphQLContext, type Page } from '#libs/core';
import { NeedsService, NeedView } from '#libs/needs';
import { OffersService, OfferView } from '#libs/offers';
import { ReferenceDataService } from '#libs/reference-data';
import { ExpressInterestInput, MatchDecisionInput, MatchPageArgs, ModerateMatchesInput } from './dto/match.inputs.js';
import { MatchConnection, MatchExplanationView, MatchRunView, MatchView } from './dto/match.types.js';
import type { Match } from './entities/match.entity.js';
import { loadExplanationNames } from './explanation-names.js';
import { availableMatchActions, matchAccess } from './match-access.js';
import { MatchRunTrigger } from './match.enums.js';
import { MATCH_LIFE_CYCLE, MatchAction } from './match.state-machine.js';
import { MatchRunsService } from './match-runs.service.js';
import { MatchesService } from './matches.service.js';
import { MatchingJobs } from './matching-jobs.js';
import { explain } from './scoring/explanation.js';

const LANG_ARG = { type: () => Language, nullable: true, description: "Language of the sentences and names; default the user's, else English." } as const;

@Resolver(() => MatchView)
export class MatchesResolver {
  constructor(
    private readonly service: MatchesService,
    private readonly runs: MatchRunsService,
    private readonly jobs: MatchingJobs,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Roles(Role.NPC, Role.DONOR, Role.UNODA_MODERATOR, Role.ADMIN)
  @Query(() => MatchView, { description: 'One match of your need or offer (UNODA: any).' })
  async match(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<MatchView> {
    return this.view(await this.service.getVisible(id, user));
  }

  @Roles(Role.NPC, Role.UNODA_MODERATOR, Role.ADMIN)
  @Query(() => MatchConnection, { description: "A need's matches, for its State and UNODA: best first, live ones by default." })
  matchesForNeed(@CurrentUser() user: AuthUser, @Args('needId', { type: () => ID }) needId: string, @Args() page: MatchPageArgs): Promise<MatchConnection> {
    return this.connection(this.service.forNeed(needId, user, page));
  }

  @Roles(Role.DONOR, Role.UNODA_MODERATOR, Role.ADMIN)
  @Query(() => MatchConnection, { description: "An offer's matches, for its donor and UNODA: best first, live ones by default." })
  matchesForOffer(@CurrentUser() user: AuthUser, @Args('offerId', { type: () => ID }) offerId: string, @Args() page: MatchPageArgs): Promise<MatchConnection> {
    return this.connection(this.service.forOffer(offerId, user, page));
  }

  @Roles(Role.NPC, Role.DONOR)
  @Query(() => MatchConnection, {
    description: "Matches of your State's needs (NPC) and your organisation's offers (donor): best first, live ones by default.",
  })
  myMatches(@CurrentUser() user: AuthUser, @Args() page: MatchPageArgs): Promise<MatchConnection> {
    return this.connection(this.service.mine(user, page));
  }

  @Roles(Role.UNODA_MODERATOR, Role.ADMIN)
  @Query(() => MatchConnection, { description: "UNODA's queue of matches across the platform: suggestions, best first, by default." })
  matchQueue(@Args() page: MatchPageArgs): Promise<MatchConnection> {
    return this.connection(this.service.queue(page));
  }

  @TransitionRoles(MATCH_LIFE_CYCLE, MatchAction.CONFIRM)
  @Mutation(() => MatchView, { description: 'Confirms a suggested match.' })
  async confirmMatch(@CurrentUser() user: AuthUser, @Args('input') input: MatchDecisionInput): Promise<MatchView> {
    return this.view(await this.service.decide(MatchAction.CONFIRM, input, user));
  }

  @TransitionRoles(MATCH_LIFE_CYCLE, MatchAction.DISMISS)
  @Mutation(() => MatchView, { description: 'Dismisses a match, with a reason: not suggested again unless a side changes materially.' })
  async dismissMatch(@CurrentUser() user: AuthUser, @Args('input') input: MatchDecisionInput): Promise<MatchView> {
    return this.view(await this.service.decide(MatchAction.DISMISS, input, user));
  }

  @TransitionRoles(MATCH_LIFE_CYCLE, MatchAction.CONFIRM, MatchAction.DISMISS)
  @Mutation(() => [MatchView], { description: 'Confirms or dismisses several suggestions: all of them, or none.' })
  async moderateMatches(@CurrentUser() user: AuthUser, @Args('input') input: ModerateMatchesInput): Promise<MatchView[]> {
    return (await this.service.moderate(input, user)).map((m) => this.view(m));
  }

  @TransitionRoles(MATCH_LIFE_CYCLE, MatchAction.EXPRESS_INTEREST)
  @Mutation(() => MatchView, { description: "Tells the requesting State you are interested in its need, with one of your organisation's offers." })
  async expressInterest(@CurrentUser() user: AuthUser, @Args('input') input: ExpressInterestInput): Promise<MatchView> {
    return this.view(await this.service.expressInterest(input, user));
  }

  @TransitionRoles(MATCH_LIFE_CYCLE, MatchAction.ACCEPT_INTEREST)
  @Mutation(() => MatchView, { description: "Accepts a donor's interest in your State's need." })
  async acceptInterest(@CurrentUser() user: AuthUser, @Args('input') input: MatchDecisionInput): Promise<MatchView> {
    return this.view(await this.service.decide(MatchAction.ACCEPT_INTEREST, input, user));
  }

  @TransitionRoles(MATCH_LIFE_CYCLE, MatchAction.DECLINE_INTEREST)
  @Mutation(() => MatchView, { description: "Declines a donor's interest in your State's need (a reason helps the donor)." })
  async declineInterest(@CurrentUser() user: AuthUser, @Args('input') input: MatchDecisionInput): Promise<MatchView> {
    return this.view(await this.service.decide(MatchAction.DECLINE_INTEREST, input, user));
  }

  @Roles(Role.UNODA_MODERATOR, Role.ADMIN)
  @Query(() => [MatchRunView], { description: 'Full rematches, newest first, with their progress.' })
  async matchRuns(@Args('first', { type: () => Int, nullable: true }) first?: number): Promise<MatchRunView[]> {
    return (await this.runs.list(Math.min(Math.max(first ?? 20, 1), 100))).map(MatchRunView.from);
  }

  @Roles(Role.UNODA_MODERATOR, Role.ADMIN)
  @Query(() => MatchRunView, { description: 'One full rematch and its progress.' })
  async matchRun(@Args('id', { type: () => ID }) id: string): Promise<MatchRunView> {
    return MatchRunView.from(await this.runs.get(id));
  }

  @Roles(Role.UNODA_MODERATOR, Role.ADMIN)
  @Mutation(() => MatchRunView, { description: 'Scores every published need again against every published offer, in the background.' })
  async startFullRematch(@CurrentUser() user: AuthUser): Promise<MatchRunView> {
    const run = await this.runs.start(MatchRunTrigger.STAFF, user.id);
    await this.jobs.fullRematch(run.id);
    return MatchRunView.from(run);
  }

  @ResolveField(() => NeedView, { nullable: true, description: 'The need, if you may see it.' })
  async need(@Parent() match: MatchView, @Context() ctx: GraphQLContext): Promise<NeedView | null> {
    const need = await ctx.loaders.get(this.needs.needsById).load(match.needId);
    return need && this.service.canSee(ctx.req.user, need, null).need ? this.needs.view(need, ctx.req.user) : null;
  }

  @ResolveField(() => OfferView, { nullable: true, description: 'The offer, if you may see it.' })
  async offer(@Parent() match: MatchView, @Context() ctx: GraphQLContext): Promise<OfferView | null> {
    const offer = await ctx.loaders.get(this.offers.offersById).load(match.offerId);
    return offer && this.service.canSee(ctx.req.user, null, offer).offer ? this.offers.view(offer, ctx.req.user) : null;
  }

  @ResolveField(() => MatchExplanationView, {
    description: 'Why it scored as it did, in `lang` (else your language, else English), with names from reference data.',
  })
  async explanation(@Parent() match: MatchView, @Context() ctx: GraphQLContext, @Args('lang', LANG_ARG) lang?: Language): Promise<MatchExplanationView> {
    const language = resolveLanguage(lang, ctx.req.user?.language);
    const breakdown = match.entity.breakdown;
    const names = await loadExplanationNames(ctx, this.referenceData, breakdown, language);
    return MatchExplanationView.from(explain(breakdown, this.service.settings.strongScore, language, names));
  }

  @ResolveField(() => [MatchAction], { description: 'What you may do with it now.' })
  async availableActions(@Parent() match: MatchView, @Context() ctx: GraphQLContext): Promise<MatchAction[]> {
    const [need, offer] = await Promise.all([
      ctx.loaders.get(this.needs.needsById).load(match.needId),
      ctx.loaders.get(this.offers.offersById).load(match.offerId),
    ]);
    if (!need || !offer) return [];
    return availableMatchActions(matchAccess(ctx.req.user), match.status, { stateIso3: need.stateIso3, organisationId: offer.organisationId });
  }

  private view(match: Match): MatchView {
    const score = match.score === null ? null : Number(match.score);
    return Object.assign(new MatchView(), {
      entity: match,
      id: match.id,
      needId: match.needId,
      offerId: match.offerId,
      status: match.status,
      origin: match.origin,
      score,
      fits: match.fits,
      strong: score !== null && score >= this.service.settings.strongScore,
      reason: match.reason,
      interestMessage: match.interestMessage,
      statusChangedAt: match.statusChangedAt,
      scoredAt: match.scoredAt,
      createdAt: match.createdAt,
      version: match.version,
    });
  }

  private async connection(pagePromise: Promise<Page<Match>>): Promise<MatchConnection> {
    const page = await pagePromise;
    return toConnection(MatchConnection, page, (match) => this.view(match));
  }
}
