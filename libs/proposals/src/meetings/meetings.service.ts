import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  ConflictError,
  groupToKeys,
  isUuid,
  NotFoundError,
  OutboxService,
  pickLocalized,
  problemAt,
  reason,
  type AuthUser,
  type LoaderSource,
  type LocalizedText,
  type UnLanguage,
} from '#libs/core';
import type { NeedStatus, NeedVisibility } from '#libs/needs';
import { ContributionStatus } from '../funding/contribution.enums.js';
import type { AgendaItemInput, EndMeetingInput, MeetingIntentInput, MeetingOutcomeInput, ScheduleMeetingInput } from './dto/meeting.inputs.js';
import { AgendaItem } from '../entities/agenda-item.entity.js';
import type { Contribution } from '../entities/contribution.entity.js';
import { GisMeeting } from '../entities/gis-meeting.entity.js';
import { ProposalRevision } from '../entities/proposal-revision.entity.js';
import { Proposal } from '../entities/proposal.entity.js';
import { FundingService } from '../funding/funding.service.js';
import { MeetingStatus, OUTCOME_STEP } from './meeting.enums.js';
import { renderMeetingPackHtml, type MeetingPackItem } from './meeting-pack/meeting-pack.js';
import { visibleContributions, visibleFunding } from '../funding/funding-access.js';
import { canViewProposal, isParty, MARKET_STATUSES, proposalAccess, visibleMatches, visibleNeeds } from '../proposals/proposal-access.js';
import { readAgendaNote, readMeetingEnd, readMeetingFields, readMeetingOutcome } from './meeting-fields.js';
import { ProposalStatus as S } from '../proposals/proposal.enums.js';
import { ProposalAction } from '../proposals/proposal.state-machine.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { MEETING_EVENTS, type MeetingEvent, type MeetingEventBase, type MeetingEventPayloads, type MeetingEventType } from './meeting-events.js';

/** Proposals a meeting may discuss: those on the market, funded or being implemented (GIS members may all read them). */
const AGENDA_STATUSES: readonly S[] = MARKET_STATUSES.filter((s) => s !== S.CLOSED);

export interface MeetingPackFile {
  fileName: string;
  mediaType: string;
  language: UnLanguage;
  content: string;
}

/**
 * GIS meetings: UNODA schedules them and sets their agenda of proposals; during the meeting
 * donors' intents are recorded in the ledger and outcomes move proposals; the meeting pack lists
 * each agenda proposal with its needs, budget, funding gap and matches, in the language asked.
 */
