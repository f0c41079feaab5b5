import { randomBytes } from 'node:crypto';

/**
 * Once per run: the run id that names this run's databases and Redis keys. (Jest loads this file
 * outside its module system, so the template database is made by the first test file instead:
 * see databases.ts.)
 */
export default function globalSetup(): void {
  process.env.GIS_TEST_RUN_ID = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}
