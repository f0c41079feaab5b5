import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Language, NotFoundError, Public, reason, resolveLanguage, Role, Roles, type GraphQLContext } from '#libs/core';
import { SetExchangeRateInput } from './dto/exchange-rate.input.js';
import {
  AssistanceTypeView,
  CurrencyView,
  ExchangeRateView,
  MemberStateView,
  MosaicModuleView,
  RegionalOrganisationView,
  ThematicAreaView,
} from './dto/reference-data.types.js';
import type { MosaicModule } from './entities/taxonomy.entity.js';
import { RegionalOrganisationKind } from './entities/regional-organisation.entity.js';
import { ExchangeRatesService } from './exchange-rates.service.js';
import { ReferenceDataService } from './reference-data.service.js';

const LANG_ARG = {
  type: () => Language,
  nullable: true,
  description: "Language of `name` fields; defaults to the user's language, else English.",
} as const;

/** Reference data: public reads, names in the language asked. */
@Resolver()
export class ReferenceDataResolver {
  constructor(
    private readonly referenceData: ReferenceDataService,
    private readonly rates: ExchangeRatesService,
  ) {}

  @Public()
  @Query(() => [MemberStateView], { description: 'The 193 UN Member States, optionally filtered.' })
  async memberStates(
    @CurrentUser() user: AuthUser | undefined,
    @Args('lang', LANG_ARG) lang?: Language,
    @Args('regionCode', { nullable: true, description: 'M49 region code, e.g. "002" for Africa.' }) regionCode?: string,
    @Args('subregionCode', { nullable: true, description: 'M49 subregion code.' }) subregionCode?: string,
    @Args('regionalOrganisationCode', { nullable: true, description: 'Members of this organisation only.' })
    regionalOrganisationCode?: string,
  ): Promise<MemberStateView[]> {
    const language = resolveLanguage(lang, user?.language);
    const states = await this.referenceData.listMemberStates({ regionCode, subregionCode, regionalOrganisationCode });
    return states.map((s) => MemberStateView.from(s, language));
  }

  @Public()
  @Query(() => MemberStateView, { description: 'One Member State by ISO alpha-3 code.' })
  async memberState(@CurrentUser() user: AuthUser | undefined, @Args('iso3') iso3: string, @Args('lang', LANG_ARG) lang?: Language): Promise<MemberStateView> {
    const state = await this.referenceData.findMemberState(iso3);
    if (!state) throw new NotFoundError(reason('memberState.notFound', { iso3 }));
    return MemberStateView.from(state, resolveLanguage(lang, user?.language));
  }

  @Public()
  @Query(() => [RegionalOrganisationView], { description: 'Regional organisations and UN regional centres.' })
  async regionalOrganisations(
    @CurrentUser() user: AuthUser | undefined,
    @Args('lang', LANG_ARG) lang?: Language,
    @Args('kind', { type: () => RegionalOrganisationKind, nullable: true }) kind?: RegionalOrganisationKind,
  ): Promise<RegionalOrganisationView[]> {
    const language = resolveLanguage(lang, user?.language);
    return (await this.referenceData.listRegionalOrganisations(kind)).map((o) => RegionalOrganisationView.from(o, language));
  }

  @Public()
  @Query(() => [ThematicAreaView], { description: 'Thematic areas of PoA/ITI reporting.' })
  async thematicAreas(@CurrentUser() user: AuthUser | undefined, @Args('lang', LANG_ARG) lang?: Language): Promise<ThematicAreaView[]> {
    const language = resolveLanguage(lang, user?.language);
    return (await this.referenceData.listThematicAreas()).map((a) => ThematicAreaView.from(a, language));
  }

  @Public()
  @Query(() => [MosaicModuleView], { description: 'MOSAIC modules.' })
  async mosaicModules(@CurrentUser() user: AuthUser | undefined, @Args('lang', LANG_ARG) lang?: Language): Promise<MosaicModuleView[]> {
    const language = resolveLanguage(lang, user?.language);
    return (await this.referenceData.listMosaicModules()).map((m) => MosaicModuleView.from(m, language));
  }

  @Public()
  @Query(() => [AssistanceTypeView], { description: 'Kinds of assistance.' })
  async assistanceTypes(@CurrentUser() user: AuthUser | undefined, @Args('lang', LANG_ARG) lang?: Language): Promise<AssistanceTypeView[]> {
    const language = resolveLanguage(lang, user?.language);
    return (await this.referenceData.listAssistanceTypes()).map((t) => AssistanceTypeView.from(t, language));
  }

  @Public()
  @Query(() => [CurrencyView], { description: 'ISO 4217 currencies.' })
  async currencies(@CurrentUser() user: AuthUser | undefined, @Args('lang', LANG_ARG) lang?: Language): Promise<CurrencyView[]> {
    const language = resolveLanguage(lang, user?.language);
    return (await this.referenceData.listCurrencies()).map((c) => CurrencyView.from(c, language));
  }

  @Public()
  @Query(() => [ExchangeRateView], { description: 'USD exchange rates with their effective dates, newest first.' })
  async exchangeRates(@Args('currencyCode', { nullable: true }) currencyCode?: string): Promise<ExchangeRateView[]> {
    return (await this.rates.list(currencyCode)).map(ExchangeRateView.from);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ExchangeRateView, { description: 'Sets the USD rate of a currency from a date on. Administrators only.' })
  async setExchangeRate(@CurrentUser() user: AuthUser, @Args('input') input: SetExchangeRateInput): Promise<ExchangeRateView> {
    return ExchangeRateView.from(await this.rates.set(input, user.id));
  }
}

@Resolver(() => RegionalOrganisationView)
export class RegionalOrganisationResolver {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @ResolveField(() => [MemberStateView], { description: 'Members that are UN Member States.' })
  async memberStates(@Parent() organisation: RegionalOrganisationView, @Context() ctx: GraphQLContext): Promise<MemberStateView[]> {
    const states = await ctx.loaders.get(this.referenceData.membersByOrganisation).load(organisation.code);
    return (states ?? []).map((s) => MemberStateView.from(s, organisation.lang));
  }
}

@Resolver(() => ThematicAreaView)
export class ThematicAreaResolver {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @ResolveField(() => [MosaicModuleView], { description: 'The MOSAIC modules this area maps to.' })
  async mosaicModules(@Parent() area: ThematicAreaView, @Context() ctx: GraphQLContext): Promise<MosaicModuleView[]> {
    const modules = await ctx.loaders.get(this.referenceData.mosaicModulesByCode).loadMany(area.mosaicModuleCodes);
    return modules.filter((m): m is MosaicModule => !!m && !(m instanceof Error)).map((m) => MosaicModuleView.from(m, area.lang));
  }
}
