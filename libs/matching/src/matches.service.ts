import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import {
  allOrNothing,
  AuditService,
  BadUserInputError,
  ChangePipeline,
  ConflictError,
  ForbiddenError,
  isUuid,
  KeysetPages,
  NotFoundError,
  OutboxService,
  problemAt,
  reason,
  todayUtc,
  type AuthUser,
  type ListingRequest,
  type ListingSorts,
  type Page,
  type SearchQuery,
} from '#libs/core';
import { canViewNeed, Need, needAccess, NeedsService, NeedStatus, ownsNeed } from '#libs/needs';
import { canViewOffer, Offer, offerAccess, OffersService, OfferStatus, offerWindowEnded, ownsOffer } from '#libs/offers';
import {
  MatchFilter,
  MatchModerationAction,
  MatchSort,
  type ExpressInterestInput,
  type MatchDecisionInput,
  type ModerateMatchesInput,
} from './dto/match.inputs.js';
import { Match } from './entities/match.entity.js';
import { canViewMatch, matchAccess, matchActor, type MatchParties } from './match-access.js';
import { MatchOrigin, MatchStatus } from './match.enums.js';
import { MATCH_LIFE_CYCLE, MatchAction } from './match.state-machine.js';
import { MatchProfilesService, offerWindowOpen } from './match-profiles.service.js';
import { MATCH_SETTINGS } from './match-settings.provider.js';
import { MATCH_STEP_EVENT, type MatchEvent, type PersonMatchAction } from './match-events.js';
import type { MatchSettings } from './scoring/match-settings.js';
import { breakdownDigest, pairBasis } from './scoring/planning.js';
import { dayNumber } from './scoring/profiles.js';
import { explainMatch, HardFilter } from './scoring/score.js';

export interface MatchListArgs extends ListingRequest<MatchSort> {
  filter?: MatchFilter | null;
}

/** Statuses a list shows when none are asked for: what is live. */
export const LIVE_STATUSES: readonly MatchStatus[] = [
  MatchStatus.SUGGESTED,
  MatchStatus.CONFIRMED,
  MatchStatus.INTEREST_EXPRESSED,
  MatchStatus.INTEREST_ACCEPTED,
];

const SORTS: ListingSorts<MatchSort | 'RELEVANCE'> = {
  byName: {
    [MatchSort.SCORE]: { expression: 'coalesce(m.score, -1)', direction: 'DESC', type: 'numeric' },
    [MatchSort.NEWEST]: { expression: 'm.created_at', direction: 'DESC', type: 'timestamptz' },
    [MatchSort.OLDEST_IN_STATUS]: { expression: 'm.status_changed_at', direction: 'ASC', type: 'timestamptz' },
  },
  default: MatchSort.SCORE,
};

const MESSAGE_MAX = 2000;

