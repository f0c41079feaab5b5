import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  CurrentUser,
  Language,
  LocalDateScalar,
  Public,
  resolveLanguage,
  Role,
  Roles,
  StateScope,
  toConnection,
  translationIn,
  TransitionRoles,
  type GraphQLContext,
} from '#libs/core';
import { AssistanceTypeView, MemberStateView, ReferenceDataService, ThematicAreaView, type AssistanceType, type ThematicArea } from '#libs/reference-data';
import {
  CloseNeedInput,
  CreateNeedInput,
  ImportNationalReportInput,
  ModerateNeedsInput,
  NeedContentInput,
  NeedFilter,
  NeedSort,
  NeedTransitionInput,
  SetNeedTranslationInput,
  UpdateNeedInput,
} from './dto/need.inputs.js';
import { ImportResultView, NationalReportView, NeedConnection, NeedHistoryEntryView, NeedQualityView, NeedTextView, NeedView } from './dto/need.types.js';
import { NationalReportsService } from './national-reports.service.js';
import { canReadNationalReports, needAccess } from './need-access.js';
import { NeedStatus } from './need.enums.js';
import { NEED_LIFE_CYCLE, NeedAction } from './need.state-machine.js';
import { NeedsSearchService } from './needs-search.service.js';
import { NeedsService } from './needs.service.js';
import type { PersonNeedAction } from './need-events.js';
import { ReportImportService } from './report-import.service.js';

const LANG_ARG = { type: () => Language, nullable: true, description: "Language of names; default the user's, else English." } as const;

@Resolver(() => NeedView)
export class NeedsResolver {
  constructor(
    private readonly service: NeedsService,
    private readonly searchService: NeedsSearchService,
    private readonly importer: ReportImportService,
    private readonly reports: NationalReportsService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Public()
  @Query(() => NeedView, { description: 'One need, if you may see it (else NOT_FOUND).' })
  async need(@Args('id', { type: () => ID }) id: string, @CurrentUser() user?: AuthUser): Promise<NeedView> {
    return this.service.view(await this.service.getVisible(id, user), user);
  }

  @Public()
  @Query(() => NeedConnection, {
    description: 'Browse and search needs you may see. Without `filter.statuses`, published needs only. `search` matches text in any UN language.',
  })
  needs(
    @CurrentUser() user: AuthUser | undefined,
    @Args('filter', { type: () => NeedFilter, nullable: true }) filter?: NeedFilter,
    @Args('search', { nullable: true }) search?: string,
    @Args('sort', { type: () => NeedSort, nullable: true }) sort?: NeedSort,
    @Args('first', { type: () => Int, nullable: true, description: '1 to 100; default 20.' }) first?: number,
    @Args('after', { nullable: true, description: 'pageInfo.endCursor of the previous page.' }) after?: string,
  ): Promise<NeedConnection> {
    return this.connection(user, { filter, search, sort, first, after });
  }

  @Roles(Role.UNODA_MODERATOR)
  @Query(() => NeedConnection, { description: 'Submitted needs, longest waiting first, for UNODA moderators.' })
  needModerationQueue(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => NeedFilter, nullable: true }) filter?: NeedFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<NeedConnection> {
    return this.connection(user, {
      filter: { ...filter, statuses: [NeedStatus.SUBMITTED] },
      sort: NeedSort.OLDEST_IN_STATUS,
      first,
      after,
    });
  }

  @Query(() => [NationalReportView], { description: 'National reports of a State (its NPCs and UNODA).' })
  async nationalReports(@CurrentUser() user: AuthUser, @Args('stateIso3') stateIso3: string): Promise<NationalReportView[]> {
    return (await this.reports.list(stateIso3, user)).map(NationalReportView.from);
  }

  // Who may write needs (createNeed, updateNeed): it serves the form they write them in.
  @Roles(Role.NPC)
  @Query(() => NeedQualityView, {
    description: 'The quality meter of a need being written, not saved: the same checks as Need.quality.',
  })
  async needQualityPreview(@Args('input', { type: () => NeedContentInput }) input: NeedContentInput): Promise<NeedQualityView> {
    return NeedQualityView.from(await this.service.previewQuality(input));
  }

  @StateScope('input.stateIso3')
  @Mutation(() => NeedView, { description: 'Writes a new draft need for your State.' })
  async createNeed(@CurrentUser() user: AuthUser, @Args('input') input: CreateNeedInput): Promise<NeedView> {
    return this.service.view(await this.service.create(input, user), user);
  }

