import type { EntityManager } from 'typeorm';

/** What another feature asks of the offers' tables: SQL to embed in its own statements, and reads by id. */
type Db = Pick<EntityManager, 'query'>;

/** SQL of the organisation (id as text) that made offer `offerId` (an SQL expression compared as text). */
export const offerOrganisationSql = (offerId: string) => `(SELECT f.organisation_id::text FROM offer f WHERE f.id::text = ${offerId})`;

/** Offers' titles and their donors' names by id. */
export function offerLabels(db: Db, ids: readonly string[]): Promise<{ id: string; title: string; organisation: string }[]> {
  return db.query(
    'SELECT f.id::text, f.title, o.name AS organisation FROM offer f JOIN organisation o ON o.id = f.organisation_id WHERE f.id::text = ANY($1)',
    [ids],
  );
}