@Injectable()
export class MeetingsService {
  readonly agendaByMeeting: LoaderSource<string, AgendaItem[]> = {
    batchLoad: async (ids) =>
      groupToKeys(
        ids,
        await this.dataSource.getRepository(AgendaItem).find({ where: { meetingId: In([...ids]) }, order: { position: 'ASC' } }),
        (a) => a.meetingId,
      ),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
    private readonly funding: FundingService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async get(id: string): Promise<GisMeeting> {
    const meeting = isUuid(id) ? await this.dataSource.getRepository(GisMeeting).findOneBy({ id }) : null;
    if (!meeting) throw new NotFoundError(reason('meeting.notFound', { id }));
    return meeting;
  }

  /** Meetings from a date on (default: all), soonest first. */
  list(from: Date | null): Promise<GisMeeting[]> {
    const query = this.dataSource.getRepository(GisMeeting).createQueryBuilder('m').orderBy('m.starts_at', 'ASC').addOrderBy('m.id', 'ASC').limit(200);
    if (from) query.where('m.starts_at >= :from', { from });
    return query.getMany();
  }

  async schedule(input: ScheduleMeetingInput, actor: AuthUser): Promise<GisMeeting> {
    const { fields, problems } = readMeetingFields(input);
    if (!fields) throw new BadUserInputError(problems);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.save(manager.create(GisMeeting, { ...fields, status: MeetingStatus.SCHEDULED, createdByUserId: actor.id }));
      await this.record(manager, meeting, actor, 'meeting.scheduled', MEETING_EVENTS.scheduled, { startsAt: meeting.startsAt.toISOString() });
      return meeting;
    });
  }

  /** Puts a proposal on a scheduled meeting's agenda, last. */
  async addToAgenda(input: AgendaItemInput, actor: AuthUser): Promise<AgendaItem> {
    const read = readAgendaNote(input.note);
    if (!read.ok) throw new BadUserInputError(problemAt('input.note', read));
    const note = read.value;
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.lockMeeting(manager, input.meetingId, [MeetingStatus.SCHEDULED], 'agenda');
      const proposal = await this.proposals.lockForChange(manager, input.proposalId, actor);
      if (!AGENDA_STATUSES.includes(proposal.status)) {
        throw new ConflictError(reason('meeting.proposalNotDiscussable', { reference: proposal.reference, status: proposal.status }));
      }
      if (await manager.findOneBy(AgendaItem, { meetingId: meeting.id, proposalId: proposal.id })) {
        throw new ConflictError(reason('meeting.alreadyOnAgenda', { reference: proposal.reference }));
      }
      const [{ next }]: [{ next: number }] = await manager.query('SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = $1', [
        meeting.id,
      ]);
      const item = await manager.save(manager.create(AgendaItem, { meetingId: meeting.id, proposalId: proposal.id, position: next, note }));
      await this.record(manager, meeting, actor, 'meeting.agenda_added', MEETING_EVENTS.agendaChanged, { proposalId: proposal.id, added: true });
      return item;
    });
  }

  /** Takes a proposal off a scheduled meeting's agenda; the items after it move up. */
  async removeFromAgenda(input: AgendaItemInput, actor: AuthUser): Promise<GisMeeting> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.lockMeeting(manager, input.meetingId, [MeetingStatus.SCHEDULED], 'agenda');
      const item = isUuid(input.proposalId) ? await manager.findOneBy(AgendaItem, { meetingId: meeting.id, proposalId: input.proposalId }) : null;
      if (!item) throw new NotFoundError(reason('agendaItem.notFound', { id: input.proposalId }));
      await manager.delete(AgendaItem, { id: item.id });
      await manager.query('UPDATE agenda_item SET position = position - 1 WHERE meeting_id = $1 AND position > $2', [meeting.id, item.position]);
      await this.record(manager, meeting, actor, 'meeting.agenda_removed', MEETING_EVENTS.agendaChanged, { proposalId: input.proposalId, added: false });
      return meeting;
    });
  }

  /** A donor's intent said at the meeting about a proposal on its agenda: an INTENT in the ledger. */
  async recordIntent(input: MeetingIntentInput, actor: AuthUser): Promise<Contribution> {
    const meeting = await this.get(input.meetingId);
    if (meeting.status === MeetingStatus.CANCELLED) throw new ConflictError(reason('meeting.cancelled'));
    const onAgenda =
      isUuid(input.proposalId) && (await this.dataSource.getRepository(AgendaItem).existsBy({ meetingId: meeting.id, proposalId: input.proposalId }));
    if (!onAgenda) throw new BadUserInputError(problemAt('input.proposalId', reason('meeting.notOnAgenda')));
    const { meetingId: _meetingId, ...contribution } = input;
    return this.funding.record({ ...contribution, status: ContributionStatus.INTENT }, actor, meeting.id);
  }

  /** What the meeting concluded about an agenda proposal, and the step it takes (its reason is the outcome). */
  async recordOutcome(input: MeetingOutcomeInput, actor: AuthUser): Promise<AgendaItem> {
    const read = readMeetingOutcome(input.outcome);
    if (!read.ok) throw new BadUserInputError(problemAt('input.outcome', read));
    const outcome = read.value;
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.lockMeeting(manager, input.meetingId, [MeetingStatus.SCHEDULED, MeetingStatus.HELD], 'outcomes');
      const item = isUuid(input.proposalId) ? await manager.findOneBy(AgendaItem, { meetingId: meeting.id, proposalId: input.proposalId }) : null;
      if (!item) throw new BadUserInputError(problemAt('input.proposalId', reason('meeting.notOnAgenda')));
      if (input.action) {
        const proposal = await this.proposals.lockForChange(manager, input.proposalId, actor);
        const step = OUTCOME_STEP[input.action];
        const moved = await this.proposals.move(manager, proposal, step, actor, `${meeting.title}: ${outcome}`);
        if (step === ProposalAction.RESUME) await this.funding.sync(manager, moved);
      }
      Object.assign(item, { outcome, outcomeAction: input.action ?? null, outcomeRecordedAt: new Date() });
      const saved = await manager.save(item);
      await this.record(manager, meeting, actor, 'meeting.outcome_recorded', MEETING_EVENTS.outcomeRecorded, {
        proposalId: item.proposalId,
        action: input.action ?? null,
      });
      return saved;
    });
  }

  /** Marks a scheduled meeting held (with minutes) or cancelled (with the reason). */
  async end(input: EndMeetingInput, status: MeetingStatus.HELD | MeetingStatus.CANCELLED, actor: AuthUser): Promise<GisMeeting> {
    // EndMeetingInput serves both endings, so its summary is nullable; cancelling always needs it.
    const read = readMeetingEnd(input.summary, status === MeetingStatus.CANCELLED);
    if (!read.ok) throw new BadUserInputError(problemAt('input.summary', read));
    const summary = read.value;
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.lockMeeting(manager, input.meetingId, [MeetingStatus.SCHEDULED], status === MeetingStatus.HELD ? 'held' : 'cancel');
      Object.assign(meeting, { status, summary });
      const saved = await manager.save(meeting);
      const held = status === MeetingStatus.HELD;
      await this.record(manager, saved, actor, held ? 'meeting.held' : 'meeting.cancelled', held ? MEETING_EVENTS.held : MEETING_EVENTS.cancelled, {});
      return saved;
    });
  }

  /**
   * The meeting pack: each agenda proposal the viewer may see, with its needs, budget by tranche,
   * funding and gap, matches and contributions (what the viewer may see of them), in `language`.
   */
  async pack(meetingId: string, language: UnLanguage, viewer: AuthUser): Promise<MeetingPackFile> {
    const meeting = await this.get(meetingId);
    const agenda = await this.dataSource.getRepository(AgendaItem).find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } });
    const proposals = agenda.length ? await this.dataSource.getRepository(Proposal).findBy({ id: In(agenda.map((a) => a.proposalId)) }) : [];
    const access = proposalAccess(viewer);
    const items: MeetingPackItem[] = [];
    for (const entry of agenda) {
      const proposal = proposals.find((p) => p.id === entry.proposalId)!;
      const parties = await this.proposals.partyRefs(this.dataSource.manager, proposal.id);
      if (!canViewProposal(access, proposal.status, parties)) continue;
      items.push(await this.packItem(entry, proposal, isParty(access, parties), viewer, language));
    }
    const content = renderMeetingPackHtml({ meeting, generatedAt: new Date(), items }, language);
    const day = meeting.startsAt.toISOString().slice(0, 10);
    return { fileName: `gis-meeting-${day}-${language}.html`, mediaType: 'text/html; charset=utf-8', language, content };
  }

  /** One agenda proposal as `viewer` may see it: needs, matches, pledges and promises by the rules of proposal-access.ts. */
  private async packItem(entry: AgendaItem, proposal: Proposal, party: boolean, viewer: AuthUser, language: UnLanguage): Promise<MeetingPackItem> {
    const q = <T>(sql: string, params: unknown[]) => this.dataSource.query<T[]>(sql, params);
    const [revisions, contributions, needs, states, matches] = await Promise.all([
      this.dataSource.getRepository(ProposalRevision).find({ where: { proposalId: proposal.id }, order: { number: 'ASC' } }),
      q<Contribution & { donor: string }>(
        `SELECT c.status, c.amount, c.kind, c.tranche_number AS "trancheNumber", o.name AS donor
           FROM contribution c JOIN organisation o ON o.id = c.organisation_id
          WHERE c.proposal_id = $1 ORDER BY c.created_at`,
        [proposal.id],
      ),
      q<{ title: string; state: LocalizedText; themes: LocalizedText[]; stateIso3: string; status: NeedStatus; visibility: NeedVisibility }>(
        `SELECT n.title, s.names AS state, n.state_iso3 AS "stateIso3", n.status, n.visibility,
                coalesce((SELECT json_agg(t.names ORDER BY t.code) FROM thematic_area t WHERE t.code = ANY(n.thematic_areas)), '[]') AS themes
           FROM proposal_need pn JOIN need n ON n.id = pn.need_id JOIN member_state s ON s.iso3 = n.state_iso3
          WHERE pn.proposal_id = $1 ORDER BY n.title`,
        [proposal.id],
      ),
      q<{ names: LocalizedText }>(
        `SELECT s.names FROM proposal_party p JOIN member_state s ON s.iso3 = p.state_iso3 WHERE p.proposal_id = $1 AND p.kind = 'STATE' ORDER BY s.iso3`,
        [proposal.id],
      ),
      party
        ? q<{ offerTitle: string; donor: string; score: string | null; stateIso3: string; organisationId: string }>(
            `SELECT o.title AS "offerTitle", org.name AS donor, coalesce(pm.score_when_linked, m.score)::text AS score,
                    n.state_iso3 AS "stateIso3", o.organisation_id AS "organisationId"
               FROM proposal_match pm JOIN match m ON m.id = pm.match_id JOIN offer o ON o.id = m.offer_id
               JOIN need n ON n.id = m.need_id JOIN organisation org ON org.id = o.organisation_id
              WHERE pm.proposal_id = $1 ORDER BY coalesce(pm.score_when_linked, m.score) DESC NULLS LAST`,
            [proposal.id],
          )
        : Promise.resolve([]),
    ]);
    const funding = visibleFunding(party, await this.funding.fundingWithUsd(proposal, revisions, contributions));
    return {
      position: entry.position,
      note: entry.note,
      reference: proposal.reference,
      title: proposal.title,
      summary: proposal.summary,
      status: proposal.status,
      requestingStates: states.map((s) => pickLocalized(s.names, language)),
      implementingAgency: proposal.implementingAgency,
      currency: proposal.currency,
      funding,
      tranches: funding.tranches,
      needs: visibleNeeds(viewer, needs).map((n) => ({
        title: n.title,
        state: pickLocalized(n.state, language),
        themes: n.themes.map((t) => pickLocalized(t, language)),
      })),
      matches: visibleMatches(party, viewer, matches).map((m) => ({ offerTitle: m.offerTitle, donor: m.donor, score: m.score })),
      contributions: visibleContributions(party, contributions)
        .filter((c) => c.status !== ContributionStatus.CANCELLED)
        .map((c) => ({ donor: c.donor, status: c.status, amount: c.amount, kind: c.kind })),
    };
  }

  private async lockMeeting(
    manager: EntityManager,
    id: string,
    statuses: MeetingStatus[],
    change: 'agenda' | 'outcomes' | 'held' | 'cancel',
  ): Promise<GisMeeting> {
    const meeting = isUuid(id) ? await manager.findOne(GisMeeting, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!meeting) throw new NotFoundError(reason('meeting.notFound', { id }));
    if (!statuses.includes(meeting.status)) throw new ConflictError(reason('meeting.statusForbids', { status: meeting.status, change }));
    return meeting;
  }

  /** The audit entry (with `data`) and the event (the meeting's title, start and status, and `data`) of a change of a meeting. */
  private async record<T extends MeetingEventType>(
    manager: EntityManager,
    meeting: GisMeeting,
    actor: AuthUser,
    action: string,
    type: T,
    data: Omit<MeetingEventPayloads[T], keyof MeetingEventBase> & Partial<MeetingEventBase>,
  ): Promise<void> {
    await this.audit.record(manager, { actorUserId: actor.id, action, entityType: 'meeting', entityId: meeting.id, toState: meeting.status, data });
    const payload = { title: meeting.title, startsAt: meeting.startsAt.toISOString(), status: meeting.status, ...data } as MeetingEventPayloads[T];
    const event = { type, aggregateType: 'meeting', aggregateId: meeting.id, actorUserId: actor.id, payload } as MeetingEvent<T>;
    await this.outbox.record(manager, event);
  }
}
