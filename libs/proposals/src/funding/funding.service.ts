import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  ChangePipeline,
  ConflictError,
  ForbiddenError,
  groupToKeys,
  isUuid,
  NotFoundError,
  OutboxService,
  problemAt,
  reason,
  Role,
  roleAllowedIn,
  sqlList,
  todayUtc,
  type AuthUser,
  type LoaderSource,
  type TypedEvent,
} from '#libs/core';
import { Organisation } from '#libs/identity';
import { Need, NeedAction, NeedsService, NeedStatus, type ProposalNeedAction } from '#libs/needs';
import { Offer, OffersService, OfferStatus } from '#libs/offers';
import { compareDecimals, ExchangeRatesService } from '#libs/reference-data';
import { ContributionStatus as C, FUNDED_STATUSES, PROMISED_STATUSES } from './contribution.enums.js';
import { CONTRIBUTION_LIFE_CYCLE, ContributionAction } from './contribution.state-machine.js';
import type { ContributionTransitionInput, RecordContributionInput, RedirectContributionInput, SubmitOutcomeReportInput } from './dto/funding.inputs.js';
import type { ProposalTransitionInput } from '../proposals/dto/proposal.inputs.js';
import { Contribution } from '../entities/contribution.entity.js';
import { OutcomeReport } from '../entities/outcome-report.entity.js';
import { ProposalNeed } from '../entities/proposal-need.entity.js';
import { ProposalRevision, RevisionStatus, type Tranche } from '../entities/proposal-revision.entity.js';
import { RevisionAcceptance } from '../entities/revision-acceptance.entity.js';
import { Proposal } from '../entities/proposal.entity.js';
import {
  fundingOf,
  fundingStep,
  NeedFunding,
  needFunding,
  overCommitment,
  revisionBlock,
  revisionBlockRefusal,
  type Funding,
  type RevisionBlock,
} from './funding-ledger.js';
import { contributionCurrencyProblem, readContributionFields, readOutcomeReportFields, type ContributionFields } from './funding-fields.js';
import { ProposalParty } from '../entities/proposal-party.entity.js';
import { ProposalPartyKind, ProposalStatus as S } from '../proposals/proposal.enums.js';
import { FUNDING_STATUSES, ProposalAction } from '../proposals/proposal.state-machine.js';
import { ProposalsService, readStepReason, type ProposalActor } from '../proposals/proposals.service.js';
import { FUNDING_EVENTS, REVISION_EVENTS, type ContributionEventBase, type FundingEventPayloads } from './funding-events.js';
import { isParty, proposalAccess } from '../proposals/proposal-access.js';
import {
  changeContributionRefusal,
  contributionActor,
  contributionDonor,
  outcomeReporter,
  recordContributionRefusal,
  redirectContributionRefusal,
  visibleContributions,
} from './funding-access.js';

/**
 * Who reports on a proposal's outcome, as SQL over a proposal id expression: the requesting
 * States and every donor with money committed. The one statement of the rule (reminders use it too).
 */
export function outcomeReportersSql(proposalId: string): string {
  return `SELECT organisation_id FROM proposal_party WHERE proposal_id = ${proposalId} AND kind = '${ProposalPartyKind.STATE}'
          UNION SELECT organisation_id FROM contribution WHERE proposal_id = ${proposalId} AND status IN (${sqlList(FUNDED_STATUSES)})`;
}

/** The funding of a proposal with its USD equivalents at today's rate. */
export interface FundingWithUsd extends Funding {
  currency: string;
  targetUsd: string | null;
  committedUsd: string | null;
  disbursedUsd: string | null;
  gapUsd: string | null;
}

/** The proposal statuses in which each ledger step may be taken. */
const OPEN_LEDGER: readonly S[] = FUNDING_STATUSES;
const DISBURSING: readonly S[] = [...FUNDING_STATUSES, S.ON_HOLD, S.IN_IMPLEMENTATION];
/** A commitment may be cancelled until the proposal is being implemented. */
const CANCELLING_COMMITMENTS: readonly S[] = [...FUNDING_STATUSES, S.ON_HOLD, S.EXPIRED, S.WITHDRAWN];

