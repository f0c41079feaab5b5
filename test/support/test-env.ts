/**
 * Where the tests find the real services: this machine's PostgreSQL and Redis unless told
 * otherwise. Each run works in its own databases and its own Redis key prefix.
 */
export const TEST_DATABASE_SERVER = (process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_JWT_SECRET = 'test-only-secret-0123456789abcdef0123456789';

export function runId(): string {
  const id = process.env.GIS_TEST_RUN_ID;
  if (!id) throw new Error('GIS_TEST_RUN_ID is not set: run the integration tests through jest (global setup)');
  return id;
}

export const templateDatabase = () => `gis_test_${runId()}_template`;
export const databasePrefix = () => `gis_test_${runId()}_`;
export const queuePrefixBase = () => `gis-test-${runId()}`;
