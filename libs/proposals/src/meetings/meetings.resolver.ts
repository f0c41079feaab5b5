import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, resolveLanguage, Role, Roles, type AuthUser, type GraphQLContext, Language } from '#libs/core';
import { ContributionView } from '../funding/dto/funding.types.js';
import { AgendaItemInput, EndMeetingInput, MeetingIntentInput, MeetingOutcomeInput, MeetingPackInput, ScheduleMeetingInput } from './dto/meeting.inputs.js';
import { AgendaItemView, MeetingPackView, MeetingView } from './dto/meeting.types.js';
import { ProposalView } from '../proposals/dto/proposal.types.js';
import { MeetingOutcomeAction, MeetingStatus } from './meeting.enums.js';
import { MeetingsService } from './meetings.service.js';
import { partyOnly, viewerCanViewProposal, viewerIsParty } from '../proposals/proposal-access.js';
import { ProposalsService } from '../proposals/proposals.service.js';

const MEMBERS = [Role.UNODA_MODERATOR, Role.ADMIN, Role.NPC, Role.DONOR, Role.REGIONAL_REVIEWER] as const;

/** GIS meetings: schedule, agenda, intents and outcomes, the meeting pack. */
@Resolver(() => MeetingView)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly proposals: ProposalsService,
  ) {}

  @Roles(...MEMBERS)
  @Query(() => [MeetingView], { description: 'GIS meetings, soonest first (from a date on, if given).' })
  async meetings(@Args('from', { type: () => Date, nullable: true }) from?: Date | null): Promise<MeetingView[]> {
    return (await this.service.list(from ?? null)).map(MeetingView.from);
  }

  @Roles(...MEMBERS)
  @Query(() => MeetingView)
  async meeting(@Args('id', { type: () => ID }) id: string): Promise<MeetingView> {
    return MeetingView.from(await this.service.get(id));
  }

  @Roles(...MEMBERS)
  @Query(() => MeetingPackView, {
    description: 'The meeting pack in the language asked: each agenda proposal with its needs, budget, funding gap and matches.',
  })
  async meetingPack(@CurrentUser() user: AuthUser, @Args('input') input: MeetingPackInput): Promise<MeetingPackView> {
    const language = resolveLanguage(input.language, user.language);
    const pack = await this.service.pack(input.meetingId, language, user);
    return Object.assign(new MeetingPackView(), { ...pack, language: pack.language as Language });
  }

  @Roles(Role.UNODA_MODERATOR)
  @Mutation(() => MeetingView)
  async scheduleMeeting(@CurrentUser() user: AuthUser, @Args('input') input: ScheduleMeetingInput): Promise<MeetingView> {
    return MeetingView.from(await this.service.schedule(input, user));
  }

  @Roles(Role.UNODA_MODERATOR)
  @Mutation(() => AgendaItemView, { description: "Puts a proposal (on the market, funded or in implementation) on a scheduled meeting's agenda." })
  async addMeetingAgendaItem(@CurrentUser() user: AuthUser, @Args('input') input: AgendaItemInput): Promise<AgendaItemView> {
    return AgendaItemView.from(await this.service.addToAgenda(input, user));
  }

  @Roles(Role.UNODA_MODERATOR)
  @Mutation(() => MeetingView)
  async removeMeetingAgendaItem(@CurrentUser() user: AuthUser, @Args('input') input: AgendaItemInput): Promise<MeetingView> {
    return MeetingView.from(await this.service.removeFromAgenda(input, user));
  }

  @Roles(Role.UNODA_MODERATOR, Role.DONOR)
  @Mutation(() => ContributionView, {
    description: "Records a donor's intent said at the meeting, for a proposal on its agenda (UNODA for any donor; a donor for itself).",
  })
  async recordMeetingIntent(@CurrentUser() user: AuthUser, @Args('input') input: MeetingIntentInput): Promise<ContributionView> {
    const contribution = await this.service.recordIntent(input, user);
    return ContributionView.from(contribution, contribution.proposal.currency);
  }

  @Roles(Role.UNODA_MODERATOR)
  @Mutation(() => AgendaItemView, {
    description: 'Records what the meeting concluded about an agenda proposal, and the step it takes (hold, resume, withdraw, start implementation).',
  })
  async recordMeetingOutcome(@CurrentUser() user: AuthUser, @Args('input') input: MeetingOutcomeInput): Promise<AgendaItemView> {
    return AgendaItemView.from(await this.service.recordOutcome(input, user));
  }

  @Roles(Role.UNODA_MODERATOR)
  @Mutation(() => MeetingView, { description: 'Marks the meeting held, with its minutes.' })
  async closeMeeting(@CurrentUser() user: AuthUser, @Args('input') input: EndMeetingInput): Promise<MeetingView> {
    return MeetingView.from(await this.service.end(input, MeetingStatus.HELD, user));
  }

  @Roles(Role.UNODA_MODERATOR)
  @Mutation(() => MeetingView, { description: 'Cancels a scheduled meeting, saying why.' })
  async cancelMeeting(@CurrentUser() user: AuthUser, @Args('input') input: EndMeetingInput): Promise<MeetingView> {
    return MeetingView.from(await this.service.end(input, MeetingStatus.CANCELLED, user));
  }

  @ResolveField(() => [AgendaItemView], { description: 'The proposals on its agenda that you may see, in agenda order.' })
  async agenda(@Parent() meeting: MeetingView, @Context() ctx: GraphQLContext): Promise<AgendaItemView[]> {
    const items = (await ctx.loaders.get(this.service.agendaByMeeting).load(meeting.id)) ?? [];
    const visible = await Promise.all(
      items.map(async (item) => {
        const proposal = await ctx.loaders.get(this.proposals.proposalsById).load(item.proposalId);
        return !!proposal && viewerCanViewProposal(ctx, this.proposals.partiesByProposal, proposal);
      }),
    );
    return items.filter((_, i) => visible[i]).map(AgendaItemView.from);
  }
}

