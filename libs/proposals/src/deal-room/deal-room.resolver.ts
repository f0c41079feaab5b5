import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, toConnection, type AuthUser, type GraphQLContext } from '#libs/core';
import { PostProposalMessageInput, ProposeRevisionInput, RevisionDecisionInput } from './dto/deal-room.inputs.js';
import { ProposalMessageConnection, ProposalMessageView, RevisionDiffView } from './dto/deal-room.types.js';
import { ProposalRevisionView } from '../proposals/dto/proposal.types.js';
import { RevisionStatus } from '../entities/proposal-revision.entity.js';
import { DealRoomService } from './deal-room.service.js';
import { revisionRefusal } from '../funding/funding-ledger.js';
import { FundingService } from '../funding/funding.service.js';
import { partyOnly, viewerIsParty } from '../proposals/proposal-access.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { diffRevisions } from '../proposals/revision-diff.js';

const PARTY_ROLES = [Role.UNODA_MODERATOR, Role.NPC, Role.DONOR, Role.REGIONAL_REVIEWER] as const;

/** The deal room: messages and revisions among a proposal's parties. */
@Resolver(() => ProposalRevisionView)
export class DealRoomResolver {
  constructor(
    private readonly dealRoom: DealRoomService,
    private readonly proposals: ProposalsService,
    private readonly funding: FundingService,
  ) {}

  @Roles(...PARTY_ROLES)
  @Query(() => ProposalMessageConnection, { description: "The deal room's messages, oldest first (parties only, else FORBIDDEN)." })
  async proposalMessages(
    @CurrentUser() user: AuthUser,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ProposalMessageConnection> {
    const page = await this.dealRoom.messages(proposalId, user, first, after);
    return toConnection(ProposalMessageConnection, page, (m) => ProposalMessageView.from(m));
  }

  @Roles(...PARTY_ROLES)
  @Mutation(() => ProposalMessageView, { description: 'Writes in the deal room of a proposal you are party to.' })
  async postProposalMessage(@CurrentUser() user: AuthUser, @Args('input') input: PostProposalMessageInput): Promise<ProposalMessageView> {
    return ProposalMessageView.from(await this.dealRoom.post(input, user));
  }

  @Roles(...PARTY_ROLES)
  @Mutation(() => ProposalRevisionView, {
    description: 'Proposes a new version of the scope and budget (supersedes an open one); your party accepts it by proposing it.',
  })
  async proposeProposalRevision(@CurrentUser() user: AuthUser, @Args('input') input: ProposeRevisionInput): Promise<ProposalRevisionView> {
    return ProposalRevisionView.from(await this.dealRoom.propose(input, user));
  }

  @Roles(...PARTY_ROLES)
  @Mutation(() => ProposalRevisionView, { description: 'Accepts an open revision for your party; agreed once every required party has.' })
  async acceptProposalRevision(@CurrentUser() user: AuthUser, @Args('input') input: RevisionDecisionInput): Promise<ProposalRevisionView> {
    return ProposalRevisionView.from(await this.dealRoom.accept(input, user));
  }

  // How a revision was negotiated is the parties' (UNODA included): whoever else reaches a
  // revision (the current one, on a public proposal) reads its scope and budget only.

  @ResolveField(() => String, {
    nullable: true,
    description: 'What changes and why, as its proposer wrote it in the deal room (the parties only; null for others).',
  })
  async note(@Parent() revision: ProposalRevisionView, @Context() ctx: GraphQLContext): Promise<string | null> {
    return partyOnly(await this.isPartyHere(revision, ctx), revision.note);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The party that proposed it (the parties only; null for others).' })
  async proposedByOrganisationId(@Parent() revision: ProposalRevisionView, @Context() ctx: GraphQLContext): Promise<string | null> {
    return partyOnly(await this.isPartyHere(revision, ctx), revision.proposedByOrganisationId);
  }

  @ResolveField(() => RevisionDiffView, {
    nullable: true,
    description: 'What changes from the revision it was based on (null for the first; the parties only).',
  })
  async changes(@Parent() revision: ProposalRevisionView, @Context() ctx: GraphQLContext): Promise<RevisionDiffView | null> {
    const basedOn = revision.entity.basedOnNumber;
    if (basedOn === null || !(await this.isPartyHere(revision, ctx))) return null;
    const all = (await ctx.loaders.get(this.proposals.revisionsByProposal).load(revision.entity.proposalId)) ?? [];
    const previous = all.find((r) => r.number === basedOn);
    return previous ? RevisionDiffView.from(basedOn, diffRevisions(previous, revision.entity)) : null;
  }

  @ResolveField(() => [ID], { description: 'The parties (organisations) that accepted it (the parties only; empty for others).' })
  async acceptedBy(@Parent() revision: ProposalRevisionView, @Context() ctx: GraphQLContext): Promise<string[]> {
    if (!(await this.isPartyHere(revision, ctx))) return [];
    return ((await ctx.loaders.get(this.dealRoom.acceptancesByRevision).load(revision.id)) ?? []).map((a) => a.organisationId);
  }

  @ResolveField(() => [ID], { description: 'For an open revision: the required parties that have not accepted it yet (the parties only; empty for others).' })
  async awaitingAcceptanceFrom(@Parent() revision: ProposalRevisionView, @Context() ctx: GraphQLContext): Promise<string[]> {
    if (revision.status !== RevisionStatus.OPEN || !(await this.isPartyHere(revision, ctx))) return [];
    const accepted = ((await ctx.loaders.get(this.dealRoom.acceptancesByRevision).load(revision.id)) ?? []).map((a) => a.organisationId);
    return (await this.funding.requiredOrganisations(revision.entity.proposalId)).filter((o) => !accepted.includes(o));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'For an open revision: why it can no longer be agreed given what is committed now (a tranche below its commitments), else null (the parties only).',
  })
  async agreementBlocker(@Parent() revision: ProposalRevisionView, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (revision.status !== RevisionStatus.OPEN || !(await this.isPartyHere(revision, ctx))) return null;
    const [proposal, contributions] = await Promise.all([
      ctx.loaders.get(this.proposals.proposalsById).load(revision.entity.proposalId),
      ctx.loaders.get(this.funding.contributionsByProposal).load(revision.entity.proposalId),
    ]);
    return proposal ? revisionRefusal(revision.entity.tranches, contributions ?? [], proposal.allowOverFunding) : null;
  }

  private isPartyHere(revision: ProposalRevisionView, ctx: GraphQLContext): Promise<boolean> {
    return viewerIsParty(ctx, this.proposals.partiesByProposal, revision.entity.proposalId);
  }
}
