import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { OutboxService } from '#libs/core';
import { DEMO_STATES } from '#libs/setup';
import { TestSmtpServer } from './support/smtp.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_REDIS_URL } from './support/test-env.js';
import { waitFor } from './support/wait.js';

const WORKER = join(resolve(import.meta.dirname, '..'), 'dist/apps/worker/src/main.js');

/** Writes events the way features do: each in the transaction of its change. */
async function writeEvents(t: TestApp, n: number, type: string, payload: () => Record<string, unknown>): Promise<string[]> {
  const outbox = t.app.get(OutboxService);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const [id] = await t.dataSource.transaction((m) => outbox.record(m, { type, aggregateType: 'meeting', aggregateId: randomUUID(), payload: payload() }));
    ids.push(id);
  }
  return ids;
}

const scalar = async (t: TestApp, sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);

/**
 * Disables the NPCs of the demo States other than Ghana: a meeting is announced to every member,
 * and these tests count e-mails per member; four recipients keep the load what it is meant to be.
 */
async function quietOtherDemoStates(app: TestApp): Promise<void> {
  const emails = DEMO_STATES.map((s) => `npc.${s.key}@example.org`);
  await app.dataSource.query(`UPDATE app_user SET status = 'DISABLED' WHERE email = ANY($1::text[])`, [emails]);
}

describe('notifications survive Redis going away: every notification and e-mail arrives once', () => {
  const proxy = new TcpProxy('127.0.0.1', Number(new URL(TEST_REDIS_URL).port || 6379));
  const smtp = new TestSmtpServer();
  let t: TestApp;

  beforeAll(async () => {
    await proxy.start();
    await smtp.start();
    t = await startTestApp({ withWorker: true, env: { REDIS_URL: proxy.url, SMTP_URL: smtp.url, OUTBOX_POLL_INTERVAL_MS: '50', EMAIL_RETRY_DELAY_MS: '50' } });
    await quietOtherDemoStates(t);
  });
  afterAll(async () => {
    await t.close();
    await proxy.cut();
    await smtp.stop();
  });

  it('delivers what was written while Redis was unreachable, once, after it returns', async () => {
    const members = await scalar(
      t,
      `SELECT count(DISTINCT user_id)::int AS n FROM membership m JOIN app_user u ON u.id = m.user_id
                                      WHERE u.status = 'ACTIVE' AND m.role IN ('NPC', 'DONOR', 'UNODA_MODERATOR', 'REGIONAL_REVIEWER')`,
    );
    expect(members).toBeGreaterThanOrEqual(4);
    // Meetings are news (a daily digest by default): chosen "immediate" here, so every notification is an e-mail to deliver.
    await t.dataSource.query(
      `INSERT INTO notification_preference (user_id, category, mode) SELECT DISTINCT user_id, 'MEETINGS', 'IMMEDIATE' FROM membership ON CONFLICT DO NOTHING`,
    );
    await proxy.cut();
    const events = await writeEvents(t, 20, 'meeting.scheduled', () => ({
      title: `Meeting ${randomUUID().slice(0, 8)}`,
      startsAt: '2027-03-01T10:00:00.000Z',
    }));
    await waitFor(
      'the relay to notice Redis is gone',
      async () => (await scalar(t, 'SELECT count(*)::int AS n FROM outbox_event WHERE last_error IS NOT NULL')) > 0,
    );
    expect(await scalar(t, 'SELECT count(*)::int AS n FROM notification WHERE event_id = ANY($1::uuid[])', [events])).toBe(0);

    await proxy.restore();
    await waitFor(
      'every notification',
      async () => (await scalar(t, 'SELECT count(*)::int AS n FROM notification WHERE event_id = ANY($1::uuid[])', [events])) === 20 * members,
      30_000,
    );
    await waitFor('every e-mail', async () => smtp.received.length >= 20 * members, 30_000);
    // Duplicates would come after the last expected e-mail: a time in which nothing more may arrive.
    await new Promise((r) => setTimeout(r, 500));
    // Once each: one e-mail per notification, one notification per (event, member).
    expect(smtp.received).toHaveLength(20 * members);
    const perRecipient = new Map<string, number>();
    for (const m of smtp.received)
      for (const to of [m.to].flat()) for (const v of to?.value ?? []) perRecipient.set(v.address!, (perRecipient.get(v.address!) ?? 0) + 1);
    expect(perRecipient.size).toBe(members);
    expect([...perRecipient.values()].every((n) => n === 20)).toBe(true);
    expect(await scalar(t, `SELECT count(*)::int AS n FROM notification WHERE event_id = ANY($1::uuid[]) AND email_status <> 'SENT'`, [events])).toBe(0);
  }, 90_000);
});

