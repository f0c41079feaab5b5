import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { todayUtc } from '#libs/core';
import { MatchStatus } from './match.enums.js';
import { MatchProfilesService } from './match-profiles.service.js';
import { MATCH_SETTINGS } from './match-settings.provider.js';
import { MatchWriter } from './match-writer.js';
import type { MatchSettings } from './scoring/match-settings.js';
import type { OfferIndex } from './scoring/offer-index.js';
import { needsAffectedByOffer, planNeed, type ExistingMatch, type NeedStanding } from './scoring/planning.js';
import { dayNumber, type NeedProfile, type OfferProfile } from './scoring/profiles.js';

/**
 * The matching engine. The need is the unit of ranking: `matchNeeds` recomputes the lists of a
 * few needs (candidates from indexed SQL, or from an in-memory OfferIndex in a full rematch),
 * and is the only code that writes suggestions. An offer's change is applied through the needs
 * it can change (`needsAffectedByOffer`), each rerun by its own need job.
 */
@Injectable()
export class MatchingEngine {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: MatchProfilesService,
    private readonly writer: MatchWriter,
    @Inject(MATCH_SETTINGS) readonly settings: MatchSettings,
  ) {}

  /**
   * Recomputes these needs' matches in one transaction: suggests, withdraws, rescores. The needs'
   * rows are locked first (in id order), so two computations of one need never interleave and
   * an edit of the need waits for the computation, then triggers a fresh one. Needs that are not
   * published lose their suggestions; needs that no longer exist are skipped. Returns the match
   * rows written.
   */
  matchNeeds(needIds: readonly string[], index?: OfferIndex): Promise<number> {
    const ids = [...new Set(needIds)].sort();
    if (!ids.length) return Promise.resolve(0);
    // The day the needs are scored on: offers whose window ended before it fit none.
    const today = dayNumber(todayUtc());
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM need WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [ids]);
      const needs = new Map((await this.profiles.needs(manager, ids)).map((n) => [n.id, n]));
      const existing = await this.existingForNeeds(manager, ids);
      const candidatesByNeed = new Map<string, OfferProfile[]>();
      for (const need of needs.values()) {
        candidatesByNeed.set(need.id, index ? index.candidates(need, today) : await this.profiles.candidateOffers(manager, need, today));
      }
      const offersById = new Map<string, OfferProfile>();
      for (const list of candidatesByNeed.values()) for (const o of list) offersById.set(o.id, o);
      // Offers of stored rows that are not candidates (withdrawn, changed, outranked) are scored too.
      const missing = [...new Set(existing.map((e) => e.offerId))].filter((id) => !offersById.has(id));
      const fromIndex = index ? missing.map((id) => index.get(id)).filter((o): o is OfferProfile => !!o) : [];
      for (const o of fromIndex) offersById.set(o.id, o);
      for (const o of await this.profiles.offers(
        manager,
        missing.filter((id) => !offersById.has(id)),
      ))
        offersById.set(o.id, o);

      const existingByNeed = new Map<string, ExistingMatch[]>();
      for (const e of existing) existingByNeed.set(e.needId, [...(existingByNeed.get(e.needId) ?? []), e]);
      const writes = ids.flatMap((id) =>
        planNeed(id, needs.get(id) ?? null, candidatesByNeed.get(id) ?? [], offersById, existingByNeed.get(id) ?? [], this.settings, today),
      );
      return this.writer.apply(manager, writes);
    });
  }

  /**
   * The needs whose matches an offer's change can alter (see needsAffectedByOffer). Reads only:
   * the caller reruns each need. An offer that no longer exists affects the needs it had rows
   * with (they cascade away) and none else.
   */
  async needsAffectedByOffer(offerId: string): Promise<string[]> {
    const manager = this.dataSource.manager;
    const today = dayNumber(todayUtc());
    const [offer] = await this.profiles.offers(manager, [offerId]);
    const candidates: NeedProfile[] = offer ? await this.profiles.candidateNeeds(manager, offer, today) : [];
    const existing: ExistingMatch[] = (await manager.query(`SELECT ${EXISTING_COLUMNS} FROM match m WHERE m.offer_id = $1`, [offerId])).map(existingMatch);
    const standing = await this.standing(
      manager,
      candidates.map((n) => n.id),
    );
    return needsAffectedByOffer(offer ?? null, candidates, existing, standing, this.settings, today);
  }

  /** How many suggestions each need has and the lowest of their scores. */
  private async standing(manager: EntityManager, needIds: string[]): Promise<Map<string, NeedStanding>> {
    if (!needIds.length) return new Map();
    const rows: { need_id: string; suggested: number; lowest: string | null }[] = await manager.query(
      `SELECT need_id, count(*)::int AS suggested, min(score)::text AS lowest FROM match
        WHERE need_id = ANY($1::uuid[]) AND status = '${MatchStatus.SUGGESTED}' GROUP BY need_id`,
      [needIds],
    );
    return new Map(rows.map((r) => [r.need_id, { suggested: r.suggested, lowest: r.lowest === null ? null : Number(r.lowest) }]));
  }

  private async existingForNeeds(manager: EntityManager, needIds: string[]): Promise<ExistingMatch[]> {
    const rows: ExistingRow[] = await manager.query(`SELECT ${EXISTING_COLUMNS} FROM match m WHERE m.need_id = ANY($1::uuid[])`, [needIds]);
    return rows.map(existingMatch);
  }
}

const EXISTING_COLUMNS = 'm.need_id, m.offer_id, m.status, m.score::text, m.fits, m.basis, m.breakdown_digest, m.dismissed_basis, m.strong_announced';

interface ExistingRow {
  need_id: string;
  offer_id: string;
  status: MatchStatus;
  score: string | null;
  fits: boolean;
  basis: string;
  breakdown_digest: string;
  dismissed_basis: string | null;
  strong_announced: boolean;
}

function existingMatch(row: ExistingRow): ExistingMatch {
  return {
    needId: row.need_id,
    offerId: row.offer_id,
    status: row.status,
    score: row.score === null ? null : Number(row.score),
    fits: row.fits,
    basis: row.basis,
    digest: row.breakdown_digest,
    dismissedBasis: row.dismissed_basis,
    strongAnnounced: row.strong_announced,
  };
}
