import { Queue } from 'bullmq';
import { addDays, MAINTENANCE_QUEUE, todayUtc } from '#libs/core';
import { NeedsFreshnessTask } from '#libs/needs';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { TEST_REDIS_URL } from './support/test-env.js';
import { waitFor } from './support/wait.js';

const NEED = {
  stateIso3: 'GHA',
  title: 'Armoury security upgrade',
  problem: 'Two regional armouries lack alarms, lighting and reinforced doors; 3,000 weapons are at risk of theft.',
  proposedActivities: '1. Install alarms and lighting. 2. Replace doors. 3. Train 10 storekeepers.',
  thematicAreas: ['STOCKPILE_MANAGEMENT'],
  assistanceTypes: ['EQUIPMENT'],
  budget: { amount: '100000.00', currency: 'EUR' },
  visibility: 'PUBLIC',
};

describe('fresh needs: expiry, reminders, reconfirmation and USD equivalents', () => {
  let t: TestApp;
  let npc: string;
  let moderator: string;
  let admin: string;

  /** A published need of Ghana valid until `validUntil`. */
  async function published(validUntil: string): Promise<string> {
    const created = await t.gql<{ createNeed: { id: string } }>(
      'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
      { input: { ...NEED, validUntil } },
      npc,
    );
    const id = created.data!.createNeed.id;
    await t.gql('mutation ($input: NeedTransitionInput!) { submitNeed(input: $input) { id } }', { input: { needId: id } }, npc);
    await t.gql('mutation ($input: NeedTransitionInput!) { publishNeed(input: $input) { id } }', { input: { needId: id } }, moderator);
    return id;
  }
  const statusOf = async (id: string) =>
    (await t.dataSource.query('SELECT status, valid_until::text AS v, expiry_reminder_for::text AS r FROM need WHERE id = $1', [id]))[0];
  const events = async (type: string, id: string) =>
    Number((await t.dataSource.query('SELECT count(*)::int AS n FROM outbox_event WHERE type = $1 AND aggregate_id = $2', [type, id]))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ withWorker: true, env: { OUTBOX_POLL_INTERVAL_MS: '50' } });
    [npc, moderator, admin] = await Promise.all([t.login('npc.ghana@example.org'), t.login('moderator@example.org'), t.login('admin@example.org')]);
  });
  afterAll(() => t.close());

  it('is scheduled daily on the maintenance queue', async () => {
    const queue = new Queue(MAINTENANCE_QUEUE, { connection: { url: TEST_REDIS_URL }, prefix: t.config.QUEUE_PREFIX });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.pattern])).toContainEqual(['needs.freshness', '15 2 * * *']);
    } finally {
      await queue.close();
    }
  });

  it('asks "still needed?" once in the month before valid-until, then expires the need after it', async () => {
    const today = todayUtc();
    const soon = await published(addDays(today, 20));
    const later = await published(addDays(today, 200));
    const task = t.app.get(NeedsFreshnessTask);

    const first = await task.run(today);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect(await events('need.expiry_reminder', soon)).toBe(1);
    expect(await events('need.expiry_reminder', later)).toBe(0);
    await task.run(today); // the next day's run does not remind again
    expect(await events('need.expiry_reminder', soon)).toBe(1);

    const afterExpiry = await task.run(addDays(today, 21));
    expect(afterExpiry.expired).toBeGreaterThanOrEqual(1);
    expect(await statusOf(soon)).toMatchObject({ status: 'EXPIRED' });
    expect(await statusOf(later)).toMatchObject({ status: 'PUBLISHED' });
    expect(await events('need.expired', soon)).toBe(1);
    const audit = await t.dataSource.query(`SELECT from_state, to_state, actor_user_id FROM audit_entry WHERE entity_id = $1 AND to_state = 'EXPIRED'`, [soon]);
    expect(audit).toEqual([{ from_state: 'PUBLISHED', to_state: 'EXPIRED', actor_user_id: null }]);

    // The State wants it still: back to moderation.
    const reopened = await t.gql<{ reopenNeed: { status: string } }>(
      'mutation ($input: NeedTransitionInput!) { reopenNeed(input: $input) { status } }',
      { input: { needId: soon } },
      npc,
    );
    expect(reopened.data?.reopenNeed.status).toBe('SUBMITTED');
  });

  it('lets the State reconfirm with one mutation, to the end of the next reporting cycle', async () => {
    const today = todayUtc();
    const id = await published(addDays(today, 10));
    await t.app.get(NeedsFreshnessTask).run(today);
    expect((await statusOf(id)).r).toBe(addDays(today, 10));

    const reconfirmed = await t.gql<{ reconfirmNeed: { validUntil: string; version: number } }>(
      'mutation ($id: ID!) { reconfirmNeed(needId: $id) { validUntil version } }',
      { id },
      npc,
    );
    expect(reconfirmed.errors).toBeUndefined();
    const validUntil = reconfirmed.data!.reconfirmNeed.validUntil;
    expect(validUntil > addDays(today, 365)).toBe(true);
    expect(validUntil).toMatch(/-12-31$/);
    expect(Number(validUntil.slice(0, 4)) % 2).toBe(1);
    expect(await statusOf(id)).toMatchObject({ status: 'PUBLISHED', r: null });
    expect(await events('need.reconfirmed', id)).toBe(1);

    const donor = await t.login('donor.germany@example.org');
    expect(errorCode(await t.gql('mutation ($id: ID!) { reconfirmNeed(needId: $id) { id } }', { id }, donor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('mutation ($id: ID!) { reconfirmNeed(needId: $id, validUntil: "2001-01-01") { id } }', { id }, npc))).toBe('BAD_USER_INPUT');
  });

  it('recomputes USD equivalents when an administrator changes a rate (through the worker)', async () => {
    const id = await published(addDays(todayUtc(), 300));
    expect((await t.dataSource.query('SELECT budget_usd FROM need WHERE id = $1', [id]))[0].budget_usd).toBe('108000.00');
    const set = await t.gql(
      'mutation ($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { usdPerUnit } }',
      { input: { currencyCode: 'EUR', usdPerUnit: '1.25', effectiveDate: todayUtc() } },
      admin,
    );
    expect(set.errors).toBeUndefined();
    await waitFor(
      'the USD equivalent to follow the new rate',
      async () => (await t.dataSource.query('SELECT budget_usd FROM need WHERE id = $1', [id]))[0].budget_usd === '125000.00',
    );
    const view = await t.gql<{ need: { budgetUsd: string; budgetUsdRateDate: string } }>(
      'query ($id: ID!) { need(id: $id) { budgetUsd budgetUsdRateDate } }',
      { id },
      npc,
    );
    expect(view.data?.need).toEqual({ budgetUsd: '125000.00', budgetUsdRateDate: todayUtc() });
  });
});