  @Roles(Role.NPC)
  @Mutation(() => NeedView, { description: 'Changes a need of your State (draft, returned or published). Give the version you read.' })
  async updateNeed(@CurrentUser() user: AuthUser, @Args('input') input: UpdateNeedInput): Promise<NeedView> {
    return this.service.view(await this.service.update(input, user), user);
  }

  @TransitionRoles(NEED_LIFE_CYCLE, NeedAction.SUBMIT)
  @Mutation(() => NeedView, { description: "Submits a draft or returned need for moderation; this is the NPC's endorsement." })
  submitNeed(@CurrentUser() user: AuthUser, @Args('input') input: NeedTransitionInput): Promise<NeedView> {
    return this.transition(NeedAction.SUBMIT, input, user);
  }

  @TransitionRoles(NEED_LIFE_CYCLE, NeedAction.RETURN)
  @Mutation(() => NeedView, { description: 'Returns a submitted need to its State for edits, with reasons.' })
  returnNeed(@CurrentUser() user: AuthUser, @Args('input') input: NeedTransitionInput): Promise<NeedView> {
    return this.transition(NeedAction.RETURN, input, user);
  }

  @TransitionRoles(NEED_LIFE_CYCLE, NeedAction.PUBLISH)
  @Mutation(() => NeedView, { description: 'Publishes a submitted need.' })
  publishNeed(@CurrentUser() user: AuthUser, @Args('input') input: NeedTransitionInput): Promise<NeedView> {
    return this.transition(NeedAction.PUBLISH, input, user);
  }

  @TransitionRoles(NEED_LIFE_CYCLE, NeedAction.CLOSE)
  @Mutation(() => NeedView, { description: 'Closes a published need: met, no longer needed, or superseded.' })
  closeNeed(@CurrentUser() user: AuthUser, @Args('input') input: CloseNeedInput): Promise<NeedView> {
    return this.transition(NeedAction.CLOSE, input, user);
  }

  @TransitionRoles(NEED_LIFE_CYCLE, NeedAction.WITHDRAW)
  @Mutation(() => NeedView, { description: 'Withdraws a need of your State.' })
  withdrawNeed(@CurrentUser() user: AuthUser, @Args('input') input: NeedTransitionInput): Promise<NeedView> {
    return this.transition(NeedAction.WITHDRAW, input, user);
  }

  @TransitionRoles(NEED_LIFE_CYCLE, NeedAction.REOPEN)
  @Mutation(() => NeedView, { description: 'Sends an expired need of your State back to moderation.' })
  reopenNeed(@CurrentUser() user: AuthUser, @Args('input') input: NeedTransitionInput): Promise<NeedView> {
    return this.transition(NeedAction.REOPEN, input, user);
  }

  @Roles(Role.NPC)
  @Mutation(() => NeedView, {
    description: 'Says a published need is still needed: valid until the end of the next reporting cycle, or `validUntil`.',
  })
  async reconfirmNeed(
    @CurrentUser() user: AuthUser,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('validUntil', { type: () => LocalDateScalar, nullable: true }) validUntil?: string,
  ): Promise<NeedView> {
    return this.service.view(await this.service.reconfirm(needId, validUntil, user), user);
  }

  @TransitionRoles(NEED_LIFE_CYCLE, NeedAction.PUBLISH, NeedAction.RETURN)
  @Mutation(() => [NeedView], { description: 'Publishes or returns several submitted needs: all of them, or none.' })
  async moderateNeeds(@CurrentUser() user: AuthUser, @Args('input') input: ModerateNeedsInput): Promise<NeedView[]> {
    return (await this.service.moderate(input, user)).map((n) => this.service.view(n, user));
  }

  @Roles(Role.NPC, Role.UNODA_MODERATOR)
  @Mutation(() => NeedView, { description: 'Stores a translation of a need; the original text is kept.' })
  async setNeedTranslation(@CurrentUser() user: AuthUser, @Args('input') input: SetNeedTranslationInput): Promise<NeedView> {
    return this.service.view(await this.service.setTranslation(input, user), user);
  }

  @StateScope('input.stateIso3')
  @Mutation(() => ImportResultView, {
    description: "Imports the assistance section of your State's national report (docs/IMPORT.md); dryRun only validates.",
  })
  importNationalReport(@CurrentUser() user: AuthUser, @Args('input') input: ImportNationalReportInput): Promise<ImportResultView> {
    return this.importer.import(
      {
        stateIso3: input.stateIso3,
        format: input.format,
        content: Buffer.from(input.contentBase64, 'base64'),
        dryRun: input.dryRun,
        meta: {
          instrument: input.instrument,
          reportingYear: input.reportingYear,
          language: input.language,
          sourceReference: input.sourceReference,
        },
      },
      user,
    );
  }

