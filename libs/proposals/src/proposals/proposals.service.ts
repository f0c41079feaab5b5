import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import {
  alignToKeys,
  assertVersion,
  AuditService,
  BadUserInputError,
  ChangePipeline,
  ConflictError,
  ForbiddenError,
  groupToKeys,
  isUuid,
  NotFoundError,
  OrganisationType,
  OutboxService,
  problemAt,
  reason,
  Role,
  roleAllowedIn,
  todayUtc,
  withMessage,
  type AuthUser,
  type LoaderSource,
  type TypedEvent,
} from '#libs/core';
import { Organisation } from '#libs/identity';
import { Match } from '#libs/matching';
import { Need, NeedAction, NeedsService, NeedStatus } from '#libs/needs';
import { ReferenceDataService } from '#libs/reference-data';
import type {
  AddProposalDocumentInput,
  CompileProposalInput,
  ProposalTransitionInput,
  SetProposalDocumentPublicInput,
  UpdateProposalDraftInput,
} from './dto/proposal.inputs.js';
import { ProposalDocument } from '../entities/proposal-document.entity.js';
import { ProposalMatch } from '../entities/proposal-match.entity.js';
import { ProposalNeed } from '../entities/proposal-need.entity.js';
import { ProposalParty } from '../entities/proposal-party.entity.js';
import { ProposalRevision, RevisionStatus } from '../entities/proposal-revision.entity.js';
import { Proposal } from '../entities/proposal.entity.js';
import { actingOrganisation, addDonorRefusal, canViewProposal, isParty, proposalAccess, proposalActor, type PartyRef } from './proposal-access.js';
import {
  readDocumentFields,
  readProposalContent,
  readProposalNeedIds,
  readStatusReason,
  trancheNeedProblems,
  type ProposalContent,
} from './proposal-fields.js';
import { ProposalPartyKind, ProposalStatus as S } from './proposal.enums.js';
import { DRAFT_STATUSES, PROPOSAL_LIFE_CYCLE, ProposalAction } from './proposal.state-machine.js';
import { PROPOSAL_EVENTS, type ProposalEventBase, type ProposalEventPayloads } from './proposal-events.js';
import type { DealRoomEventPayloads } from '../deal-room/deal-room-events.js';
import type { FundingEventPayloads } from '../funding/funding-events.js';

/** The UN regional centre of each M49 region with one (Europe has none). */
const CENTRE_OF_REGION: Record<string, string> = { '002': 'UNREC', '019': 'UNLIREC', '142': 'UNRCPD', '009': 'UNRCPD' };

export type ProposalActor = AuthUser | 'SYSTEM';

/** The reason given for a step of a proposal or a contribution, as the change pipeline reads it: trimmed, within its limit (else BAD_USER_INPUT). */
export function readStepReason(given: string | null | undefined): string | null {
  const read = readStatusReason(given);
  if (!read.ok) throw new BadUserInputError(problemAt('input.reason', read));
  return read.value;
}

/** The events whose aggregate is a proposal, from the proposals', the deal room's and the funding's maps. */
type ProposalAggregatePayloads = ProposalEventPayloads & DealRoomEventPayloads & FundingEventPayloads;
/** The event types whose payload starts with the proposal's reference and status: those ProposalsService.event builds. */
export type ProposalEventType = {
  [T in keyof ProposalAggregatePayloads]: ProposalAggregatePayloads[T] extends ProposalEventBase ? T : never;
}[keyof ProposalAggregatePayloads];

/** A match that led to a proposal, with its two sides (the need's State, the offer's organisation). */
export interface ProposalMatchRef {
  matchId: string;
  stateIso3: string;
  organisationId: string;
}

/**
 * Proposals: compiled by UNODA from needs, endorsed by the requesting States, reviewed by the
 * regional centre when asked, then on the market. Each transaction here owns its invariant:
 * a need is in at most one live proposal (it moves to IN_PROPOSAL with it), the budget is the
 * current revision's, and every transition is audited and announced.
 */
@Injectable()
export class ProposalsService {
  readonly partiesByProposal: LoaderSource<string, ProposalParty[]> = {
    batchLoad: async (ids) =>
      groupToKeys(ids, await this.parties.find({ where: { proposalId: In([...ids]) }, order: { addedAt: 'ASC' } }), (p) => p.proposalId),
  };

