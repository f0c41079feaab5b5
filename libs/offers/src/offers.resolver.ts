import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  CurrentUser,
  DecimalScalar,
  Language,
  OrganisationScope,
  Public,
  resolveLanguage,
  Role,
  Roles,
  toConnection,
  translationIn,
  TransitionRoles,
  type GraphQLContext,
} from '#libs/core';
import { OrganisationsService, OrganisationView } from '#libs/identity';
import { AssistanceTypeView, ReferenceDataService, sumDecimals, ThematicAreaView, type AssistanceType, type ThematicArea } from '#libs/reference-data';
import { OfferConnection } from './dto/offer-connection.types.js';
import {
  CreateOfferInput,
  ModerateOffersInput,
  OfferFilter,
  OfferSort,
  OfferTransitionInput,
  SetOfferTranslationInput,
  UpdateOfferInput,
} from './dto/offer.inputs.js';
import { OfferTextView, OfferView } from './dto/offer.types.js';
import { OfferStatus } from './offer.enums.js';
import { OFFER_LIFE_CYCLE, OfferAction } from './offer.state-machine.js';
import type { PersonOfferAction } from './offer-events.js';
import { OffersSearchService, type OfferSearchArgs } from './offers-search.service.js';
import { OffersService } from './offers.service.js';

const LANG_ARG = { type: () => Language, nullable: true, description: "Language of names; default the user's, else English." } as const;

@ObjectType('DonorProfile', { description: 'What a donor organisation offers (and, with later features, what it has funded).' })
export class DonorProfileView {
  @Field(() => OrganisationView) organisation: OrganisationView;
  @Field(() => [OfferView], { description: 'Published offers you may see, newest first.' }) openOffers: OfferView[];
  @Field(() => [String], { description: 'Thematic areas of its open offers.' }) thematicAreaCodes: string[];
  @Field(() => [String], { description: 'Assistance types of its open offers.' }) assistanceTypeCodes: string[];
  @Field(() => [DonorAmountView], { description: 'What remains of its open offers, per currency.' }) remaining: DonorAmountView[];
  @Field(() => DecimalScalar, { nullable: true, description: 'The same, in US dollars, where rates are known.' }) remainingUsd: string | null;
}

@ObjectType('DonorAmount')
export class DonorAmountView {
  @Field() currency: string;
  @Field(() => DecimalScalar) amount: string;
}