  @ResolveField(() => NeedTextView, { description: 'The text in `lang` if translated, else the original.' })
  async text(@Parent() need: NeedView, @Context() ctx: GraphQLContext, @Args('lang', LANG_ARG) lang?: Language): Promise<NeedTextView> {
    const language = resolveLanguage(lang, ctx.req.user?.language);
    const translation = await translationIn(language, need.entity.originalLanguage, () => ctx.loaders.get(this.service.translationsByNeed).load(need.id));
    return translation ? NeedTextView.translation(translation) : NeedTextView.original(need.entity);
  }

  @ResolveField(() => [NeedTextView], { description: 'Every translation (the original is `text` with its own language).' })
  async translations(@Parent() need: NeedView, @Context() ctx: GraphQLContext): Promise<NeedTextView[]> {
    return ((await ctx.loaders.get(this.service.translationsByNeed).load(need.id)) ?? []).map(NeedTextView.translation);
  }

  @ResolveField(() => MemberStateView)
  async state(@Parent() need: NeedView, @Context() ctx: GraphQLContext, @Args('lang', LANG_ARG) lang?: Language): Promise<MemberStateView> {
    const state = await ctx.loaders.get(this.referenceData.memberStatesByIso3).load(need.stateIso3);
    if (!state) throw new Error(`State ${need.stateIso3} of need ${need.id} is missing`);
    return MemberStateView.from(state, resolveLanguage(lang, ctx.req.user?.language));
  }

  @ResolveField(() => [ThematicAreaView])
  async thematicAreas(@Parent() need: NeedView, @Context() ctx: GraphQLContext, @Args('lang', LANG_ARG) lang?: Language): Promise<ThematicAreaView[]> {
    const areas = await ctx.loaders.get(this.referenceData.thematicAreasByCode).loadMany(need.thematicAreaCodes);
    const language = resolveLanguage(lang, ctx.req.user?.language);
    return areas.filter((a): a is ThematicArea => !!a && !(a instanceof Error)).map((a) => ThematicAreaView.from(a, language));
  }

  @ResolveField(() => [AssistanceTypeView])
  async assistanceTypes(@Parent() need: NeedView, @Context() ctx: GraphQLContext, @Args('lang', LANG_ARG) lang?: Language): Promise<AssistanceTypeView[]> {
    const types = await ctx.loaders.get(this.referenceData.assistanceTypesByCode).loadMany(need.assistanceTypeCodes);
    const language = resolveLanguage(lang, ctx.req.user?.language);
    return types.filter((t): t is AssistanceType => !!t && !(t instanceof Error)).map((t) => AssistanceTypeView.from(t, language));
  }

  @ResolveField(() => NationalReportView, {
    nullable: true,
    description: "The report the need was imported from (its State's NPCs and UNODA, as `nationalReports`; null for others).",
  })
  async report(@Parent() need: NeedView, @Context() ctx: GraphQLContext): Promise<NationalReportView | null> {
    if (!need.entity.reportId || !canReadNationalReports(needAccess(ctx.req.user), need.stateIso3)) return null;
    const report = await ctx.loaders.get(this.reports.byId).load(need.entity.reportId);
    return report ? NationalReportView.from(report) : null;
  }

  @ResolveField(() => [NeedHistoryEntryView], {
    nullable: true,
    description: "What happened to the need, oldest first (the State's NPCs and UNODA only; null for others)",
  })
  async history(@Parent() need: NeedView, @Context() ctx: GraphQLContext): Promise<NeedHistoryEntryView[] | null> {
    // The same decision as `quality`, made once when the view was built (isPrivileged).
    if (!need.privileged) return null;
    return ((await ctx.loaders.get(this.service.historyByNeed).load(need.id)) ?? []).map(NeedHistoryEntryView.from);
  }

  private async transition(action: PersonNeedAction, input: NeedTransitionInput, user: AuthUser): Promise<NeedView> {
    return this.service.view(await this.service.transition(action, input, user), user);
  }

  private async connection(user: AuthUser | undefined, args: Parameters<NeedsSearchService['search']>[1]): Promise<NeedConnection> {
    const page = await this.searchService.search(user, args);
    return toConnection(NeedConnection, page, (need) => this.service.view(need, user));
  }
}