describe('notifications survive a worker killed in the middle of a fan-out', () => {
  let t: TestApp;
  const workers: ChildProcess[] = [];

  const startWorker = () => {
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test',
      DATABASE_URL: t.config.DATABASE_URL!,
      REDIS_URL: t.config.REDIS_URL,
      QUEUE_PREFIX: t.config.QUEUE_PREFIX,
      JWT_SECRET: t.config.JWT_SECRET,
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_INTERVAL_MS: '50',
      MIGRATE_ON_START: 'false',
    };
    const child = spawn(process.execPath, [WORKER], { env, stdio: 'ignore' });
    workers.push(child);
    return child;
  };

  beforeAll(async () => {
    // The api alone: the workers are separate processes.
    t = await startTestApp({ withWorker: false });
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await t.close();
  });

  it('loses and doubles nothing: the killed fan-outs roll back and another worker redoes them', async () => {
    // 400 more NPCs of Ghana (e-mail off, to watch the fan-out alone), and 150 events for them.
    const [{ id: ghana }] = await t.dataSource.query(`SELECT id FROM organisation WHERE type = 'MEMBER_STATE' AND state_iso3 = 'GHA'`);
    await t.dataSource.query(
      `WITH users AS (
         INSERT INTO app_user (email, display_name, status) SELECT 'npc' || g || '@bulk.example.org', 'NPC ' || g, 'ACTIVE' FROM generate_series(1, 400) g RETURNING id
       ), members AS (INSERT INTO membership (user_id, organisation_id, role) SELECT id, $1, 'NPC' FROM users)
       INSERT INTO notification_preference (user_id, category, mode) SELECT id, 'NEEDS', 'OFF' FROM users`,
      [ghana],
    );
    const recipients = await scalar(
      t,
      `SELECT count(*)::int AS n FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.organisation_id = $1 AND m.role = 'NPC' AND u.status = 'ACTIVE'`,
      [ghana],
    );
    const events = await writeEvents(t, 150, 'need.published', () => ({ stateIso3: 'GHA', from: 'SUBMITTED', to: 'PUBLISHED' }));
    const total = 150 * recipients;
    const written = () => scalar(t, 'SELECT count(*)::int AS n FROM notification WHERE event_id = ANY($1::uuid[])', [events]);

    const first = startWorker();
    await waitFor('the fan-out to be under way', async () => (await written()) > 0, 60_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = await written();
    expect(atKill).toBeLessThan(total); // killed in the middle

    startWorker();
    // The second worker takes over the jobs the first held once their locks expire (BullMQ stalled-job check).
    await waitFor('every notification', async () => (await written()) === total, 120_000);
    await waitFor(
      'every event consumed',
      async () =>
        (await scalar(t, `SELECT count(*)::int AS n FROM event_consumption WHERE consumer = 'notifications.fan-out' AND event_id = ANY($1::uuid[])`, [
          events,
        ])) === 150,
    );
    // Duplicates from the killed worker's jobs would come late: a time in which nothing more may be written.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await written()).toBe(total);
    const perEvent: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM notification WHERE event_id = ANY($1::uuid[]) GROUP BY event_id',
      [events],
    );
    expect(perEvent).toHaveLength(150);
    expect(perEvent.every((r) => r.n === recipients)).toBe(true);
  }, 180_000);
});
