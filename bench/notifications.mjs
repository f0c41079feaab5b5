// Notifications at scale: the built worker in this process (outbox relay, events queue, fan-out,
// live publishing) against real PostgreSQL and Redis, in a fresh database with 50 GIS members
// (NPCs of one State; e-mail off for the category, to measure the in-app path). The events are
// `meeting.scheduled` (to every GIS member), which only notifications consume:
//   1. throughput: 2,000 events committed at once fan out to 100,000 in-app
//      notifications; deliveries per second from the commit to the last row;
//   2. latency: 2,000 more events at a steady 200 per second, each in its own transaction; for
//      each, from the event's commit time (occurred_at) to its recipients' rows (created_at, the
//      same database clock), p50 and p99;
//   3. baseline: the same number of no-op BullMQ jobs as deliveries (100,000), added in bulk and
//      processed by a plain BullMQ worker, jobs per second (what one job per delivery would cost).
// Needs `npm run build`, PostgreSQL and Redis.
//   npm run bench:notifications   (BENCH_DATABASE_SERVER, BENCH_REDIS_URL, BENCH_EVENTS, BENCH_RECIPIENTS to override)
// Prints one JSON line: {"bench":"notifications","deliveries_per_s":…,"latency_p99_ms":…,"raw_bullmq_jobs_per_s":…}
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { admin, root, seedReference, server } from './lib/database.mjs';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 50);
const RATE = 200;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const { NestFactory } = await import('@nestjs/core');
const { loadConfig } = await import(join(root, 'dist/libs/core/src/index.js'));
const { WorkerModule } = await import(join(root, 'dist/apps/worker/src/worker.module.js'));
const { Queue, Worker } = await import('bullmq');

const database = `gis_bench_notifications_${process.pid}`;
const prefix = `gis-bench-notifications-${process.pid}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

await admin(`CREATE DATABASE ${database}`);
const client = new pg.Client({ connectionString: `${server}/${database}` });
let worker;
try {
  await seedReference(database);
  await client.connect();
  const {
    rows: [{ id: organisation }],
  } = await client.query(`INSERT INTO organisation (type, name, state_iso3, version) VALUES ('MEMBER_STATE', 'Ghana', 'GHA', 1) RETURNING id`);
  await client.query(
    `WITH users AS (
       INSERT INTO app_user (email, display_name, status) SELECT 'npc' || g || '@bench.example.org', 'NPC ' || g, 'ACTIVE' FROM generate_series(1, $2::int) g RETURNING id
     ), members AS (INSERT INTO membership (user_id, organisation_id, role) SELECT id, $1, 'NPC' FROM users)
     INSERT INTO notification_preference (user_id, category, mode) SELECT id, 'MEETINGS', 'OFF' FROM users`,
    [organisation, RECIPIENTS],
  );

  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'a benchmark secret that is long enough for the config check',
    DATABASE_URL: `${server}/${database}`,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    MIGRATE_ON_START: 'false',
  });
  worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  await worker.init();

  const eventSql = `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload)
                    SELECT 'meeting.scheduled', 'meeting', gen_random_uuid()::text, '{"title":"GIS meeting","startsAt":"2027-03-01T10:00:00.000Z"}'::jsonb
                      FROM generate_series(1, $1::int)`;
  const count = async () => Number((await client.query('SELECT count(*)::int AS n FROM notification')).rows[0].n);
  const waitFor = async (target, timeoutMs = 300_000) => {
    const deadline = Date.now() + timeoutMs;
    while ((await count()) < target) {
      if (Date.now() > deadline) throw new Error(`timed out at ${await count()} of ${target} notifications`);
      await sleep(20);
    }
  };

  // Warm-up: connections, prepared statement caches.
  await client.query(eventSql, [20]);
  await waitFor(20 * RECIPIENTS);

  // 1. Throughput.
  const base = await count();
  const started = performance.now();
  await client.query(eventSql, [EVENTS]);
  await waitFor(base + EVENTS * RECIPIENTS);
  const throughputMs = performance.now() - started;
  const deliveriesPerSecond = Math.round((EVENTS * RECIPIENTS) / (throughputMs / 1000));

  // 2. Latency at a steady rate, each event its own transaction.
  const latencyBase = await count();
  const ids = [];
  const begin = performance.now();
  for (let i = 0; i < EVENTS; i++) {
    const due = begin + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const id = randomUUID();
    ids.push(id);
    await client.query(
      `INSERT INTO outbox_event (id, type, aggregate_type, aggregate_id, payload)
       VALUES ($1, 'meeting.scheduled', 'meeting', gen_random_uuid()::text, '{"title":"GIS meeting","startsAt":"2027-03-01T10:00:00.000Z"}')`,
      [id],
    );
  }
  const achievedRate = Math.round(EVENTS / ((performance.now() - begin) / 1000));
  await waitFor(latencyBase + EVENTS * RECIPIENTS);
  const { rows: latencies } = await client.query(
    `SELECT extract(epoch FROM (max(n.created_at) - e.occurred_at)) * 1000 AS ms
       FROM outbox_event e JOIN notification n ON n.event_id = e.id WHERE e.id = ANY($1::uuid[]) GROUP BY e.id, e.occurred_at`,
    [ids],
  );
  const sorted = latencies.map((r) => Number(r.ms)).sort((a, b) => a - b);
  await worker.close();
  worker = undefined;

  // 3. Raw BullMQ: as many no-op jobs as deliveries, added in bulk, one worker.
  const connection = { url: REDIS_URL };
  const queue = new Queue('bench-noop', { connection, prefix });
  const jobs = EVENTS * RECIPIENTS;
  let done = 0;
  let finished;
  const allDone = new Promise((r) => (finished = r));
  const noop = new Worker('bench-noop', async () => null, { connection, prefix, concurrency: 50, removeOnComplete: { count: 0 } });
  noop.on('completed', () => {
    if (++done === jobs) finished();
  });
  await noop.waitUntilReady();
  const rawStarted = performance.now();
  for (let i = 0; i < jobs; i += 1000) {
    await queue.addBulk(Array.from({ length: Math.min(1000, jobs - i) }, (_, k) => ({ name: 'noop', data: { n: i + k } })));
  }
  await allDone;
  const rawMs = performance.now() - rawStarted;
  await noop.close();
  await queue.obliterate({ force: true });
  await queue.close();

  console.log(
    JSON.stringify({
      bench: 'notifications',
      events: EVENTS,
      recipients_per_event: RECIPIENTS,
      deliveries: EVENTS * RECIPIENTS,
      throughput_ms: Math.round(throughputMs),
      deliveries_per_s: deliveriesPerSecond,
      latency_events: sorted.length,
      latency_rate_per_s: achievedRate,
      latency_p50_ms: Math.round(quantile(sorted, 0.5)),
      latency_p99_ms: Math.round(quantile(sorted, 0.99)),
      latency_max_ms: Math.round(sorted.at(-1)),
      raw_bullmq_jobs: jobs,
      raw_bullmq_jobs_per_s: Math.round(jobs / (rawMs / 1000)),
    }),
  );
} finally {
  await worker?.close().catch(() => undefined);
  await client.end().catch(() => undefined);
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}
process.exit(0);
