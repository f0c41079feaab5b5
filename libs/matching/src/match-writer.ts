import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, OutboxService, sqlList } from '#libs/core';
import { MatchOrigin, MatchStatus } from './match.enums.js';
import { MATCH_LIFE_CYCLE } from './match.state-machine.js';
import { MATCH_EVENTS, type MatchEvent } from './match-events.js';
import type { MatchWrite } from './scoring/planning.js';

/**
 * The status a row ends in, in SQL: the engine's wish where the life cycle lets the system take
 * that step (see MATCH_LIFE_CYCLE), else the row's own status. A person's decision taken while
 * the engine was scoring therefore stands, and a dismissed pair returns only with a new basis.
 */
const FINAL_STATUS = `CASE
  ${MATCH_LIFE_CYCLE.rules
    .filter((rule) => rule.by.includes('SYSTEM'))
    .map(
      (rule) =>
        `WHEN EXCLUDED.status = '${rule.to}' AND m.status IN (${sqlList(rule.from)})
         AND NOT (m.status = '${MatchStatus.DISMISSED}' AND m.dismissed_basis IS NOT DISTINCT FROM EXCLUDED.basis) THEN '${rule.to}'`,
    )
    .join('\n  ')}
  ELSE m.status END`;

const UPSERT_SQL = `
  INSERT INTO match AS m (need_id, offer_id, status, origin, score, fits, breakdown, breakdown_digest, basis, strong_announced, version)
  SELECT w.need_id, w.offer_id, w.status, '${MatchOrigin.ENGINE}', w.score, w.fits, w.breakdown, w.digest, w.basis, w.announce, 1
    FROM json_to_recordset($1::json)
      AS w(need_id uuid, offer_id uuid, status text, score numeric, fits boolean, breakdown json, digest text, basis text, announce boolean)
  ON CONFLICT (need_id, offer_id) DO UPDATE SET
    status = ${FINAL_STATUS},
    status_changed_at = CASE WHEN ${FINAL_STATUS} <> m.status THEN now() ELSE m.status_changed_at END,
    score = EXCLUDED.score,
    fits = EXCLUDED.fits,
    breakdown = EXCLUDED.breakdown,
    breakdown_digest = EXCLUDED.breakdown_digest,
    basis = EXCLUDED.basis,
    strong_announced = CASE ${FINAL_STATUS}
      WHEN '${MatchStatus.SUGGESTED}' THEN m.strong_announced OR EXCLUDED.strong_announced
      WHEN '${MatchStatus.WITHDRAWN}' THEN false
      ELSE m.strong_announced END,
    scored_at = now(),
    updated_at = now(),
    version = m.version + 1
  RETURNING m.id, m.need_id, m.offer_id, m.status`;

/** Applies the engine's plans: one statement per batch, then the events and audit they call for. */
@Injectable()
export class MatchWriter {
  constructor(
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** Writes in (need, offer) order, the order every writer locks rows in. Returns the rows written. */
  async apply(manager: EntityManager, writes: readonly MatchWrite[]): Promise<number> {
    if (!writes.length) return 0;
    const sorted = [...writes].sort((a, b) => compare(a.needId, b.needId) || compare(a.offerId, b.offerId));
    // One JSON document for the batch: PostgreSQL parses it faster than eight arrays of text.
    const batch = JSON.stringify(
      sorted.map((w) => ({
        need_id: w.needId,
        offer_id: w.offerId,
        status: w.status,
        score: w.score,
        fits: w.fits,
        breakdown: w.breakdown,
        digest: w.digest,
        basis: w.basis,
        announce: w.announce,
      })),
    );
    const rows: { id: string; need_id: string; offer_id: string; status: MatchStatus }[] = await manager.query(UPSERT_SQL, [batch]);
    const byPair = new Map(sorted.map((w) => [`${w.needId}/${w.offerId}`, w]));
    const announced = [];
    const returned = [];
    for (const row of rows) {
      const write = byPair.get(`${row.need_id}/${row.offer_id}`)!;
      if (row.status !== MatchStatus.SUGGESTED) continue;
      if (write.announce) announced.push({ row, write });
      if (write.previousStatus === MatchStatus.DISMISSED) returned.push({ row, write });
    }
    await this.outbox.record(
      manager,
      ...announced.map(({ row, write }): MatchEvent<'match.suggested'> => ({
        type: MATCH_EVENTS.suggested,
        aggregateType: 'match',
        aggregateId: row.id,
        payload: { needId: write.needId, offerId: write.offerId, score: write.score, again: write.previousStatus !== null },
      })),
    );
    await this.audit.record(
      manager,
      ...returned.map(({ row }) => ({
        actorUserId: null,
        action: 'match.transitioned',
        entityType: 'match',
        entityId: row.id,
        fromState: MatchStatus.DISMISSED,
        toState: MatchStatus.SUGGESTED,
        reason: 'The need or the offer changed materially since the match was dismissed.',
      })),
    );
    return rows.length;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