@Resolver(() => AgendaItemView)
export class AgendaItemResolver {
  constructor(private readonly proposals: ProposalsService) {}

  @ResolveField(() => ProposalView, { nullable: true, description: 'The proposal, if you may see it.' })
  async proposal(@Parent() item: AgendaItemView, @Context() ctx: GraphQLContext): Promise<ProposalView | null> {
    const proposal = await ctx.loaders.get(this.proposals.proposalsById).load(item.proposalId);
    return proposal && (await viewerCanViewProposal(ctx, this.proposals.partiesByProposal, proposal)) ? ProposalView.from(proposal) : null;
  }

  // A meeting's outcome for a proposal can carry its hold reason, or who promised what: the parties'.

  @ResolveField(() => String, { nullable: true, description: "What the meeting concluded (the proposal's parties only; null for others)." })
  async outcome(@Parent() item: AgendaItemView, @Context() ctx: GraphQLContext): Promise<string | null> {
    return partyOnly(await this.isPartyHere(item, ctx), item.outcome);
  }

  @ResolveField(() => MeetingOutcomeAction, { nullable: true, description: "The step the outcome took for the proposal (the proposal's parties only)." })
  async outcomeAction(@Parent() item: AgendaItemView, @Context() ctx: GraphQLContext): Promise<MeetingOutcomeAction | null> {
    return partyOnly(await this.isPartyHere(item, ctx), item.outcomeAction);
  }

  @ResolveField(() => Date, { nullable: true, description: "When the outcome was recorded (the proposal's parties only)." })
  async outcomeRecordedAt(@Parent() item: AgendaItemView, @Context() ctx: GraphQLContext): Promise<Date | null> {
    return partyOnly(await this.isPartyHere(item, ctx), item.outcomeRecordedAt);
  }

  private isPartyHere(item: AgendaItemView, ctx: GraphQLContext): Promise<boolean> {
    return viewerIsParty(ctx, this.proposals.partiesByProposal, item.proposalId);
  }
}
