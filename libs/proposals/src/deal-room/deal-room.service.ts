import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  groupToKeys,
  KeysetPages,
  OutboxService,
  problemAt,
  reason,
  type AuthUser,
  type LoaderSource,
  type Page,
} from '#libs/core';
import type { PostProposalMessageInput, ProposeRevisionInput, RevisionDecisionInput } from './dto/deal-room.inputs.js';
import { ProposalMessage } from '../entities/proposal-message.entity.js';
import { ProposalNeed } from '../entities/proposal-need.entity.js';
import { ProposalRevision, RevisionStatus } from '../entities/proposal-revision.entity.js';
import type { Proposal } from '../entities/proposal.entity.js';
import { RevisionAcceptance } from '../entities/revision-acceptance.entity.js';
import { revisionBlockRefusal } from '../funding/funding-ledger.js';
import { FundingService } from '../funding/funding.service.js';
import { DEAL_ROOM_EVENTS } from './deal-room-events.js';
import { dealRoomParty } from '../proposals/proposal-access.js';
import { trancheNeedProblems } from '../proposals/proposal-fields.js';
import { readMessageBody, readRevisionProposal } from './deal-room-fields.js';
import { ProposalStatus as S } from '../proposals/proposal.enums.js';
import { ENDED_STATUSES, FUNDING_STATUSES, ProposalAction } from '../proposals/proposal.state-machine.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { sumDecimals } from '#libs/reference-data';

/**
 * The deal room of a proposal: a thread its parties alone read and write, and revisions of the
 * scope and budget that a party proposes and every required party accepts. A newer revision
 * supersedes an open one; an agreed revision becomes what is funded.
 */
@Injectable()
export class DealRoomService {
  private readonly pages: KeysetPages<ProposalMessage>;

  readonly acceptancesByRevision: LoaderSource<string, RevisionAcceptance[]> = {
    batchLoad: async (ids) =>
      groupToKeys(
        ids,
        await this.dataSource.getRepository(RevisionAcceptance).find({ where: { revisionId: In([...ids]) }, order: { acceptedAt: 'ASC' } }),
        (a) => a.revisionId,
      ),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
    private readonly funding: FundingService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    this.pages = new KeysetPages(dataSource, ProposalMessage, 'm');
  }

  /** The thread, oldest first; parties only. */
  async messages(proposalId: string, viewer: AuthUser, first?: number | null, after?: string | null): Promise<Page<ProposalMessage>> {
    const proposal = await this.proposals.getVisible(proposalId, viewer);
    await this.assertParty(this.dataSource.manager, proposal, viewer, 'read');
    return this.pages.search(
      { first, after, sort: 'OLDEST' },
      { byName: { OLDEST: { expression: 'm.created_at', direction: 'ASC', type: 'timestamptz' } }, default: 'OLDEST' },
      (q) => q.where(`m.proposal_id = ${q.param(proposal.id)}::uuid`),
    );
  }