/** The need step, and the status it leads to, for where a need stands with its tranches' funding. */
const NEED_STEP: Record<NeedFunding, { action: ProposalNeedAction; to: NeedStatus }> = {
  [NeedFunding.FUNDED]: { action: NeedAction.MARK_FUNDED, to: NeedStatus.FUNDED },
  [NeedFunding.PARTIALLY_FUNDED]: { action: NeedAction.MARK_PARTIALLY_FUNDED, to: NeedStatus.PARTIALLY_FUNDED },
  [NeedFunding.UNFUNDED]: { action: NeedAction.MARK_UNFUNDED, to: NeedStatus.IN_PROPOSAL },
};

/** A contribution to write: its checked fields, for a known donor, perhaps said at a meeting. */
interface NewContribution extends ContributionFields {
  organisationId: string;
  meetingId: string | null;
}

/**
 * The contributions ledger of each proposal: intents, pledges, commitments, disbursements and
 * reports, per tranche or for the whole. It owns three invariants, all under the proposal's row
 * lock: commitments never pass the target of the whole or of a tranche (unless over-funding is
 * allowed); the agreed budget never falls below what is committed (so it agrees revisions, once
 * every required party has accepted and the ledger allows); and the proposal's status and each of
 * its needs' follow what is committed to their tranches. It also owns the outcome reports that a
 * proposal needs before it is completed.
 *
 * Locks are taken in one order: the proposal, then the offer a commitment draws on, then the rows
 * written; so commitments to several proposals from one offer queue instead of deadlocking.
 */
@Injectable()
export class FundingService {
  readonly contributionsByProposal: LoaderSource<string, Contribution[]> = {
    batchLoad: async (ids) =>
      groupToKeys(
        ids,
        await this.dataSource.getRepository(Contribution).find({ where: { proposalId: In([...ids]) }, order: { createdAt: 'ASC' } }),
        (c) => c.proposalId,
      ),
  };

  /** For lists of proposals: whose outcome reports are still due (one query for the page). */
  readonly reportsDueByProposal: LoaderSource<string, Organisation[]> = {
    batchLoad: (ids) => this.missingReports(ids),
  };

  readonly reportsByProposal: LoaderSource<string, OutcomeReport[]> = {
    batchLoad: async (ids) =>
      groupToKeys(
        ids,
        await this.dataSource.getRepository(OutcomeReport).find({ where: { proposalId: In([...ids]) }, order: { submittedAt: 'ASC' } }),
        (r) => r.proposalId,
      ),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
    private readonly offers: OffersService,
    private readonly needs: NeedsService,
    private readonly rates: ExchangeRatesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    this.changes = new ChangePipeline(audit, outbox);
  }

  /** Steps, audits and announces (core/workflow/change.ts). */
  private readonly changes: ChangePipeline;

  /**
   * A proposal's ledger as the viewer may read it (as `Proposal.contributions`): all of it for its
   * parties and UNODA, commitments and later for others; NOT_FOUND when the proposal is not theirs to see.
   */
  async visibleLedger(proposalId: string, viewer: AuthUser | undefined): Promise<{ proposal: Proposal; contributions: Contribution[] }> {
    const proposal = await this.proposals.getVisible(proposalId, viewer);
    const [parties, contributions] = await Promise.all([
      this.proposals.partiesByProposal.batchLoad([proposal.id]),
      this.contributionsByProposal.batchLoad([proposal.id]),
    ]);
    return { proposal, contributions: visibleContributions(isParty(proposalAccess(viewer), parties[0] ?? []), contributions[0] ?? []) };
  }