@Resolver(() => OfferView)
export class OffersResolver {
  constructor(
    private readonly service: OffersService,
    private readonly searchService: OffersSearchService,
    private readonly referenceData: ReferenceDataService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Public()
  @Query(() => OfferView, { description: 'One offer, if you may see it (else NOT_FOUND).' })
  async offer(@Args('id', { type: () => ID }) id: string, @CurrentUser() user?: AuthUser): Promise<OfferView> {
    return this.service.view(await this.service.getVisible(id, user), user);
  }

  @Public()
  @Query(() => OfferConnection, { description: 'Browse and search offers you may see (published ones by default).' })
  offers(
    @CurrentUser() user: AuthUser | undefined,
    @Args('filter', { type: () => OfferFilter, nullable: true }) filter?: OfferFilter,
    @Args('search', { nullable: true }) search?: string,
    @Args('sort', { type: () => OfferSort, nullable: true }) sort?: OfferSort,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<OfferConnection> {
    return this.connection(user, { filter, search, sort, first, after });
  }

  @Roles(Role.UNODA_MODERATOR)
  @Query(() => OfferConnection, { description: 'Submitted offers, longest waiting first, for UNODA moderators.' })
  offerModerationQueue(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<OfferConnection> {
    return this.connection(user, { filter: { statuses: [OfferStatus.SUBMITTED] }, sort: OfferSort.OLDEST_IN_STATUS, first, after });
  }

  @Public()
  @Query(() => DonorProfileView, { description: "A donor organisation's profile: its open offers and what they cover." })
  async donorProfile(@Args('organisationId', { type: () => ID }) organisationId: string, @CurrentUser() user?: AuthUser): Promise<DonorProfileView> {
    const organisation = await this.organisations.get(organisationId);
    const page = await this.searchService.search(user, { filter: { organisations: [organisationId] }, first: 100 });
    const offers = page.rows;
    const byCurrency = new Map<string, string[]>();
    for (const o of offers) byCurrency.set(o.budgetCurrency, [...(byCurrency.get(o.budgetCurrency) ?? []), o.budgetRemaining]);
    const usd = offers.map((o) => o.budgetRemainingUsd).filter((v): v is string => v !== null);
    return Object.assign(new DonorProfileView(), {
      organisation: OrganisationView.from(organisation),
      openOffers: offers.map((o) => this.service.view(o, user)),
      thematicAreaCodes: [...new Set(offers.flatMap((o) => o.thematicAreas))].sort(),
      assistanceTypeCodes: [...new Set(offers.flatMap((o) => o.assistanceTypes))].sort(),
      remaining: [...byCurrency].map(([currency, amounts]) => ({ currency, amount: sumDecimals(amounts) })),
      remainingUsd: usd.length ? sumDecimals(usd) : null,
    });
  }

  @OrganisationScope('input.organisationId', [Role.DONOR])
  @Mutation(() => OfferView, { description: 'Writes a new draft offer for your donor organisation.' })
  async createOffer(@CurrentUser() user: AuthUser, @Args('input') input: CreateOfferInput): Promise<OfferView> {
    return this.service.view(await this.service.create(input, user), user);
  }

  @Roles(Role.DONOR)
  @Mutation(() => OfferView, { description: "Changes one of your organisation's offers. Give the version you read." })
  async updateOffer(@CurrentUser() user: AuthUser, @Args('input') input: UpdateOfferInput): Promise<OfferView> {
    return this.service.view(await this.service.update(input, user), user);
  }

  @TransitionRoles(OFFER_LIFE_CYCLE, OfferAction.SUBMIT)
  @Mutation(() => OfferView, { description: 'Submits a draft or returned offer for moderation.' })
  submitOffer(@CurrentUser() user: AuthUser, @Args('input') input: OfferTransitionInput): Promise<OfferView> {
    return this.transition(OfferAction.SUBMIT, input, user);
  }

  @TransitionRoles(OFFER_LIFE_CYCLE, OfferAction.RETURN)
  @Mutation(() => OfferView, { description: 'Returns a submitted offer to its donor for edits, with reasons.' })
  returnOffer(@CurrentUser() user: AuthUser, @Args('input') input: OfferTransitionInput): Promise<OfferView> {
    return this.transition(OfferAction.RETURN, input, user);
  }

  @TransitionRoles(OFFER_LIFE_CYCLE, OfferAction.PUBLISH)
  @Mutation(() => OfferView, { description: 'Publishes a submitted offer.' })
  publishOffer(@CurrentUser() user: AuthUser, @Args('input') input: OfferTransitionInput): Promise<OfferView> {
    return this.transition(OfferAction.PUBLISH, input, user);
  }

  @TransitionRoles(OFFER_LIFE_CYCLE, OfferAction.WITHDRAW)
  @Mutation(() => OfferView, { description: "Withdraws one of your organisation's offers." })
  withdrawOffer(@CurrentUser() user: AuthUser, @Args('input') input: OfferTransitionInput): Promise<OfferView> {
    return this.transition(OfferAction.WITHDRAW, input, user);
  }

  @TransitionRoles(OFFER_LIFE_CYCLE, OfferAction.REOPEN)
  @Mutation(() => OfferView, { description: 'Sends an expired offer, given a new window, back to moderation.' })
  reopenOffer(@CurrentUser() user: AuthUser, @Args('input') input: OfferTransitionInput): Promise<OfferView> {
    return this.transition(OfferAction.REOPEN, input, user);
  }

  @TransitionRoles(OFFER_LIFE_CYCLE, OfferAction.PUBLISH, OfferAction.RETURN)
  @Mutation(() => [OfferView], { description: 'Publishes or returns several submitted offers: all of them, or none.' })
  async moderateOffers(@CurrentUser() user: AuthUser, @Args('input') input: ModerateOffersInput): Promise<OfferView[]> {
    return (await this.service.moderate(input, user)).map((o) => this.service.view(o, user));
  }

  @Roles(Role.DONOR, Role.UNODA_MODERATOR)
  @Mutation(() => OfferView, { description: 'Stores a translation of an offer; the original text is kept.' })
  async setOfferTranslation(@CurrentUser() user: AuthUser, @Args('input') input: SetOfferTranslationInput): Promise<OfferView> {
    return this.service.view(await this.service.setTranslation(input, user), user);
  }

  @ResolveField(() => OfferTextView, { description: 'The text in `lang` if translated, else the original.' })
  async text(@Parent() offer: OfferView, @Context() ctx: GraphQLContext, @Args('lang', LANG_ARG) lang?: Language): Promise<OfferTextView> {
    const language = resolveLanguage(lang, ctx.req.user?.language);
    const translation = await translationIn(language, offer.entity.originalLanguage, () => ctx.loaders.get(this.service.translationsByOffer).load(offer.id));
    return translation ? OfferTextView.translation(translation) : OfferTextView.original(offer.entity);
  }

  @ResolveField(() => [OfferTextView])
  async translations(@Parent() offer: OfferView, @Context() ctx: GraphQLContext): Promise<OfferTextView[]> {
    return ((await ctx.loaders.get(this.service.translationsByOffer).load(offer.id)) ?? []).map(OfferTextView.translation);
  }

  @ResolveField(() => OrganisationView, { description: 'The donor organisation.' })
  async organisation(@Parent() offer: OfferView, @Context() ctx: GraphQLContext): Promise<OrganisationView> {
    const organisation = await ctx.loaders.get(this.organisations.byId).load(offer.organisationId);
    if (!organisation) throw new Error(`organisation ${offer.organisationId} of offer ${offer.id} is missing`);
    return OrganisationView.from(organisation);
  }

  @ResolveField(() => [ThematicAreaView])
  async thematicAreas(@Parent() offer: OfferView, @Context() ctx: GraphQLContext, @Args('lang', LANG_ARG) lang?: Language): Promise<ThematicAreaView[]> {
    const areas = await ctx.loaders.get(this.referenceData.thematicAreasByCode).loadMany(offer.thematicAreaCodes);
    const language = resolveLanguage(lang, ctx.req.user?.language);
    return areas.filter((a): a is ThematicArea => !!a && !(a instanceof Error)).map((a) => ThematicAreaView.from(a, language));
  }

  @ResolveField(() => [AssistanceTypeView])
  async assistanceTypes(@Parent() offer: OfferView, @Context() ctx: GraphQLContext, @Args('lang', LANG_ARG) lang?: Language): Promise<AssistanceTypeView[]> {
    const types = await ctx.loaders.get(this.referenceData.assistanceTypesByCode).loadMany(offer.assistanceTypeCodes);
    const language = resolveLanguage(lang, ctx.req.user?.language);
    return types.filter((t): t is AssistanceType => !!t && !(t instanceof Error)).map((t) => AssistanceTypeView.from(t, language));
  }

  private async transition(action: PersonOfferAction, input: OfferTransitionInput, user: AuthUser): Promise<OfferView> {
    return this.service.view(await this.service.transition(action, input, user), user);
  }

  private async connection(user: AuthUser | undefined, args: OfferSearchArgs): Promise<OfferConnection> {
    const page = await this.searchService.search(user, args);
    return toConnection(OfferConnection, page, (offer) => this.service.view(offer, user));
  }
}