  readonly needIdsByProposal: LoaderSource<string, string[]> = {
    batchLoad: async (ids) =>
      groupToKeys(ids, await this.proposalNeeds.find({ where: { proposalId: In([...ids]) } }), (p) => p.proposalId).map((rows) => rows.map((r) => r.needId)),
  };

  readonly revisionsByProposal: LoaderSource<string, ProposalRevision[]> = {
    batchLoad: async (ids) =>
      groupToKeys(ids, await this.revisions.find({ where: { proposalId: In([...ids]) }, order: { number: 'ASC' } }), (r) => r.proposalId),
  };

  readonly documentsByProposal: LoaderSource<string, ProposalDocument[]> = {
    batchLoad: async (ids) =>
      groupToKeys(ids, await this.documents.find({ where: { proposalId: In([...ids]) }, order: { name: 'ASC', version: 'DESC' } }), (d) => d.proposalId),
  };

  /** The matches that led to each proposal, with the two sides that the matches' access rule reads. */
  readonly matchesByProposal: LoaderSource<string, ProposalMatchRef[]> = {
    batchLoad: async (ids) =>
      groupToKeys(
        ids,
        await this.dataSource.query<(ProposalMatchRef & { proposalId: string })[]>(
          `SELECT pm.proposal_id AS "proposalId", pm.match_id AS "matchId", n.state_iso3 AS "stateIso3", o.organisation_id AS "organisationId"
             FROM proposal_match pm JOIN match m ON m.id = pm.match_id JOIN need n ON n.id = m.need_id JOIN offer o ON o.id = m.offer_id
            WHERE pm.proposal_id = ANY($1::uuid[]) ORDER BY pm.match_id`,
          [[...ids]],
        ),
        (m) => m.proposalId,
      ),
  };

