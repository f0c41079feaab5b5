import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { BASE_URL, WEB_TEST_PORT } from './env';

/**
 * The built api with its worker on its own database and queue prefix, the way `npm start` runs
 * it: migrations, reference data and demo data on start, the web app served on the same port.
 */

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));
const DATABASE_SERVER = (process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const BUILT_QUICKSTART = join(REPO_ROOT, 'dist/apps/quickstart/src/main.js');
const BUILT_WEB = join(REPO_ROOT, 'dist/web/index.html');

export interface RunningServer {
  stop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${DATABASE_SERVER}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function answers(path: string): Promise<boolean> {
  try {
    return (await fetch(`${BASE_URL}${path}`)).ok;
  } catch {
    return false;
  }
}

async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * Starts the api + worker on WEB_TEST_PORT with a new database (dropped by `stop`), and waits
 * until it is ready. `env` adds to the api's environment (e.g. SMTP_URL).
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(BUILT_QUICKSTART) || !existsSync(BUILT_WEB)) {
    throw new Error('The browser tests run the built api and web app: run "npm run build" first.');
  }
  if (await answers('/health/live')) {
    throw new Error(`Something already answers on port ${WEB_TEST_PORT}: stop it, or choose another port with WEB_TEST_PORT.`);
  }
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = `gis_web_e2e_${runId}`;
  const queuePrefix = `gis-web-e2e-${runId}`;
  await admin((client) => client.query(`CREATE DATABASE ${database}`));

  const logDir = join(REPO_ROOT, 'test-results');
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, `api-${runId}.log`));
  const api: ChildProcess = spawn(process.execPath, [BUILT_QUICKSTART], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(WEB_TEST_PORT),
      PUBLIC_URL: BASE_URL,
      DATABASE_URL: `${DATABASE_SERVER}/${database}`,
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      // Its own secret: nothing is written beside a development database.
      JWT_SECRET: randomBytes(32).toString('hex'),
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_INTERVAL_MS: '100',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.pipe(log);
  api.stderr?.pipe(log);
  const exited = new Promise<number | null>((resolve) => api.once('exit', resolve));

  const stop = async () => {
    if (api.exitCode === null && api.signalCode === null) {
      api.kill('SIGTERM');
      const timer = setTimeout(() => api.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    await deleteRedisKeys(queuePrefix);
  };

  const deadline = Date.now() + 90_000;
  let gone = false;
  void exited.then(() => (gone = true));
  while (!(await answers('/health/ready'))) {
    if (gone || Date.now() > deadline) {
      await stop();
      throw new Error(`The api did not become ready (${gone ? `it exited with ${api.exitCode}` : 'timed out'}); see test-results/api-${runId}.log`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { stop };
}
