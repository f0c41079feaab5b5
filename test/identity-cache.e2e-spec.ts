import { Role } from '#libs/core';
import { IdentityAuthUserLoader } from '#libs/identity';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait.js';

/**
 * The signed-in person is kept in memory between requests (IdentityAuthUserLoader) until a
 * change to them is notified: a change made anywhere, even by hand-written SQL, reaches the api
 * within the notification's delivery, and a change made through the api counts from its next request.
 */
describe('who is signed in, kept until it changes', () => {
  let t: TestApp;
  let loader: IdentityAuthUserLoader;
  let donorId: string;

  beforeAll(async () => {
    t = await startTestApp();
    loader = t.app.get(IdentityAuthUserLoader);
    donorId = (await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'donor.germany@example.org'`))[0].id;
    await waitFor(
      'the identity LISTEN',
      async () => (await t.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE query = 'LISTEN "identity"'`)).length > 0,
      10_000,
    );
  });

  afterAll(() => t.close());

  it('reads a person once, then answers from memory until a change is notified', async () => {
    const first = await loader.load(donorId);
    expect(first?.email).toBe('donor.germany@example.org');
    expect(first?.hasRole(Role.DONOR)).toBe(true);
    expect(await loader.load(donorId)).toBe(first);

    // A change nobody told this process about but PostgreSQL: its time zone, by SQL.
    await t.dataSource.query(`UPDATE app_user SET time_zone = 'Africa/Accra' WHERE id = $1`, [donorId]);
    await waitFor('the change to be notified', async () => (await loader.load(donorId)) !== first, 5_000);
    expect((await loader.load(donorId))?.timeZone).toBe('Africa/Accra');
  });

  it('refuses a person disabled by SQL, and takes away a role revoked by SQL, within the notification', async () => {
    const token = await t.login('donor.germany@example.org');
    // For donors only: a donor is told it does not exist; someone else may not ask.
    const donorsOnly = '{ standingCriteriaPreview(criteriaId: "3f2b8c1e-4d5a-4e6f-9a7b-0c1d2e3f4a5b") { __typename } }';
    expect((await t.gql('{ me { email } }', {}, token)).errors).toBeUndefined();
    expect(errorCode(await t.gql(donorsOnly, {}, token))).toBe('NOT_FOUND');

    const memberships = await t.dataSource.query(`SELECT * FROM membership WHERE user_id = $1`, [donorId]);
    await t.dataSource.query(`DELETE FROM membership WHERE user_id = $1`, [donorId]);
    try {
      await waitFor('the revoked role to count', async () => errorCode(await t.gql(donorsOnly, {}, token)) === 'FORBIDDEN', 5_000);
    } finally {
      for (const m of memberships) {
        await t.dataSource.query(`INSERT INTO membership (id, user_id, organisation_id, role, created_at) VALUES ($1, $2, $3, $4, $5)`, [
          m.id,
          m.user_id,
          m.organisation_id,
          m.role,
          m.created_at,
        ]);
      }
    }
    await waitFor('the role to be back', async () => errorCode(await t.gql(donorsOnly, {}, token)) === 'NOT_FOUND', 5_000);

    await t.dataSource.query(`UPDATE app_user SET status = 'DISABLED' WHERE id = $1`, [donorId]);
    try {
      await waitFor('the disabled account to be refused', async () => errorCode(await t.gql('{ me { email } }', {}, token)) === 'UNAUTHENTICATED', 5_000);
    } finally {
      await t.dataSource.query(`UPDATE app_user SET status = 'ACTIVE' WHERE id = $1`, [donorId]);
    }
    await waitFor('the account to be usable again', async () => !(await t.gql('{ me { email } }', {}, token)).errors, 5_000);
  });

  it('counts a change made through the api from the very next request', async () => {
    const token = await t.login('npc.ghana@example.org');
    const before = await t.gql<{ me: { preferredLanguage: string } }>('{ me { preferredLanguage } }', {}, token);
    expect(before.data?.me.preferredLanguage).toBe('EN');
    const changed = await t.gql('mutation { updateMe(input: { preferredLanguage: FR }) { id } }', {}, token);
    expect(changed.errors).toBeUndefined();
    const npcId = (await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'npc.ghana@example.org'`))[0].id;
    // No wait: the mutation dropped the copy before it answered.
    expect((await loader.load(npcId))?.language).toBe('fr');
    await t.gql('mutation { updateMe(input: { preferredLanguage: EN }) { id } }', {}, token);
    expect((await loader.load(npcId))?.language).toBe('en');
  });
});