  async post(input: PostProposalMessageInput, actor: AuthUser): Promise<ProposalMessage> {
    const read = readMessageBody(input.body);
    if (!read.ok) throw new BadUserInputError(problemAt('input.body', read));
    const body = read.value;
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lockForChange(manager, input.proposalId, actor);
      const organisationId = await this.assertParty(manager, proposal, actor, 'write');
      if (ENDED_STATUSES.includes(proposal.status)) throw new ConflictError(reason('proposal.dealRoomClosed', { status: proposal.status }));
      const message = await manager.save(manager.create(ProposalMessage, { proposalId: proposal.id, authorUserId: actor.id, organisationId, body }));
      await this.outbox.record(manager, this.proposals.event(DEAL_ROOM_EVENTS.message, proposal, actor, { messageId: message.id, organisationId }));
      return message;
    });
  }

  /**
   * A party proposes a new version of the scope and budget, based on the revision agreed now (it
   * must name it: a revision proposed or agreed meanwhile is a CONFLICT to look at first). An open
   * revision is superseded. The proposer's party accepts it by proposing it. The first revision
   * proposed on the market starts the negotiation.
   */
  async propose(input: ProposeRevisionInput, actor: AuthUser): Promise<ProposalRevision> {
    const { revision: proposed, problems } = readRevisionProposal(input);
    if (!proposed) throw new BadUserInputError(problems);
    const { tranches, scope, note } = proposed;
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lockForChange(manager, input.proposalId, actor);
      const organisationId = await this.assertParty(manager, proposal, actor, 'propose');
      if (!FUNDING_STATUSES.includes(proposal.status)) {
        throw new ConflictError(reason('revision.notOnMarket', { status: proposal.status }));
      }
      const revisions = await manager.find(ProposalRevision, { where: { proposalId: proposal.id }, order: { number: 'ASC' } });
      const latest = revisions[revisions.length - 1];
      if (input.basedOnRevision !== latest.number) {
        throw new ConflictError(reason('revision.notLatest', { latest: latest.number, basedOn: input.basedOnRevision }));
      }
      const stray = trancheNeedProblems(
        tranches,
        (await manager.findBy(ProposalNeed, { proposalId: proposal.id })).map((n) => n.needId),
      );
      if (stray.length) throw new BadUserInputError(stray);
      const blocker = await this.funding.revisionBlocker(manager, proposal, tranches);
      if (blocker) throw new ConflictError(revisionBlockRefusal('proposed', blocker, proposal.currency, input.basedOnRevision + 1));
      const agreed = this.proposals.currentRevision(revisions)!;
      for (const open of revisions.filter((r) => r.status === RevisionStatus.OPEN)) open.status = RevisionStatus.SUPERSEDED;
      await manager.save(revisions.filter((r) => r.status === RevisionStatus.SUPERSEDED));
      const revision = await manager.save(
        manager.create(ProposalRevision, {
          proposalId: proposal.id,
          number: latest.number + 1,
          basedOnNumber: agreed.number,
          status: RevisionStatus.OPEN,
          scope: scope ?? agreed.scope,
          tranches,
          total: sumDecimals(tranches.flatMap((t) => t.lines.map((l) => l.amount))),
          note,
          proposedByUserId: actor.id,
          proposedByOrganisationId: organisationId,
        }),
      );
      await manager.insert(RevisionAcceptance, { revisionId: revision.id, organisationId, acceptedByUserId: actor.id });
      await manager.save(
        manager.create(ProposalMessage, { proposalId: proposal.id, authorUserId: actor.id, organisationId, body: note, revisionId: revision.id }),
      );
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'proposal.revision_proposed',
        entityType: 'proposal',
        entityId: proposal.id,
        reason: note,
        data: { revision: revision.number, total: revision.total },
      });
      await this.outbox.record(
        manager,
        this.proposals.event(DEAL_ROOM_EVENTS.revisionProposed, proposal, actor, { revision: revision.number, organisationId }),
      );
      if (proposal.status === S.OPEN_FOR_FUNDING) await this.proposals.move(manager, proposal, ProposalAction.START_NEGOTIATION, 'SYSTEM');
      await this.funding.agreeIfAccepted(manager, proposal, revision, actor);
      return revision;
    });
  }

  /** A party accepts an open revision; once every required party has, it is agreed. */
  async accept(input: RevisionDecisionInput, actor: AuthUser): Promise<ProposalRevision> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lockForChange(manager, input.proposalId, actor);
      const organisationId = await this.assertParty(manager, proposal, actor, 'accept');
      const revision = await manager.findOneBy(ProposalRevision, { proposalId: proposal.id, number: input.revision });
      if (!revision) throw new BadUserInputError(problemAt('input.revision', reason('revision.noSuch', { revision: input.revision })));
      if (revision.status !== RevisionStatus.OPEN) throw new ConflictError(reason('revision.notOpen', { revision: revision.number, status: revision.status }));
      if (await manager.findOneBy(RevisionAcceptance, { revisionId: revision.id, organisationId })) {
        throw new ConflictError(reason('revision.alreadyAccepted', { revision: revision.number }));
      }
      // Commitments made since it was proposed may have made it impossible to agree.
      const blocker = await this.funding.revisionBlocker(manager, proposal, revision.tranches);
      if (blocker) throw new ConflictError(revisionBlockRefusal('accepted', blocker, proposal.currency, revision.number));
      await manager.insert(RevisionAcceptance, { revisionId: revision.id, organisationId, acceptedByUserId: actor.id });
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'proposal.revision_accepted',
        entityType: 'proposal',
        entityId: proposal.id,
        data: { revision: revision.number, organisationId },
      });
      await this.outbox.record(
        manager,
        this.proposals.event(DEAL_ROOM_EVENTS.revisionAccepted, proposal, actor, { revision: revision.number, organisationId }),
      );
      await this.funding.agreeIfAccepted(manager, proposal, revision, actor);
      return revision;
    });
  }

  /** The party the actor acts for here, or FORBIDDEN. */
  private async assertParty(manager: EntityManager, proposal: Proposal, actor: AuthUser, what: 'read' | 'write' | 'propose' | 'accept'): Promise<string> {
    const organisationId = dealRoomParty(actor, await this.proposals.partyRefs(manager, proposal.id));
    if (!organisationId) throw new ForbiddenError(reason('proposal.partiesOnly', { what }));
    return organisationId;
  }
}
