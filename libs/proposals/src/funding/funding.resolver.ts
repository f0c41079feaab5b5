import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, TransitionRoles, type AuthUser, type GraphQLContext } from '#libs/core';
import { OrganisationView } from '#libs/identity';
import { CONTRIBUTION_LIFE_CYCLE, ContributionAction } from './contribution.state-machine.js';
import { ContributionTransitionInput, RecordContributionInput, RedirectContributionInput, SubmitOutcomeReportInput } from './dto/funding.inputs.js';
import { ContributionView, FundingView, OutcomeReportView } from './dto/funding.types.js';
import { ProposalTransitionInput } from '../proposals/dto/proposal.inputs.js';
import { ProposalView } from '../proposals/dto/proposal.types.js';
import { PROPOSAL_LIFE_CYCLE, ProposalAction } from '../proposals/proposal.state-machine.js';
import type { Contribution } from '../entities/contribution.entity.js';
import { FundingService } from './funding.service.js';
import { outcomeReportsDueListed, outcomeReportsVisible, visibleContributions, visibleFunding } from './funding-access.js';
import { viewerIsParty } from '../proposals/proposal-access.js';
import { ProposalsService } from '../proposals/proposals.service.js';

/** The contributions ledger, funding figures and outcome reports of proposals. */
@Resolver(() => ProposalView)
export class FundingResolver {
  constructor(
    private readonly ledger: FundingService,
    private readonly proposals: ProposalsService,
  ) {}

  @Roles(Role.DONOR, Role.UNODA_MODERATOR)
  @Mutation(() => ContributionView, {
    description: 'Records an intent, a pledge or a commitment for your donor organisation (UNODA: an intent said for a donor). You become a party.',
  })
  async recordContribution(@CurrentUser() user: AuthUser, @Args('input') input: RecordContributionInput): Promise<ContributionView> {
    return this.view(await this.ledger.record(input, user));
  }

  @TransitionRoles(CONTRIBUTION_LIFE_CYCLE, ContributionAction.PLEDGE)
  @Mutation(() => ContributionView, { description: 'Turns an intent into a pledge.' })
  pledgeContribution(@CurrentUser() user: AuthUser, @Args('input') input: ContributionTransitionInput): Promise<ContributionView> {
    return this.step(ContributionAction.PLEDGE, input, user);
  }

  @TransitionRoles(CONTRIBUTION_LIFE_CYCLE, ContributionAction.COMMIT)
  @Mutation(() => ContributionView, {
    description: 'The agreement is signed: counts as funded. Refused (CONFLICT) past the gap unless over-funding is allowed.',
  })
  commitContribution(@CurrentUser() user: AuthUser, @Args('input') input: ContributionTransitionInput): Promise<ContributionView> {
    return this.step(ContributionAction.COMMIT, input, user);
  }

  @TransitionRoles(CONTRIBUTION_LIFE_CYCLE, ContributionAction.DISBURSE)
  @Mutation(() => ContributionView, { description: 'Paid, or delivered for help in kind.' })
  disburseContribution(@CurrentUser() user: AuthUser, @Args('input') input: ContributionTransitionInput): Promise<ContributionView> {
    return this.step(ContributionAction.DISBURSE, input, user);
  }

  @TransitionRoles(CONTRIBUTION_LIFE_CYCLE, ContributionAction.CANCEL)
  @Mutation(() => ContributionView, { description: 'Cancels a contribution not yet disbursed, with a reason; a commitment gives back to its offer.' })
  cancelContribution(@CurrentUser() user: AuthUser, @Args('input') input: ContributionTransitionInput): Promise<ContributionView> {
    return this.step(ContributionAction.CANCEL, input, user);
  }

  @Roles(Role.DONOR)
  @Mutation(() => ContributionView, { description: 'Moves an open intent or pledge to another proposal in the same currency (e.g. from an expired one).' })
  async redirectContribution(@CurrentUser() user: AuthUser, @Args('input') input: RedirectContributionInput): Promise<ContributionView> {
    return this.view(await this.ledger.redirect(input, user));
  }

  @Roles(Role.NPC, Role.DONOR)
  @Mutation(() => OutcomeReportView, { description: "Reports on a proposal's outcome, for your State or your donor organisation (while in implementation)." })
  async submitOutcomeReport(@CurrentUser() user: AuthUser, @Args('input') input: SubmitOutcomeReportInput): Promise<OutcomeReportView> {
    return OutcomeReportView.from(await this.ledger.submitReport(input, user));
  }

  @TransitionRoles(PROPOSAL_LIFE_CYCLE, ProposalAction.COMPLETE)
  @Mutation(() => ProposalView, { description: 'Completes an implemented proposal; refused (CONFLICT) while outcome reports are due.' })
  async completeProposal(@CurrentUser() user: AuthUser, @Args('input') input: ProposalTransitionInput): Promise<ProposalView> {
    return ProposalView.from(await this.ledger.complete(input, user));
  }

  @ResolveField(() => FundingView, {
    description:
      "Target, committed, disbursed and gap, per tranche and in total, in the proposal's currency and in USD; what was promised for the parties only.",
  })
  async funding(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<FundingView> {
    const [revisions, contributions] = await Promise.all([
      ctx.loaders.get(this.proposals.revisionsByProposal).load(proposal.id),
      ctx.loaders.get(this.ledger.contributionsByProposal).load(proposal.id),
    ]);
    const funding = await this.ledger.fundingWithUsd(proposal.entity, revisions ?? [], contributions ?? []);
    return FundingView.from(visibleFunding(await this.isPartyHere(proposal, ctx), funding));
  }

  @ResolveField(() => [ContributionView], { description: 'The ledger, oldest first: all of it for parties and UNODA, commitments and later for others.' })
  async contributions(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<ContributionView[]> {
    const all = (await ctx.loaders.get(this.ledger.contributionsByProposal).load(proposal.id)) ?? [];
    return visibleContributions(await this.isPartyHere(proposal, ctx), all).map((c) => ContributionView.from(c, proposal.currency));
  }

  @ResolveField(() => [OutcomeReportView], { description: 'The outcome reports given (public once the proposal is completed; parties before).' })
  async outcomeReports(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<OutcomeReportView[]> {
    if (!outcomeReportsVisible(await this.isPartyHere(proposal, ctx), proposal.status)) return [];
    return ((await ctx.loaders.get(this.ledger.reportsByProposal).load(proposal.id)) ?? []).map(OutcomeReportView.from);
  }

  @ResolveField(() => [OrganisationView], { description: 'While in implementation: the parties whose outcome report is still due.' })
  async outcomeReportsDue(@Parent() proposal: ProposalView, @Context() ctx: GraphQLContext): Promise<OrganisationView[]> {
    if (!outcomeReportsDueListed(proposal.status)) return [];
    return ((await ctx.loaders.get(this.ledger.reportsDueByProposal).load(proposal.id)) ?? []).map(OrganisationView.from);
  }

  private isPartyHere(proposal: ProposalView, ctx: GraphQLContext): Promise<boolean> {
    return viewerIsParty(ctx, this.proposals.partiesByProposal, proposal.id);
  }

  private async step(action: ContributionAction, input: ContributionTransitionInput, user: AuthUser): Promise<ContributionView> {
    return this.view(await this.ledger.transition(action, input, user));
  }

  private view(contribution: Contribution): ContributionView {
    return ContributionView.from(contribution, contribution.proposal.currency);
  }
}