/** Matches as people see and decide them: lists per need, per offer and for moderators; the life cycle. */
@Injectable()
export class MatchesService {
  private readonly pages: KeysetPages<Match>;

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
    private readonly profiles: MatchProfilesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(MATCH_SETTINGS) readonly settings: MatchSettings,
  ) {
    this.pages = new KeysetPages(dataSource, Match, 'm');
    this.changes = new ChangePipeline(audit, outbox);
  }

  /** Locks, steps, audits and announces (core/workflow/change.ts). */
  private readonly changes: ChangePipeline;

  /** A match the viewer may see, with its parties; NOT_FOUND otherwise. */
  async getVisible(id: string, viewer: AuthUser): Promise<Match> {
    const match = isUuid(id) ? await this.matches.findOneBy({ id }) : null;
    const parties = match ? await this.parties(this.dataSource.manager, match) : null;
    if (!match || !parties || !canViewMatch(matchAccess(viewer), parties)) throw new NotFoundError(reason('match.notFound', { id }));
    return (await this.asOfToday(this.dataSource.manager, [match]))[0];
  }

  /** A need's matches, for its State's NPCs and UNODA. */
  async forNeed(needId: string, viewer: AuthUser, args: MatchListArgs): Promise<Page<Match>> {
    const need = await this.needs.getVisible(needId, viewer);
    const access = needAccess(viewer);
    if (!access.unoda && !ownsNeed(access, need)) throw new ForbiddenError(reason('match.needMatchesHidden'));
    return this.list(args, (q) => q.where(`m.need_id = ${q.param(need.id)}::uuid`));
  }

  /** An offer's matches, for its organisation's donors and UNODA. */
  async forOffer(offerId: string, viewer: AuthUser, args: MatchListArgs): Promise<Page<Match>> {
    const offer = await this.offers.getVisible(offerId, viewer);
    const access = offerAccess(viewer);
    if (!access.unoda && !ownsOffer(access, offer)) throw new ForbiddenError(reason('match.offerMatchesHidden'));
    return this.list(args, (q) => q.where(`m.offer_id = ${q.param(offer.id)}::uuid`));
  }

  /**
   * The matches of the viewer's own side: their State's needs (NPC) and their organisation's offers
   * (donor), the live ones by default. What a workspace's home lists as waiting for them.
   */
  mine(viewer: AuthUser, args: MatchListArgs): Promise<Page<Match>> {
    const access = matchAccess(viewer);
    return this.list(args, (q) => {
      const sides: string[] = [];
      if (access.npcStates.length) sides.push(`m.need_id IN (SELECT id FROM need WHERE state_iso3 = ANY(${q.param(access.npcStates)}::text[]))`);
      if (access.donorOrganisations.length) {
        sides.push(`m.offer_id IN (SELECT id FROM offer WHERE organisation_id = ANY(${q.param(access.donorOrganisations)}::uuid[]))`);
      }
      q.where(sides.length ? `(${sides.join(' OR ')})` : 'false');
    });
  }

  /** Matches across the platform, for UNODA (suggestions by default, best first). */
  queue(args: MatchListArgs): Promise<Page<Match>> {
    const filter = args.filter ?? {};
    return this.list({ ...args, filter: { ...filter, statuses: filter.statuses?.length ? filter.statuses : [MatchStatus.SUGGESTED] } }, () => undefined);
  }

  decide(
    action: MatchAction.CONFIRM | MatchAction.DISMISS | MatchAction.ACCEPT_INTEREST | MatchAction.DECLINE_INTEREST,
    input: MatchDecisionInput,
    actor: AuthUser,
  ): Promise<Match> {
    return this.dataSource.transaction((manager) => this.decideIn(manager, action, input, actor));
  }

  /** Confirms or dismisses several suggestions: all of them, or none (the error names each match refused by its need and offer). */
  moderate(input: ModerateMatchesInput, actor: AuthUser): Promise<Match[]> {
    const action = input.action === MatchModerationAction.CONFIRM ? MatchAction.CONFIRM : MatchAction.DISMISS;
    return this.dataSource.transaction((manager) =>
      allOrNothing(
        input.matchIds,
        'input.matchIds',
        'matches',
        (matchId) => this.decideIn(manager, action, { matchId, reason: input.reason }, actor),
        async (matchId) => {
          const [pair]: { need: string; offer: string }[] = await manager.query(
            `SELECT n.title AS need, o.title AS offer FROM match m JOIN need n ON n.id = m.need_id JOIN offer o ON o.id = m.offer_id WHERE m.id = $1`,
            [matchId],
          );
          return pair ? `the match of need "${pair.need}" with offer "${pair.offer}"` : null;
        },
      ),
    );
  }

  /**
   * A donor's interest in a need, with one of its organisation's published offers: upgrades the
   * pair's match whatever the engine thought of it, or creates one (scored, so both sides see
   * how well it fits).
   */
  async expressInterest(input: ExpressInterestInput, actor: AuthUser): Promise<Match> {
    const message = input.message?.trim() || null;
    if (message && message.length > MESSAGE_MAX) throw new BadUserInputError(problemAt('input.message', reason('field.tooLong', { max: MESSAGE_MAX })));
    const offer = await this.offers.getVisible(input.offerId, actor);
    if (!ownsOffer(offerAccess(actor), offer)) throw new ForbiddenError(reason('match.interestOnlyOwnOffer'));
    if (offer.status !== OfferStatus.PUBLISHED) {
      throw new ConflictError(reason('match.offerNotPublished', { status: offer.status }));
    }
    if (offerWindowEnded(offer.availableUntil, todayUtc())) {
      throw new ConflictError(reason('match.offerWindowEnded', { availableUntil: offer.availableUntil! }));
    }
    const need = await this.needs.getVisible(input.needId, actor);
    if (need.status !== NeedStatus.PUBLISHED) throw new ConflictError(reason('match.needNotPublished', { status: need.status }));
    return this.dataSource.transaction(async (manager) => {
      // The engine locks the need the same way: its next run sees this decision.
      await manager.query(`SELECT id FROM need WHERE id = $1 FOR NO KEY UPDATE`, [need.id]);
      const existing = await manager.findOne(Match, { where: { needId: need.id, offerId: offer.id }, lock: { mode: 'pessimistic_write' } });
      const parties = { stateIso3: need.stateIso3, organisationId: offer.organisationId };
      // A pair without a match is taken as a suggestion nobody decided on yet.
      const from = existing?.status ?? MatchStatus.SUGGESTED;
      MATCH_LIFE_CYCLE.apply(MatchAction.EXPRESS_INTEREST, from, matchActor(matchAccess(actor), parties));
      const match = existing ?? (await this.scoredPair(manager, need.id, offer.id));
      const step = { from: existing?.status ?? null, to: MatchStatus.INTEREST_EXPRESSED, why: message, at: new Date() };
      const { saved } = await this.changes.write(manager, MATCH_LIFE_CYCLE, match, step, {
        actorUserId: actor.id,
        change: (m) => {
          m.interestMessage = message;
          m.interestByUserId = actor.id;
          m.decidedByUserId = actor.id;
          m.reason = null;
        },
        audit: () => ({ data: { needId: match.needId, offerId: match.offerId } }),
        event: (m, { from: was, to, why }) => this.event(MatchAction.EXPRESS_INTEREST, m, actor, was, to, why),
      });
      return saved;
    });
  }

  /** The need's State and the offer's organisation of a match (null if a side was just deleted). */
  async parties(manager: EntityManager, match: Pick<Match, 'needId' | 'offerId'>): Promise<MatchParties | null> {
    const [row]: { state_iso3: string; organisation_id: string }[] = await manager.query(
      `SELECT n.state_iso3, o.organisation_id FROM need n, offer o WHERE n.id = $1 AND o.id = $2`,
      [match.needId, match.offerId],
    );
    return row ? { stateIso3: row.state_iso3, organisationId: row.organisation_id } : null;
  }

  private async decideIn(manager: EntityManager, action: PersonMatchAction, input: MatchDecisionInput, actor: AuthUser): Promise<Match> {
    const access = matchAccess(actor);
    const sides: { parties?: MatchParties } = {};
    const match = await this.changes.lock(manager, Match, 'match', input.matchId, async (m) => {
      const parties = await this.parties(manager, m);
      if (parties) sides.parties = parties;
      return !!parties && canViewMatch(access, parties);
    });
    const why = input.reason?.trim() || null;
    if (why && why.length > MESSAGE_MAX) throw new BadUserInputError(problemAt('input.reason', reason('field.tooLong', { max: MESSAGE_MAX })));
    // A suggestion whose offer's window has ended is decided on as the withdrawn match it is now.
    const { status: from } = (await this.asOfToday(manager, [{ ...match }]))[0];
    const { saved } = await this.changes.transition(manager, MATCH_LIFE_CYCLE, match, {
      action,
      from,
      actor: matchActor(access, sides.parties!),
      reason: why,
      expectedVersion: input.expectedVersion,
      actorUserId: actor.id,
      change: (m) => {
        m.decidedByUserId = actor.id;
        if (action === MatchAction.DISMISS) m.dismissedBasis = m.basis;
        if (action === MatchAction.DISMISS || action === MatchAction.DECLINE_INTEREST) m.reason = why;
      },
      audit: () => ({ data: { needId: match.needId, offerId: match.offerId } }),
      event: (m, step) => this.event(action, m, actor, step.from, step.to, step.why),
    });
    return saved;
  }

  /** The event of a person's step on a match: its two sides, from, to, and the reason or message. */
  private event(action: PersonMatchAction, match: Match, actor: AuthUser, from: MatchStatus | null, to: MatchStatus, why: string | null): MatchEvent {
    return {
      type: MATCH_STEP_EVENT[action],
      aggregateType: 'match',
      aggregateId: match.id,
      actorUserId: actor.id,
      payload: { needId: match.needId, offerId: match.offerId, from, to, ...(why ? { reason: why } : {}) },
    };
  }

  /** A new match row for a pair, scored as the engine would. */
  private async scoredPair(manager: EntityManager, needId: string, offerId: string): Promise<Match> {
    const [[need], [offer]] = await Promise.all([this.profiles.needs(manager, [needId]), this.profiles.offers(manager, [offerId])]);
    const breakdown = explainMatch(need, offer, this.settings.weights, dayNumber(todayUtc()));
    return manager.create(Match, {
      needId,
      offerId,
      origin: MatchOrigin.INTEREST,
      score: breakdown.fits ? breakdown.total!.toFixed(4) : null,
      fits: breakdown.fits,
      breakdown,
      breakdownDigest: breakdownDigest(breakdown),
      basis: pairBasis(need, offer),
      scoredAt: new Date(),
    });
  }

  /**
   * Matches as they stand today. A suggestion stops being one the day after its offer's window
   * ends: the engine withdraws it at its next run (a need job, the offer's expiry that night, the
   * nightly rematch), and until then it is shown as that run will store it: WITHDRAWN, failing
   * WINDOW_ENDED. Changes the given entities (read for this request, never saved).
   */
  private async asOfToday<M extends Pick<Match, 'offerId' | 'status' | 'fits' | 'score' | 'breakdown'>>(manager: EntityManager, matches: M[]): Promise<M[]> {
    const offerIds = [...new Set(matches.filter((m) => m.status === MatchStatus.SUGGESTED).map((m) => m.offerId))];
    if (!offerIds.length) return matches;
    const ended: { id: string; available_until: string }[] = await manager.query(
      `SELECT o.id, o.available_until::text FROM offer o WHERE o.id = ANY($1::uuid[]) AND NOT ${offerWindowOpen('$2')}`,
      [offerIds, todayUtc()],
    );
    const windowEnd = new Map(ended.map((o) => [o.id, o.available_until]));
    for (const match of matches) {
      const end = windowEnd.get(match.offerId);
      if (match.status !== MatchStatus.SUGGESTED || !end) continue;
      Object.assign(match, {
        status: MatchStatus.WITHDRAWN,
        fits: false,
        score: null,
        breakdown: { fits: false, failed: HardFilter.WINDOW_ENDED, windowEnd: end, weights: match.breakdown.weights },
      });
    }
    return matches;
  }

  private async list(args: MatchListArgs, scope: (q: SearchQuery) => void): Promise<Page<Match>> {
    const filter = args.filter ?? {};
    if (filter.minScore != null && !(filter.minScore >= 0 && filter.minScore <= 1)) {
      throw new BadUserInputError(problemAt('filter.minScore', reason('field.notInRange', { min: 0, max: 1 })));
    }
    const page = await this.pages.search({ first: args.first, after: args.after, sort: args.sort, maxFirst: args.maxFirst }, SORTS, (q) => {
      scope(q);
      const asked = filter.statuses?.length ? [...new Set(filter.statuses)] : LIVE_STATUSES;
      // Statuses as of today (see asOfToday): a stored suggestion of an offer whose window has
      // ended is listed as withdrawn, not as suggested.
      const [suggested, withdrawn] = [asked.includes(MatchStatus.SUGGESTED), asked.includes(MatchStatus.WITHDRAWN)];
      const statuses = withdrawn && !suggested ? [...asked, MatchStatus.SUGGESTED] : asked;
      q.where(statuses.length === 1 ? `m.status = ${q.param(statuses[0])}` : `m.status = ANY(${q.param(statuses)}::text[])`);
      if (suggested !== withdrawn) {
        const ended = `EXISTS (SELECT 1 FROM offer o WHERE o.id = m.offer_id AND NOT ${offerWindowOpen(q.param(todayUtc()))})`;
        q.where(`(m.status <> '${MatchStatus.SUGGESTED}' OR ${suggested ? 'NOT ' : ''}${ended})`);
      }
      if (filter.minScore != null) q.where(`m.score >= ${q.param(filter.minScore)}::numeric`);
      if (filter.strongOnly) q.where(`m.score >= ${q.param(this.settings.strongScore)}::numeric`);
      if (filter.states?.length) {
        q.where(`m.need_id IN (SELECT id FROM need WHERE state_iso3 = ANY(${q.param(filter.states.map((s) => s.toUpperCase()))}::text[]))`);
      }
      if (filter.thematicAreas?.length) {
        q.where(`m.need_id IN (SELECT id FROM need WHERE thematic_areas && ${q.param(filter.thematicAreas.map((c) => c.toUpperCase()))}::text[])`);
      }
      if (filter.regionCode) {
        q.where(`m.need_id IN (SELECT n.id FROM need n JOIN member_state s ON s.iso3 = n.state_iso3 WHERE s.m49_region_code = ${q.param(filter.regionCode)})`);
      }
      if (filter.organisations?.length) {
        const ids = filter.organisations.filter(isUuid);
        q.where(`m.offer_id IN (SELECT id FROM offer WHERE organisation_id = ANY(${q.param(ids)}::uuid[]))`);
      }
    });
    await this.asOfToday(this.dataSource.manager, page.rows);
    return page;
  }

  /** Whether a viewer may see a need and an offer of a match (each side is shown only then). */
  canSee(viewer: AuthUser | undefined, need: Need | null, offer: Offer | null): { need: boolean; offer: boolean } {
    return {
      need: !!need && canViewNeed(needAccess(viewer), need),
      offer: !!offer && canViewOffer(offerAccess(viewer), offer),
    };
  }
}