  readonly proposalsById: LoaderSource<string, Proposal> = {
    batchLoad: async (ids) => alignToKeys(ids, await this.proposals.findBy({ id: In([...ids]) }), (p) => p.id),
  };

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    @InjectRepository(ProposalParty) private readonly parties: Repository<ProposalParty>,
    @InjectRepository(ProposalNeed) private readonly proposalNeeds: Repository<ProposalNeed>,
    @InjectRepository(ProposalRevision) private readonly revisions: Repository<ProposalRevision>,
    @InjectRepository(ProposalDocument) private readonly documents: Repository<ProposalDocument>,
    private readonly needsService: NeedsService,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    this.changes = new ChangePipeline(audit, outbox);
  }

  /** Locks, steps, audits and announces (core/workflow/change.ts). */
  private readonly changes: ChangePipeline;

  /**
   * A proposal the viewer may see; NOT_FOUND otherwise. A resolver passes its request's loader of
   * parties, so the page's `parties` and party-only fields read them once with this check.
   */
  async getVisible(
    id: string,
    viewer: AuthUser | undefined,
    parties: (proposalId: string) => Promise<readonly PartyRef[] | null> = (proposalId) => this.partyRefs(this.dataSource.manager, proposalId),
  ): Promise<Proposal> {
    const proposal = isUuid(id) ? await this.proposals.findOneBy({ id }) : null;
    if (!proposal || !canViewProposal(proposalAccess(viewer), proposal.status, (await parties(proposal.id)) ?? [])) {
      throw new NotFoundError(reason('proposal.notFound', { id }));
    }
    return proposal;
  }

  /** The revision that holds: the agreed one, else the draft. */
  currentRevision(revisions: readonly ProposalRevision[]): ProposalRevision | undefined {
    return [...revisions].reverse().find((r) => r.status === RevisionStatus.AGREED) ?? revisions.find((r) => r.status === RevisionStatus.DRAFT);
  }

  /**
   * UNODA compiles a proposal from published needs: the draft revision, the parties (the needs'
   * States, UNODA, the regional centre of their region, the donors named), the matches that led to
   * it. The needs move to IN_PROPOSAL in the same transaction.
   */
  async compile(input: CompileProposalInput, actor: AuthUser): Promise<Proposal> {
    const content = await this.readContent(input);
    const read = readProposalNeedIds(input.needIds);
    if (!read.ok) throw new BadUserInputError(problemAt('input.needIds', read));
    const needIds = read.value;
    const stray = trancheNeedProblems(content.tranches, needIds);
    if (stray.length) throw new BadUserInputError(stray);
    return this.dataSource.transaction(async (manager) => {
      const needs = await this.lockNeedsToInclude(manager, needIds);
      const [{ n }]: [{ n: string }] = await manager.query(`SELECT nextval('proposal_reference_seq')::text AS n`);
      const states = [...new Set(needs.map((n) => n.stateIso3))].sort();
      const proposal = await manager.save(
        manager.create(Proposal, {
          reference: `GIS-${todayUtc().slice(0, 4)}-${n.padStart(4, '0')}`,
          title: content.title,
          summary: content.summary,
          implementingAgency: content.implementingAgency,
          currency: content.currency,
          targetAmount: content.total,
          status: S.DRAFT,
          technicalReview: content.technicalReview,
          reviewDeadline: content.reviewDeadline,
          fundingDeadline: content.fundingDeadline,
          allowOverFunding: content.allowOverFunding,
          regionalCentreCode: await this.chosenCentre(manager, input.regionalCentreCode, states),
          createdByUserId: actor.id,
        }),
      );
      await manager.insert(
        ProposalNeed,
        needIds.map((needId) => ({ proposalId: proposal.id, needId })),
      );
      await this.addFirstParties(manager, proposal, states, input.donorOrganisationIds ?? []);
      if (content.technicalReview) await this.assertCentreParty(manager, proposal);
      await this.linkMatches(manager, proposal.id, needIds, input.matchIds ?? []);
      await manager.save(
        manager.create(ProposalRevision, {
          proposalId: proposal.id,
          number: 1,
          status: RevisionStatus.DRAFT,
          scope: content.scope,
          tranches: content.tranches,
          total: content.total,
          proposedByUserId: actor.id,
          proposedByOrganisationId: await this.unodaOrganisationId(manager),
        }),
      );
      await this.needsService.moveWithProposal(manager, needIds, NeedAction.INCLUDE_IN_PROPOSAL, proposal, actor.id);
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'proposal.created',
        entityType: 'proposal',
        entityId: proposal.id,
        toState: S.DRAFT,
        data: { reference: proposal.reference, needIds, target: content.total, currency: content.currency },
      });
      await this.outbox.record(manager, this.event(PROPOSAL_EVENTS.created, proposal, actor, {}));
      return proposal;
    });
  }

  /**
   * UNODA edits a draft (or returned) proposal: its content, first budget and needs (needs added
   * move into the proposal, needs removed go back to the market).
   */
  async updateDraft(input: UpdateProposalDraftInput, actor: AuthUser): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockForChange(manager, input.proposalId, actor);
      if (!DRAFT_STATUSES.includes(proposal.status)) {
        throw new ConflictError(reason('proposal.notEditable', { status: proposal.status }));
      }
      assertVersion('proposal', proposal, input.expectedVersion);
      const draft = await manager.findOneByOrFail(ProposalRevision, { proposalId: proposal.id, number: 1 });
      const content = await this.readContent(input, this.contentOf(proposal, draft));
      const carried = input.needIds ? [...new Set(input.needIds)] : (await manager.findBy(ProposalNeed, { proposalId: proposal.id })).map((p) => p.needId);
      const stray = trancheNeedProblems(content.tranches, carried);
      if (stray.length && input.tranches) throw new BadUserInputError(stray);
      if (stray.length) throw new BadUserInputError(problemAt('input.needIds', reason('proposal.needIdsLeaveOutTranches')));
      if (input.needIds) {
        const read = readProposalNeedIds(input.needIds);
        if (!read.ok) throw new BadUserInputError(problemAt('input.needIds', read));
        const wanted = read.value;
        const current = (await manager.findBy(ProposalNeed, { proposalId: proposal.id })).map((p) => p.needId);
        const added = wanted.filter((id) => !current.includes(id));
        const removed = current.filter((id) => !wanted.includes(id));
        await this.lockNeedsToInclude(manager, added);
        if (removed.length) {
          await manager.delete(ProposalNeed, { proposalId: proposal.id, needId: In(removed) });
          await this.needsService.moveWithProposal(manager, removed, NeedAction.RELEASE, proposal, actor.id);
        }
        if (added.length) {
          await manager.insert(
            ProposalNeed,
            added.map((needId) => ({ proposalId: proposal.id, needId })),
          );
          await this.needsService.moveWithProposal(manager, added, NeedAction.INCLUDE_IN_PROPOSAL, proposal, actor.id);
        }
        const states = [...new Set((await manager.findBy(Need, { id: In(wanted) })).map((n) => n.stateIso3))].sort();
        await this.syncStateParties(manager, proposal, states);
        if (input.regionalCentreCode === undefined) proposal.regionalCentreCode = await this.regionalCentreOf(manager, states);
      }
      if (input.regionalCentreCode !== undefined) {
        const states = (await manager.findBy(ProposalParty, { proposalId: proposal.id, kind: ProposalPartyKind.STATE })).map((p) => p.stateIso3!);
        proposal.regionalCentreCode = await this.chosenCentre(manager, input.regionalCentreCode, states);
      }
      await this.syncCentreParty(manager, proposal);
      Object.assign(proposal, {
        title: content.title,
        summary: content.summary,
        implementingAgency: content.implementingAgency,
        currency: content.currency,
        targetAmount: content.total,
        technicalReview: content.technicalReview,
        reviewDeadline: content.reviewDeadline,
        fundingDeadline: content.fundingDeadline,
        allowOverFunding: content.allowOverFunding,
      });
      const saved = await manager.save(proposal);
      if (content.technicalReview) await this.assertCentreParty(manager, saved);
      Object.assign(draft, { scope: content.scope, tranches: content.tranches, total: content.total });
      await manager.save(draft);
      await this.audit.record(manager, { actorUserId: actor.id, action: 'proposal.changed', entityType: 'proposal', entityId: saved.id });
      await this.outbox.record(manager, this.event(PROPOSAL_EVENTS.changed, saved, actor, {}));
      return saved;
    });
  }

  /** A person's transition (not endorsement: see endorse). */
  transition(action: ProposalAction, input: ProposalTransitionInput, actor: AuthUser): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockForChange(manager, input.proposalId, actor);
      return this.move(manager, proposal, action, actor, input.reason, input.expectedVersion);
    });
  }

  /**
   * A requesting State's NPC endorses the proposal. With several requesting States, each endorses;
   * the last endorsement moves it on: to the technical review if one is asked for, else to the
   * market. The draft budget becomes the agreed revision when it reaches the market.
   */
  endorse(input: ProposalTransitionInput, actor: AuthUser): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockForChange(manager, input.proposalId, actor);
      const parties = await manager.findBy(ProposalParty, { proposalId: proposal.id, kind: ProposalPartyKind.STATE });
      const action = proposal.technicalReview ? ProposalAction.ENDORSE_FOR_REVIEW : ProposalAction.ENDORSE;
      const access = proposalAccess(actor);
      // Checks the role and the status even when this endorsement does not move the proposal yet.
      PROPOSAL_LIFE_CYCLE.apply(action, proposal.status, proposalActor(access, parties, proposal.regionalCentreCode));
      const mine = parties.filter((p) => p.stateIso3 && access.npcStates.includes(p.stateIso3) && !p.endorsedAt);
      if (!mine.length) throw new ConflictError(reason('proposal.alreadyEndorsed'));
      assertVersion('proposal', proposal, input.expectedVersion);
      for (const party of mine) Object.assign(party, { endorsedAt: new Date(), endorsedByUserId: actor.id });
      await manager.save(mine);
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'proposal.endorsed',
        entityType: 'proposal',
        entityId: proposal.id,
        data: { states: mine.map((p) => p.stateIso3!) },
      });
      await this.outbox.record(manager, this.event(PROPOSAL_EVENTS.endorsed, proposal, actor, { states: mine.map((p) => p.stateIso3!) }));
      if (parties.some((p) => !p.endorsedAt)) return proposal;
      return this.move(manager, proposal, action, actor, null);
    });
  }

  /** Adds a donor to the parties: UNODA for any donor; a donor for its own organisation, once the proposal is on the market. */
  async addDonorParty(proposalId: string, organisationId: string, actor: AuthUser): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockForChange(manager, proposalId, actor);
      const refusal = addDonorRefusal(actor, organisationId, proposal.status);
      if (refusal && 'forbidden' in refusal) throw new ForbiddenError(refusal.forbidden);
      if (refusal) throw new ConflictError(refusal.conflict);
      const organisation = isUuid(organisationId) ? await manager.findOneBy(Organisation, { id: organisationId }) : null;
      if (!organisation) throw new NotFoundError(reason('organisation.notFound', { id: organisationId }));
      if (!roleAllowedIn(Role.DONOR, organisation.type)) {
        throw new BadUserInputError(problemAt('input.organisationId', reason('organisation.notDonor', { organisationType: organisation.type })));
      }
      if (!(await this.joinAsDonor(manager, proposal, organisationId, actor)))
        throw new ConflictError(reason('proposal.alreadyParty', { organisation: organisation.name }));
      return proposal;
    });
  }

  /** Makes a donor organisation a party (audited, announced); false if it already is one. */
  async joinAsDonor(manager: EntityManager, proposal: Proposal, organisationId: string, actor: AuthUser): Promise<boolean> {
    if (await manager.findOneBy(ProposalParty, { proposalId: proposal.id, organisationId })) return false;
    await manager.insert(ProposalParty, { proposalId: proposal.id, organisationId, kind: ProposalPartyKind.DONOR });
    await this.audit.record(manager, {
      actorUserId: actor.id,
      action: 'proposal.party_added',
      entityType: 'proposal',
      entityId: proposal.id,
      data: { organisationId, kind: ProposalPartyKind.DONOR },
    });
    await this.outbox.record(manager, this.event(PROPOSAL_EVENTS.partyAdded, proposal, actor, { organisationId }));
    return true;
  }

  /** A party adds a document, or the next version of one (same name). */
  async addDocument(input: AddProposalDocumentInput, actor: AuthUser): Promise<ProposalDocument> {
    const { fields, problems } = readDocumentFields(input);
    if (!fields) throw new BadUserInputError(problems);
    const { name, url } = fields;
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockForChange(manager, input.proposalId, actor);
      const parties = await this.partyRefs(manager, proposal.id);
      if (!isParty(proposalAccess(actor), parties)) throw new ForbiddenError(reason('proposal.documentsForbidden'));
      const [{ version }]: [{ version: number }] = await manager.query(
        `SELECT coalesce(max(version), 0) + 1 AS version FROM proposal_document WHERE proposal_id = $1 AND lower(name) = lower($2)`,
        [proposal.id, name],
      );
      const document = await manager.save(
        manager.create(ProposalDocument, {
          proposalId: proposal.id,
          name,
          version,
          url,
          mediaType: fields.mediaType,
          note: fields.note,
          addedByUserId: actor.id,
          addedByOrganisationId: actingOrganisation(actor, parties),
          public: input.public ?? false,
        }),
      );
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'proposal.document_added',
        entityType: 'proposal',
        entityId: proposal.id,
        data: { documentId: document.id, name, version, public: document.public },
      });
      await this.outbox.record(manager, this.event(PROPOSAL_EVENTS.documentAdded, proposal, actor, { documentId: document.id, name, version }));
      return document;
    });
  }

  /**
   * A party makes a version of a document public (anyone who may see the proposal reads it) or
   * the parties' again. Audited; a request that changes nothing writes nothing.
   */
  async setDocumentPublic(input: SetProposalDocumentPublicInput, actor: AuthUser): Promise<ProposalDocument> {
    const found = isUuid(input.documentId) ? await this.documents.findOneBy({ id: input.documentId }) : null;
    if (!found) throw new NotFoundError(reason('document.notFound', { id: input.documentId }));
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockForChange(manager, found.proposalId, actor).catch((error: unknown) => {
        throw error instanceof NotFoundError ? new NotFoundError(reason('document.notFound', { id: input.documentId })) : error;
      });
      if (!isParty(proposalAccess(actor), await this.partyRefs(manager, proposal.id))) {
        throw new ForbiddenError(reason('proposal.documentVisibilityForbidden'));
      }
      const document = await manager.findOneByOrFail(ProposalDocument, { id: found.id });
      if (document.public === input.public) return document;
      document.public = input.public;
      const saved = await manager.save(document);
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: input.public ? 'proposal.document_made_public' : 'proposal.document_made_private',
        entityType: 'proposal',
        entityId: proposal.id,
        data: { documentId: document.id, name: document.name, version: document.version },
      });
      await this.outbox.record(manager, this.event(PROPOSAL_EVENTS.changed, proposal, actor, { documentId: document.id, public: document.public }));
      return saved;
    });
  }

  /** The parties of a proposal, as access rules read them. */
  async partyRefs(manager: EntityManager, proposalId: string): Promise<PartyRef[]> {
    return (await manager.findBy(ProposalParty, { proposalId })).map((p) => ({ kind: p.kind, organisationId: p.organisationId, stateIso3: p.stateIso3 }));
  }

  /**
   * Takes a transition (checked by the life cycle against the actor's roles over this proposal,
   * then against `expectedVersion` if given), with its audit entry, event and consequences: the
   * draft budget agreed on reaching the market, endorsements cleared when returned, needs released
   * when it ends unfunded, met when closed.
   */
  async move(
    manager: EntityManager,
    proposal: Proposal,
    action: ProposalAction,
    actor: ProposalActor,
    statusReason?: string | null,
    expectedVersion?: number | null,
  ): Promise<Proposal> {
    const parties = await manager.findBy(ProposalParty, { proposalId: proposal.id });
    const actorId = actor === 'SYSTEM' ? null : actor.id;
    const { saved } = await this.changes.transition(manager, PROPOSAL_LIFE_CYCLE, proposal, {
      action,
      actor: actor === 'SYSTEM' ? { system: true } : proposalActor(proposalAccess(actor), parties, proposal.regionalCentreCode),
      reason: statusReason,
      expectedVersion,
      readReason: readStepReason,
      actorUserId: actorId,
      change: (p, { why }) => {
        if (why || PROPOSAL_LIFE_CYCLE.rules.find((r) => r.action === action)?.requiresReason) p.statusReason = why;
      },
      consequences: (p, { from, to }) => this.stepConsequences(manager, p, from, to, actorId),
      event: (p, { from, to, why }) => this.event(PROPOSAL_EVENTS.transition(action), p, actor, { from, to, ...(why ? { reason: why } : {}) }),
    });
    return saved;
  }

  /** The outbox event of a proposal change: its reference and status, and what the type adds. */
  event<T extends ProposalEventType>(
    type: T,
    proposal: Proposal,
    actor: ProposalActor,
    extra: Omit<ProposalAggregatePayloads[T], keyof ProposalEventBase>,
  ): TypedEvent<ProposalAggregatePayloads, T> {
    const payload = { reference: proposal.reference, status: proposal.status, ...extra } as ProposalAggregatePayloads[T];
    return { type, aggregateType: 'proposal', aggregateId: proposal.id, actorUserId: actor === 'SYSTEM' ? null : actor.id, payload } as TypedEvent<
      ProposalAggregatePayloads,
      T
    >;
  }

  /**
   * Loads a proposal for a change, locked until the transaction ends; NOT_FOUND unless the actor
   * may see it. The caller checks the version (assertVersion) after its permission and status checks.
   */
  lockForChange(manager: EntityManager, proposalId: string, actor: AuthUser): Promise<Proposal> {
    return this.changes.lock(manager, Proposal, 'proposal', proposalId, async (proposal) =>
      canViewProposal(proposalAccess(actor), proposal.status, await this.partyRefs(manager, proposal.id)),
    );
  }

  /**
   * What a step brings about, before it is audited and announced: the draft budget agreed on
   * reaching the market, endorsements cleared when returned, needs released when it ends
   * unfunded, met when closed.
   */
  private async stepConsequences(manager: EntityManager, proposal: Proposal, from: S, to: S, actorId: string | null): Promise<void> {
    if (to === S.OPEN_FOR_FUNDING && [S.AWAITING_ENDORSEMENT, S.TECHNICAL_REVIEW].includes(from)) {
      await manager.update(
        ProposalRevision,
        { proposalId: proposal.id, number: 1, status: RevisionStatus.DRAFT },
        { status: RevisionStatus.AGREED, agreedAt: new Date() },
      );
    }
    if (to === S.RETURNED) {
      await manager.update(ProposalParty, { proposalId: proposal.id, kind: ProposalPartyKind.STATE }, { endorsedAt: null, endorsedByUserId: null });
    }
    const needIds = (await manager.findBy(ProposalNeed, { proposalId: proposal.id })).map((n) => n.needId);
    if ([S.WITHDRAWN, S.DECLINED, S.EXPIRED].includes(to)) {
      await this.needsService.moveWithProposal(manager, needIds, NeedAction.RELEASE, proposal, actorId);
    }
    if (to === S.CLOSED) await this.needsService.moveWithProposal(manager, needIds, NeedAction.CLOSE_MET, proposal, actorId);
  }

  private contentOf(proposal: Proposal, draft: ProposalRevision): ProposalContent {
    return {
      title: proposal.title,
      summary: proposal.summary,
      scope: draft.scope,
      implementingAgency: proposal.implementingAgency,
      currency: proposal.currency,
      tranches: draft.tranches,
      total: draft.total,
      technicalReview: proposal.technicalReview,
      reviewDeadline: proposal.reviewDeadline,
      fundingDeadline: proposal.fundingDeadline,
      allowOverFunding: proposal.allowOverFunding,
    };
  }

  private async readContent(input: CompileProposalInput | UpdateProposalDraftInput, current?: ProposalContent): Promise<ProposalContent> {
    const { currencies } = await this.referenceData.codeSets();
    const { content, problems } = readProposalContent(input, { currencies }, todayUtc(), current);
    if (!content) throw new BadUserInputError(problems);
    return content;
  }

  /** Locks needs to put in a proposal; each must be published (not already in a proposal). */
  private async lockNeedsToInclude(manager: EntityManager, needIds: string[]): Promise<Need[]> {
    if (!needIds.length) return [];
    const needs = await manager.find(Need, { where: { id: In(needIds) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const missing = needIds.filter((id) => !needs.some((n) => n.id === id));
    if (missing.length) throw new NotFoundError(reason('need.notFound', { id: missing.join(', ') }));
    const unavailable = needs.filter((n) => n.status !== NeedStatus.PUBLISHED);
    if (unavailable.length) {
      // The reason names the first; the English message lists them all.
      const first = reason('proposal.needNotPublished', { title: unavailable[0].title, status: unavailable[0].status });
      throw new ConflictError(
        withMessage(first, `Only published needs can be put in a proposal: ${unavailable.map((n) => `"${n.title}" is ${n.status}`).join('; ')}.`),
      );
    }
    return needs;
  }

  private async regionalCentreOf(manager: EntityManager, states: string[]): Promise<string | null> {
    const rows: { region: string }[] = await manager.query(`SELECT DISTINCT m49_region_code::text AS region FROM member_state WHERE iso3 = ANY($1)`, [states]);
    const centres = new Set(rows.map((r) => CENTRE_OF_REGION[r.region] ?? null));
    return centres.size === 1 ? [...centres][0] : null;
  }

  private async unodaOrganisationId(manager: EntityManager): Promise<string | null> {
    return (await manager.findOne(Organisation, { where: { type: OrganisationType.UNODA }, order: { createdAt: 'ASC' } }))?.id ?? null;
  }

  /** The requesting States, UNODA, the regional centre (when on the platform) and the donors named. */
  private async addFirstParties(manager: EntityManager, proposal: Proposal, states: string[], donorIds: string[]): Promise<void> {
    await this.syncStateParties(manager, proposal, states);
    const unoda = await this.unodaOrganisationId(manager);
    if (unoda) await manager.insert(ProposalParty, { proposalId: proposal.id, organisationId: unoda, kind: ProposalPartyKind.UNODA });
    await this.syncCentreParty(manager, proposal);
    const donors = [...new Set(donorIds)];
    if (donors.some((id) => !isUuid(id)))
      throw new BadUserInputError(problemAt('input.donorOrganisationIds', reason('field.notIdsOf', { kind: 'organisation' })));
    const found = donors.length ? await manager.findBy(Organisation, { id: In(donors) }) : [];
    const wrong = donors.filter((id) => !found.some((o) => o.id === id && roleAllowedIn(Role.DONOR, o.type)));
    if (wrong.length) throw new BadUserInputError(problemAt('input.donorOrganisationIds', reason('proposal.notDonorOrganisations', { ids: wrong })));
    if (donors.length)
      await manager.insert(
        ProposalParty,
        donors.map((organisationId) => ({ proposalId: proposal.id, organisationId, kind: ProposalPartyKind.DONOR })),
      );
  }

  /**
   * The centre UNODA chose (it must have its organisation here: it reviews and is a party), or
   * (`undefined` or null) the one of the States' region.
   */
  private async chosenCentre(manager: EntityManager, code: string | null | undefined, states: string[]): Promise<string | null> {
    if (code == null) return this.regionalCentreOf(manager, states);
    const centre = code.trim().toUpperCase();
    if (!(await manager.existsBy(Organisation, { type: OrganisationType.UN_REGIONAL_CENTRE, regionalOrganisationCode: centre }))) {
      throw new BadUserInputError(problemAt('input.regionalCentreCode', reason('proposal.unknownRegionalCentre', { centre: code })));
    }
    return centre;
  }

  /** The REGIONAL_CENTRE party follows the proposal's centre (none when it has none, or the centre has no organisation). */
  private async syncCentreParty(manager: EntityManager, proposal: Proposal): Promise<void> {
    const current = await manager.findOneBy(ProposalParty, { proposalId: proposal.id, kind: ProposalPartyKind.REGIONAL_CENTRE });
    const centre = proposal.regionalCentreCode
      ? await manager.findOneBy(Organisation, { type: OrganisationType.UN_REGIONAL_CENTRE, regionalOrganisationCode: proposal.regionalCentreCode })
      : null;
    if (current && current.organisationId === centre?.id) return;
    if (current) await manager.delete(ProposalParty, { id: current.id });
    if (centre) await manager.insert(ProposalParty, { proposalId: proposal.id, organisationId: centre.id, kind: ProposalPartyKind.REGIONAL_CENTRE });
  }

  /** One STATE party per requesting State: each must have its organisation on the platform, to endorse. */
  private async syncStateParties(manager: EntityManager, proposal: Proposal, states: string[]): Promise<void> {
    const organisations = await manager.findBy(Organisation, { type: OrganisationType.MEMBER_STATE, stateIso3: In(states) });
    const without = states.filter((s) => !organisations.some((o) => o.stateIso3 === s));
    if (without.length) {
      throw new ConflictError(reason('proposal.statesWithoutOrganisation', { states: without, count: without.length }));
    }
    const current = await manager.findBy(ProposalParty, { proposalId: proposal.id, kind: ProposalPartyKind.STATE });
    const gone = current.filter((p) => !states.includes(p.stateIso3!));
    if (gone.length) await manager.delete(ProposalParty, { id: In(gone.map((p) => p.id)) });
    const added = organisations.filter((o) => !current.some((p) => p.stateIso3 === o.stateIso3));
    if (added.length) {
      await manager.insert(
        ProposalParty,
        added.map((o) => ({ proposalId: proposal.id, organisationId: o.id, kind: ProposalPartyKind.STATE, stateIso3: o.stateIso3 })),
      );
    }
  }

  private async assertCentreParty(manager: EntityManager, proposal: Proposal): Promise<void> {
    const centre = await manager.findOneBy(ProposalParty, { proposalId: proposal.id, kind: ProposalPartyKind.REGIONAL_CENTRE });
    if (!centre) {
      throw new BadUserInputError(
        problemAt(
          'input.technicalReview',
          proposal.regionalCentreCode
            ? reason('proposal.centreWithoutOrganisation', { centre: proposal.regionalCentreCode })
            : reason('proposal.noRegionalCentre'),
        ),
      );
    }
  }

  /** The matches that led to the proposal: matches of its needs. */
  private async linkMatches(manager: EntityManager, proposalId: string, needIds: string[], matchIds: string[]): Promise<void> {
    const ids = [...new Set(matchIds)];
    if (!ids.length) return;
    const matches = ids.every(isUuid) ? await manager.findBy(Match, { id: In(ids) }) : [];
    const wrong = ids.filter((id) => !matches.some((m) => m.id === id && needIds.includes(m.needId)));
    if (wrong.length) throw new BadUserInputError(problemAt('input.matchIds', reason('proposal.notMatchesOfNeeds', { ids: wrong })));
    await manager.insert(
      ProposalMatch,
      matches.map((m) => ({ proposalId, matchId: m.id, scoreWhenLinked: m.score })),
    );
  }
}
