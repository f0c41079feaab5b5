import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * The `pg` pool behind a TypeORM data source (the driver's `master`, not in TypeORM's typed API):
 * for what a query runner would only slow down or cannot do, a LISTEN connection of its own and
 * the response cache's one-line read before every query.
 */
export function pgPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
