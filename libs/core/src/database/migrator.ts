import type { DataSource } from 'typeorm';

/** Arbitrary constant: the advisory lock that serialises migrations and seeds across replicas. */
const SETUP_LOCK_KEY = 4_731_902_118;

/**
 * Runs `work` while holding a session-level advisory lock, so that when several replicas start
 * at once only one migrates and seeds; the others wait and then find nothing left to do.
 */
export async function withSetupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** Applies pending migrations; returns the names of those applied. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
