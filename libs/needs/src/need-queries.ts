import type { EntityManager } from 'typeorm';
import { NeedStatus } from './need.enums.js';

/** What another feature asks of the needs' tables: SQL to embed in its own statements, and reads by id. */
type Db = Pick<EntityManager, 'query'>;

/** SQL of the State (ISO alpha-3) of need `needId` (an SQL expression compared as text). */
export const needStateSql = (needId: string) => `(SELECT n.state_iso3 FROM need n WHERE n.id::text = ${needId})`;

/** Needs' titles and States by id. */
export function needLabels(db: Db, ids: readonly string[]): Promise<{ id: string; title: string; stateIso3: string }[]> {
  return db.query('SELECT n.id::text, n.title, n.state_iso3 AS "stateIso3" FROM need n WHERE n.id::text = ANY($1)', [ids]);
}

/** Published needs whose valid-until date falls between `from` and `to` (YYYY-MM-DD, inclusive). */
export function needsValidUntilBetween(db: Db, from: string, to: string): Promise<{ id: string; stateIso3: string; validUntil: string }[]> {
  return db.query(`SELECT id, state_iso3 AS "stateIso3", valid_until::text AS "validUntil" FROM need WHERE status = $1 AND valid_until BETWEEN $2 AND $3`, [
    NeedStatus.PUBLISHED,
    from,
    to,
  ]);
}
