import { SetupService } from '#libs/setup';
import { startTestApp, type TestApp } from './support/test-app.js';

/** What a restart of the quick start does to a database it already prepared: nothing it need not. */
describe('setup on a prepared database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  const counts = async () =>
    (
      await t.dataSource.query(`SELECT (SELECT count(*)::int FROM organisation) AS organisations, (SELECT count(*)::int FROM app_user) AS users,
        (SELECT count(*)::int FROM membership) AS memberships, (SELECT count(*)::int FROM need) AS needs, (SELECT count(*)::int FROM offer) AS offers,
        (SELECT count(*)::int FROM national_report) AS reports`)
    )[0] as Record<string, number>;

  it('finds the demo there and creates nothing again, and puts back a demo membership that was removed', async () => {
    const before = await counts();
    expect(before.users).toBeGreaterThan(30);
    const setup = t.app.get(SetupService);
    expect(await setup.prepare({ migrate: true, seed: true, demo: true })).toMatchObject({ migrationsApplied: [], demoUsersCreated: 0 });
    expect(await counts()).toEqual(before);

    await t.dataSource.query(`DELETE FROM membership WHERE user_id = (SELECT id FROM app_user WHERE email = 'npc.ghana@example.org')`);
    expect((await counts()).memberships).toBe(before.memberships - 1);
    await setup.prepare({ migrate: false, seed: false, demo: true });
    expect(await counts()).toEqual(before);
    expect(await t.login('npc.ghana@example.org')).toEqual(expect.any(String));
  });
});