  /** The funding of a proposal from its contributions and agreed budget, with USD equivalents. */
  async fundingWithUsd(proposal: Proposal, revisions: readonly ProposalRevision[], contributions: readonly Contribution[]): Promise<FundingWithUsd> {
    const funding = fundingOf(this.proposals.currentRevision(revisions)?.tranches ?? [], contributions);
    const today = todayUtc();
    const usd = (amount: string) => this.rates.toUsd(amount, proposal.currency, today);
    const [targetUsd, committedUsd, disbursedUsd, gapUsd] = await Promise.all([
      usd(funding.target),
      usd(funding.committed),
      usd(funding.disbursed),
      usd(funding.gap),
    ]);
    return { ...funding, currency: proposal.currency, targetUsd, committedUsd, disbursedUsd, gapUsd };
  }

  /**
   * A donor records a contribution (an intent, a pledge or a commitment) for its organisation;
   * UNODA may record a donor's intent (said at a meeting). The donor becomes a party.
   */
  record(input: RecordContributionInput, actor: AuthUser, meetingId: string | null = null): Promise<Contribution> {
    const { fields, problems } = readContributionFields(input);
    if (!fields) throw new BadUserInputError(problems);
    const donor = contributionDonor(fields.organisationId, actor);
    if (!donor.ok) throw new BadUserInputError(problemAt('input.organisationId', donor));
    const organisationId = donor.value;
    const refusal = recordContributionRefusal(actor, organisationId, fields.status);
    if (refusal) throw new ForbiddenError(refusal);
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lockForChange(manager, input.proposalId, actor);
      const currency = contributionCurrencyProblem(input.currency, proposal.currency);
      if (currency) throw new BadUserInputError(currency);
      return this.recordIn(manager, proposal, { ...fields, organisationId, meetingId }, actor);
    });
  }

  /** A step of a contribution: pledge, commit, disburse, cancel (see CONTRIBUTION_LIFE_CYCLE). */
  transition(action: ContributionAction, input: ContributionTransitionInput, actor: AuthUser): Promise<Contribution> {
    if (action === ContributionAction.REPORT) throw new BadUserInputError(problemAt('action', reason('contribution.reportThroughOutcome')));
    return this.dataSource.transaction(async (manager) => {
      const { proposal, contribution } = await this.lockContribution(manager, input.contributionId, actor);
      const from = contribution.status;
      const { to, why } = this.changes.decide(CONTRIBUTION_LIFE_CYCLE, contribution, {
        action,
        actor: contributionActor(actor, contribution),
        reason: input.reason,
        expectedVersion: input.expectedVersion,
        check: () => {
          const allowed = action === ContributionAction.DISBURSE ? DISBURSING : action === ContributionAction.CANCEL ? CANCELLING_COMMITMENTS : OPEN_LEDGER;
          const matters = action !== ContributionAction.CANCEL || from === C.COMMITTED;
          if (matters && !allowed.includes(proposal.status)) {
            throw new ConflictError(reason('contribution.proposalStatusForbids', { action, status: proposal.status }, { action: action.toLowerCase() }));
          }
        },
        readReason: readStepReason,
      });
      if (action === ContributionAction.COMMIT) await this.assertFits(manager, proposal, contribution.amount, contribution.trancheNumber, true);
      if (action === ContributionAction.COMMIT && contribution.offerId) {
        await this.offers.reduceRemaining(manager, contribution.offerId, contribution.amount, `Committed to proposal ${proposal.reference}`);
      }
      if (action === ContributionAction.CANCEL && from === C.COMMITTED && contribution.offerId) {
        await this.offers.restoreRemaining(manager, contribution.offerId, contribution.amount, `Commitment to proposal ${proposal.reference} cancelled`);
      }
      return this.setStatus(manager, proposal, contribution, action, to, actor.id, why);
    });
  }

  /**
   * A donor moves an open intent or pledge from one proposal (typically expired) to another in
   * the same currency: the old one is cancelled, the same promise recorded on the new proposal.
   */
  redirect(input: RedirectContributionInput, actor: AuthUser): Promise<Contribution> {
    return this.dataSource.transaction(async (manager) => {
      // Both proposals are locked, in id order: two donors redirecting in opposite directions must not deadlock.
      const from = isUuid(input.contributionId) ? await manager.findOneBy(Contribution, { id: input.contributionId }) : null;
      if (from && isUuid(input.toProposalId)) {
        await manager.query('SELECT id FROM proposal WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [[from.proposalId, input.toProposalId]]);
      }
      const { proposal, contribution } = await this.lockContribution(manager, input.contributionId, actor);
      const refusal = redirectContributionRefusal(actor, contribution);
      if (refusal) throw new ForbiddenError(refusal);
      if (!PROMISED_STATUSES.includes(contribution.status)) {
        throw new ConflictError(reason('contribution.notRedirectable', { status: contribution.status }));
      }
      if (input.toProposalId === proposal.id) throw new BadUserInputError(problemAt('input.toProposalId', reason('contribution.sameProposal')));
      const target = await this.proposals.lockForChange(manager, input.toProposalId, actor);
      if (target.currency !== proposal.currency) {
        throw new BadUserInputError(
          problemAt('input.toProposalId', reason('contribution.targetCurrency', { targetCurrency: target.currency, currency: proposal.currency })),
        );
      }
      const note = `Redirected to proposal ${target.reference}`;
      const promised = contribution.status;
      await this.setStatus(manager, proposal, contribution, ContributionAction.CANCEL, C.CANCELLED, actor.id, note);
      const moved = await this.recordIn(
        manager,
        target,
        {
          organisationId: contribution.organisationId,
          status: promised,
          amount: contribution.amount,
          kind: contribution.kind,
          description: contribution.description,
          trancheNumber: null,
          offerId: contribution.offerId,
          meetingId: null,
        },
        actor,
      );
      await this.outbox.record(
        manager,
        this.event(FUNDING_EVENTS.redirected, target, moved, actor.id, { fromProposalId: proposal.id, fromContributionId: contribution.id }),
      );
      return moved;
    });
  }

  /**
   * A requesting State or a donor that funded the proposal reports on its outcome (a newer report
   * replaces its own while the proposal is in implementation). A donor's disbursed contributions
   * become reported.
   */
  async submitReport(input: SubmitOutcomeReportInput, actor: AuthUser): Promise<OutcomeReport> {
    const { fields, problems } = readOutcomeReportFields(input);
    if (!fields) throw new BadUserInputError(problems);
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lockForChange(manager, input.proposalId, actor);
      const reporters = await this.reportingOrganisations(manager, proposal.id);
      const reporter = outcomeReporter(actor, reporters, input.organisationId);
      if (!reporter.ok) throw new ForbiddenError(reporter);
      const organisationId = reporter.value;
      if (proposal.status !== S.IN_IMPLEMENTATION) {
        throw new ConflictError(reason('outcome.notInImplementation', { status: proposal.status }));
      }
      const existing = await manager.findOneBy(OutcomeReport, { proposalId: proposal.id, organisationId });
      const report = await manager.save(
        Object.assign(existing ?? manager.create(OutcomeReport, { proposalId: proposal.id, organisationId }), {
          summary: fields.summary,
          documentUrl: fields.documentUrl,
          submittedByUserId: actor.id,
          ...(existing ? { submittedAt: new Date() } : {}),
        }),
      );
      const disbursed = await manager.find(Contribution, {
        where: { proposalId: proposal.id, organisationId, status: C.DISBURSED },
        lock: { mode: 'pessimistic_write' },
      });
      for (const contribution of disbursed) await this.setStatus(manager, proposal, contribution, ContributionAction.REPORT, C.REPORTED, actor.id, null);
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'proposal.outcome_reported',
        entityType: 'proposal',
        entityId: proposal.id,
        data: { organisationId, reportId: report.id, replaced: !!existing },
      });
      await this.outbox.record(manager, this.proposals.event(FUNDING_EVENTS.outcomeReported, proposal, actor, { organisationId, reportId: report.id }));
      return report;
    });
  }

  /** UNODA completes an implemented proposal once every required outcome report is in. */
  complete(input: ProposalTransitionInput, actor: AuthUser): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lockForChange(manager, input.proposalId, actor);
      if (proposal.status === S.IN_IMPLEMENTATION) {
        const [missing] = await this.missingReports([proposal.id], manager);
        if (missing.length) {
          throw new ConflictError(reason('outcome.stillDue', { organisations: missing.map((o) => o.name) }));
        }
      }
      return this.proposals.move(manager, proposal, ProposalAction.COMPLETE, actor, input.reason, input.expectedVersion);
    });
  }

  /** UNODA takes a proposal off hold: back on the market, then where its ledger puts it. */
  resume(input: ProposalTransitionInput, actor: AuthUser): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lockForChange(manager, input.proposalId, actor);
      const resumed = await this.proposals.move(manager, proposal, ProposalAction.RESUME, actor, input.reason, input.expectedVersion);
      return this.sync(manager, resumed);
    });
  }

  /** The parties whose outcome reports are due and not in, by proposal, in name order. */
  async missingReports(proposalIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Organisation[][]> {
    const rows: { proposalId: string; organisationId: string }[] = await manager.query(
      `SELECT p.id AS "proposalId", r.organisation_id AS "organisationId"
         FROM unnest($1::uuid[]) AS p(id) CROSS JOIN LATERAL (${outcomeReportersSql('p.id')}) r
         JOIN organisation o ON o.id = r.organisation_id
        WHERE NOT EXISTS (SELECT 1 FROM outcome_report x WHERE x.proposal_id = p.id AND x.organisation_id = r.organisation_id)
        ORDER BY o.name`,
      [proposalIds],
    );
    const organisations = rows.length ? await manager.findBy(Organisation, { id: In([...new Set(rows.map((r) => r.organisationId))]) }) : [];
    return groupToKeys(proposalIds, rows, (r) => r.proposalId).map((due) => due.map((r) => organisations.find((o) => o.id === r.organisationId)!));
  }

  /** Who reports on the outcome of a proposal (see outcomeReportersSql). */
  async reportingOrganisations(manager: EntityManager, proposalId: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await manager.query(`SELECT organisation_id FROM (${outcomeReportersSql('$1::uuid')}) r`, [proposalId]);
    return rows.map((r) => r.organisation_id);
  }

  /**
   * Puts the proposal where its ledger says (funded, partially funded, open) and each of its needs
   * where the tranches that carry it say. Called in the transaction of whatever changed the
   * commitments or the budget, under the proposal's lock.
   */
  async sync(manager: EntityManager, proposal: Proposal): Promise<Proposal> {
    const { tranches, funding } = await this.ledgerIn(manager, proposal);
    const step = fundingStep(proposal.status, funding);
    const moved = step ? await this.proposals.move(manager, proposal, step, 'SYSTEM') : proposal;
    if (FUNDING_STATUSES.includes(moved.status)) await this.syncNeeds(manager, moved, tranches, funding);
    return moved;
  }

  /**
   * Who must accept a revision: the requesting States, UNODA, and every donor with money
   * committed (it changes what they fund).
   */
  async requiredOrganisations(proposalId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const parties = await manager.findBy(ProposalParty, { proposalId, kind: In([ProposalPartyKind.STATE, ProposalPartyKind.UNODA]) });
    const committed = await manager.findBy(Contribution, { proposalId, status: In([...FUNDED_STATUSES]) });
    return [...new Set([...parties.map((p) => p.organisationId), ...committed.map((c) => c.organisationId)])];
  }

  /** Why a revision's budget cannot be agreed given what is committed now, or null (see revisionBlock). */
  async revisionBlocker(manager: EntityManager, proposal: Proposal, tranches: readonly Tranche[]): Promise<RevisionBlock | null> {
    return revisionBlock(tranches, await manager.findBy(Contribution, { proposalId: proposal.id }), proposal.allowOverFunding);
  }

  /**
   * Agrees an open revision once every required party has accepted it: the previous agreed one is
   * superseded, the target follows the new total, and the ledger moves the status. Refused (CONFLICT)
   * when the budget would fall below what is committed, whatever order the acceptances and the
   * commitments came in.
   */
  async agreeIfAccepted(manager: EntityManager, proposal: Proposal, revision: ProposalRevision, actor: ProposalActor): Promise<boolean> {
    const accepted = (await manager.findBy(RevisionAcceptance, { revisionId: revision.id })).map((a) => a.organisationId);
    const required = await this.requiredOrganisations(proposal.id, manager);
    if (!required.every((o) => accepted.includes(o))) return false;
    const blocker = await this.revisionBlocker(manager, proposal, revision.tranches);
    if (blocker) throw new ConflictError(revisionBlockRefusal('agreed', blocker, proposal.currency, revision.number));
    await manager.update(ProposalRevision, { proposalId: proposal.id, status: RevisionStatus.AGREED }, { status: RevisionStatus.SUPERSEDED });
    revision.status = RevisionStatus.AGREED;
    revision.agreedAt = new Date();
    await manager.save(revision);
    proposal.targetAmount = revision.total;
    await manager.save(proposal);
    const actorUserId = actor === 'SYSTEM' ? null : actor.id;
    await this.audit.record(manager, {
      actorUserId,
      action: 'proposal.revision_agreed',
      entityType: 'proposal',
      entityId: proposal.id,
      data: { revision: revision.number, total: revision.total },
    });
    await this.outbox.record(manager, this.proposals.event(REVISION_EVENTS.agreed, proposal, actor, { revision: revision.number }));
    // A new budget may fund the proposal, or leave a tranche short.
    await this.sync(manager, proposal);
    return true;
  }

  /** The open intents and pledges of a proposal, by donor organisation (for expiry). */
  async openPledges(manager: EntityManager, proposalId: string): Promise<Map<string, Contribution[]>> {
    const open = await manager.findBy(Contribution, { proposalId, status: In([...PROMISED_STATUSES]) });
    const byDonor = new Map<string, Contribution[]>();
    for (const c of open) byDonor.set(c.organisationId, [...(byDonor.get(c.organisationId) ?? []), c]);
    return byDonor;
  }

  private async recordIn(manager: EntityManager, proposal: Proposal, fields: NewContribution, actor: AuthUser): Promise<Contribution> {
    if (!OPEN_LEDGER.includes(proposal.status)) {
      throw new ConflictError(reason('contribution.notOnMarket', { status: proposal.status }));
    }
    const organisation = await manager.findOneBy(Organisation, { id: fields.organisationId });
    if (!organisation) throw new NotFoundError(reason('organisation.notFound', { id: fields.organisationId }));
    if (!roleAllowedIn(Role.DONOR, organisation.type)) {
      throw new BadUserInputError(problemAt('input.organisationId', reason('organisation.notDonor', { organisationType: organisation.type })));
    }
    if (fields.trancheNumber !== null) {
      const revisions = await manager.find(ProposalRevision, { where: { proposalId: proposal.id }, order: { number: 'ASC' } });
      const tranches = this.proposals.currentRevision(revisions)?.tranches ?? [];
      if (!tranches.some((t) => t.number === fields.trancheNumber)) {
        throw new BadUserInputError(problemAt('input.trancheNumber', reason('contribution.trancheOutOfRange', { count: tranches.length })));
      }
    }
    // The offer is locked before the contribution row (whose key refers to it) is written: see the class comment.
    if (fields.offerId)
      await this.assertOffer(manager, fields.offerId, fields.organisationId, proposal.currency, fields.status === C.COMMITTED ? fields.amount : null);
    if (fields.status === C.COMMITTED) await this.assertFits(manager, proposal, fields.amount, fields.trancheNumber);
    // A donor that contributes becomes a party (and reads the deal room).
    await this.proposals.joinAsDonor(manager, proposal, organisation.id, actor);
    const contribution = await manager.save(manager.create(Contribution, { ...fields, proposalId: proposal.id, recordedByUserId: actor.id }));
    if (fields.status === C.COMMITTED && fields.offerId) {
      await this.offers.reduceRemaining(manager, fields.offerId, fields.amount, `Committed to proposal ${proposal.reference}`);
    }
    await this.audit.record(manager, {
      actorUserId: actor.id,
      action: 'contribution.recorded',
      entityType: 'contribution',
      entityId: contribution.id,
      toState: contribution.status,
      data: {
        proposalId: proposal.id,
        organisationId: fields.organisationId,
        amount: fields.amount,
        currency: proposal.currency,
        trancheNumber: fields.trancheNumber,
      },
    });
    await this.outbox.record(manager, this.event(FUNDING_EVENTS.recorded, proposal, contribution, actor.id, {}));
    if (fields.status === C.COMMITTED) await this.sync(manager, proposal);
    return Object.assign(contribution, { proposal });
  }

  private async setStatus(
    manager: EntityManager,
    proposal: Proposal,
    contribution: Contribution,
    action: ContributionAction,
    to: C,
    actorUserId: string,
    reason: string | null,
  ): Promise<Contribution> {
    const from = contribution.status;
    const { saved } = await this.changes.write(
      manager,
      CONTRIBUTION_LIFE_CYCLE,
      contribution,
      { from, to, why: reason, at: new Date() },
      {
        actorUserId,
        change: (c) => {
          if (action === ContributionAction.CANCEL) c.cancelReason = reason;
        },
        audit: () => ({ data: { proposalId: proposal.id, amount: contribution.amount, currency: proposal.currency } }),
        event: (c) => this.event(FUNDING_EVENTS.transition(action), proposal, c, actorUserId, { from, to, ...(reason ? { reason } : {}) }),
      },
    );
    if (FUNDED_STATUSES.includes(from) !== FUNDED_STATUSES.includes(to)) {
      await this.sync(manager, proposal);
      // A donor whose commitment is cancelled no longer has to accept the open revision: it may now be agreed.
      if (!FUNDED_STATUSES.includes(to)) {
        const open = await manager.findOneBy(ProposalRevision, { proposalId: proposal.id, status: RevisionStatus.OPEN });
        if (open) await this.agreeIfAccepted(manager, proposal, open, 'SYSTEM');
      }
    }
    return Object.assign(saved, { proposal });
  }

  /**
   * Refuses a commitment past the gap (of the whole, or of its tranche), with CONFLICT; and one to
   * a tranche that a revision has since removed (`existing`: a pledge being committed).
   */
  private async assertFits(manager: EntityManager, proposal: Proposal, amount: string, trancheNumber: number | null, existing = false): Promise<void> {
    const { funding } = await this.ledgerIn(manager, proposal);
    if (existing && trancheNumber !== null && !funding.tranches.some((t) => t.number === trancheNumber)) {
      throw new ConflictError(reason('funding.trancheGone', { tranche: trancheNumber, count: funding.tranches.length }));
    }
    const refusal = overCommitment(funding, amount, proposal.currency, trancheNumber, proposal.allowOverFunding);
    if (refusal) throw new ConflictError(refusal);
  }

  /** The agreed budget's tranches and the funding of the proposal, read in the caller's transaction. */
  private async ledgerIn(manager: EntityManager, proposal: Proposal): Promise<{ tranches: Tranche[]; funding: Funding }> {
    const revisions = await manager.find(ProposalRevision, { where: { proposalId: proposal.id }, order: { number: 'ASC' } });
    const contributions = await manager.findBy(Contribution, { proposalId: proposal.id });
    const tranches = this.proposals.currentRevision(revisions)?.tranches ?? [];
    return { tranches, funding: fundingOf(tranches, contributions) };
  }

  /** Moves each need of the proposal to where the tranches that carry it say (only those that change). */
  private async syncNeeds(manager: EntityManager, proposal: Proposal, tranches: readonly Tranche[], funding: Funding): Promise<void> {
    const needIds = (await manager.findBy(ProposalNeed, { proposalId: proposal.id })).map((n) => n.needId);
    if (!needIds.length) return;
    const current = new Map((await manager.find(Need, { select: { id: true, status: true }, where: { id: In(needIds) } })).map((n) => [n.id, n.status]));
    const byStep = new Map<NeedFunding, string[]>();
    for (const [needId, standing] of needFunding(tranches, funding, needIds)) {
      if (current.get(needId) === NEED_STEP[standing].to) continue;
      byStep.set(standing, [...(byStep.get(standing) ?? []), needId]);
    }
    for (const [standing, ids] of byStep) await this.needs.moveWithProposal(manager, ids, NEED_STEP[standing].action, proposal, null);
  }

  /**
   * The offer a contribution draws on: the donor's own, published, in the proposal's currency.
   * Locked (FOR NO KEY UPDATE: the contribution's key may still refer to it) when `committing`, with
   * the amount checked against what it has left.
   */
  private async assertOffer(manager: EntityManager, offerId: string, organisationId: string, currency: string, committing: string | null): Promise<Offer> {
    const offer = await manager.findOne(Offer, { where: { id: offerId }, ...(committing ? { lock: { mode: 'for_no_key_update' as const } } : {}) });
    if (!offer || offer.organisationId !== organisationId) {
      throw new BadUserInputError(problemAt('input.offerId', reason('contribution.offerNotOwn')));
    }
    if (offer.budgetCurrency !== currency) {
      throw new BadUserInputError(problemAt('input.offerId', reason('contribution.offerCurrency', { offerCurrency: offer.budgetCurrency, currency })));
    }
    if (offer.status !== OfferStatus.PUBLISHED) {
      throw new ConflictError(
        reason('contribution.offerNotPublished', { status: offer.status, remaining: offer.budgetRemaining, currency: offer.budgetCurrency }),
      );
    }
    if (committing && compareDecimals(committing, offer.budgetRemaining) > 0) {
      throw new ConflictError(reason('offer.notEnoughLeft', { remaining: offer.budgetRemaining, currency: offer.budgetCurrency, amount: committing }));
    }
    return offer;
  }

  /** Loads a contribution for a change under its proposal's lock (proposal first, then the row). */
  private async lockContribution(manager: EntityManager, id: string, actor: AuthUser) {
    const found = isUuid(id) ? await manager.findOneBy(Contribution, { id }) : null;
    if (!found) throw new NotFoundError(reason('contribution.notFound', { id }));
    const proposal = await this.proposals.lockForChange(manager, found.proposalId, actor).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError(reason('contribution.notFound', { id })) : error;
    });
    const contribution = await manager.findOneOrFail(Contribution, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const refusal = changeContributionRefusal(actor, contribution);
    if (refusal) throw new ForbiddenError(refusal);
    return { proposal, contribution };
  }

  /** The outbox event of a contribution: its proposal, donor, status and money, and what the type adds. */
  private event<T extends ContributionEventType>(
    type: T,
    proposal: Proposal,
    contribution: Contribution,
    actorUserId: string | null,
    extra: Omit<FundingEventPayloads[T], keyof ContributionEventBase>,
  ): TypedEvent<FundingEventPayloads, T> {
    const payload = {
      proposalId: proposal.id,
      reference: proposal.reference,
      organisationId: contribution.organisationId,
      status: contribution.status,
      amount: contribution.amount,
      currency: proposal.currency,
      ...extra,
    } as FundingEventPayloads[T];
    return { type, aggregateType: 'contribution', aggregateId: contribution.id, actorUserId, payload } as TypedEvent<FundingEventPayloads, T>;
  }
}

/** The funding's event types whose payload is a contribution's. */
type ContributionEventType = {
  [T in keyof FundingEventPayloads]: FundingEventPayloads[T] extends ContributionEventBase ? T : never;
}[keyof FundingEventPayloads];
