import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import type { ParsedMail } from 'mailparser';
import WebSocket from 'ws';
import { Redis } from 'ioredis';
import { AppConfig, OutboxService } from '#libs/core';
import { DigestsTask, liveChannel, RemindersTask } from '#libs/notifications';
import { ok, publishNeed } from './support/market.js';
import { newNpcOf } from './support/people.js';
import { TestSmtpServer } from './support/smtp.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait.js';

interface InboxItem {
  id: string;
  type: string;
  category: string;
  title: string;
  body: string;
  link: string;
  readAt: string | null;
}

/** A header exactly as sent (mailparser folds List-* headers into one structured value). */
const header = (mail: ParsedMail, name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');

const INBOX = `query ($first: Int, $unreadOnly: Boolean) { notifications(first: $first, unreadOnly: $unreadOnly) {
  edges { node { id type category title body link readAt } } pageInfo { hasNextPage } } unreadNotificationCount }`;

describe("notifications: routed, in-app and by e-mail, in the recipient's language, through the job queue", () => {
  const smtp = new TestSmtpServer();
  let t: TestApp;
  let npc: string;
  let moderator: string;
  let admin: string;

  const inbox = async (token: string, unreadOnly = false) =>
    await ok(t.gql<{ notifications: { edges: { node: InboxItem }[] }; unreadNotificationCount: number }>(INBOX, { first: 50, unreadOnly }, token));
  const notificationsOf = async (email: string, type: string) =>
    (await t.dataSource.query(
      `SELECT n.id, n.email_status AS "emailStatus", n.email_attempts AS "emailAttempts", n.email_error AS "emailError", e.id AS "eventId"
         FROM notification n JOIN app_user u ON u.id = n.user_id JOIN outbox_event e ON e.id = n.event_id
        WHERE u.email = $1 AND n.event_type = $2 ORDER BY n.created_at`,
      [email, type],
    )) as { id: string; emailStatus: string; emailAttempts: number; emailError: string | null; eventId: string }[];
  const createNeed = async (title: string, token = npc, state = 'GHA') =>
    (
      await ok(
        t.gql<{ createNeed: { id: string } }>(
          'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
          { input: { stateIso3: state, title, problem: 'Weapons cannot be traced.', proposedActivities: 'Mark them.', thematicAreas: ['MARKING'] } },
          token,
        ),
      )
    ).createNeed.id;
  const step = (name: string, needId: string, token: string, reason?: string) =>
    t.gql(`mutation ($input: NeedTransitionInput!) { ${name}(input: $input) { id status } }`, { input: { needId, reason } }, token);
  const returnedNeed = async (title: string, reason: string) => {
    const id = await createNeed(title);
    await ok(step('submitNeed', id, npc));
    await ok(step('returnNeed', id, moderator, reason));
    return id;
  };

  beforeAll(async () => {
    await smtp.start();
    t = await startTestApp({ withWorker: true, env: { SMTP_URL: smtp.url, OUTBOX_POLL_INTERVAL_MS: '50', EMAIL_ATTEMPTS: '3', EMAIL_RETRY_DELAY_MS: '50' } });
    [npc, moderator, admin] = await Promise.all([t.login('npc.ghana@example.org'), t.login('moderator@example.org'), t.login('admin@example.org')]);
    await ok(t.gql('mutation { updateMe(input: { preferredLanguage: FR }) { id } }', {}, npc));
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('routes a need through moderation to the right people, in their language, never to the one who acted', async () => {
    const needId = await createNeed('Marquage des armes de la police');
    await ok(step('submitNeed', needId, npc));
    // need.submitted: UNODA's moderation queue (a daily digest by default), not the NPC who submitted.
    await waitFor('the moderator to be notified', async () => (await notificationsOf('moderator@example.org', 'need.submitted')).length === 1);
    expect(await notificationsOf('npc.ghana@example.org', 'need.submitted')).toEqual([]);
    expect((await notificationsOf('moderator@example.org', 'need.submitted'))[0].emailStatus).toBe('DIGEST');
    const moderatorInbox = await inbox(moderator);
    expect(moderatorInbox.notifications.edges[0].node).toMatchObject({
      type: 'need.submitted',
      category: 'MODERATION',
      link: expect.stringContaining(`/needs/${needId}`),
    });
    expect(moderatorInbox.notifications.edges[0].node.body).toContain('Marquage des armes de la police');

    // need.returned: urgent for the State's NPC, at once, in French; not for the moderator who returned it.
    await ok(step('returnNeed', needId, moderator, 'Indiquez le nombre d’armes par arsenal.'));
    await waitFor('the NPC e-mail', async () => smtp.to('npc.ghana@example.org').some((m) => m.text?.includes('Indiquez le nombre')));
    expect(await notificationsOf('moderator@example.org', 'need.returned')).toEqual([]);
    const [returned] = await notificationsOf('npc.ghana@example.org', 'need.returned');
    await waitFor('the e-mail to be marked sent', async () => (await notificationsOf('npc.ghana@example.org', 'need.returned'))[0].emailStatus === 'SENT');
    const npcInbox = await inbox(npc);
    const item = npcInbox.notifications.edges.find((e) => e.node.id === returned.id)!.node;
    expect(item.category).toBe('ACTION_REQUIRED');
    const mail = smtp.to('npc.ghana@example.org').find((m) => m.text?.includes('Indiquez le nombre'))!;
    expect(mail.subject).toBe(item.title);
    expect(mail.html).toContain('lang="fr"');
    expect(mail.text).toContain(`/needs/${needId}`);
    // Urgent categories have no unsubscribe link.
    expect(header(mail, 'list-unsubscribe')).toBeUndefined();

    // Read marks: one, then all; another person's notification is not touched.
    const before = npcInbox.unreadNotificationCount;
    expect(
      (await ok(t.gql<{ markNotificationsRead: number }>('mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [returned.id] }, npc)))
        .markNotificationsRead,
    ).toBe(1);
    expect((await inbox(npc)).unreadNotificationCount).toBe(before - 1);
    const moderatorItem = moderatorInbox.notifications.edges[0].node.id;
    expect(
      (await ok(t.gql<{ markNotificationsRead: number }>('mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [moderatorItem] }, npc)))
        .markNotificationsRead,
    ).toBe(0);
    expect(errorCode(await t.gql('mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: ['not-an-id'] }, npc))).toBe('BAD_USER_INPUT');
    // By category: the moderation notice is the moderator's only MODERATION one here; none is a deal room's.
    const byCategory = (categories: string[], token: string) =>
      t.gql<{ notifications: { edges: { node: { category: string } }[] } }>(
        'query ($categories: [NotificationCategory!]) { notifications(first: 50, categories: $categories) { edges { node { category } } } }',
        { categories },
        token,
      );
    const moderation = (await ok(byCategory(['MODERATION'], moderator))).notifications.edges;
    expect(moderation.length).toBeGreaterThan(0);
    expect(moderation.every((e) => e.node.category === 'MODERATION')).toBe(true);
    expect((await ok(byCategory(['DEAL_ROOM'], npc))).notifications.edges).toEqual([]);
    expect(errorCode(await byCategory(['NOT_A_CATEGORY'], npc))).toBe('BAD_USER_INPUT');
    await ok(t.gql('mutation { markAllNotificationsRead }', {}, npc));
    expect((await inbox(npc, true)).notifications.edges).toEqual([]);
    expect(errorCode(await t.gql(INBOX, {}))).toBe('UNAUTHENTICATED');
  });

  it('pushes new notifications live over graphql-ws to the logged-in user', async () => {
    const url = t.url.replace('http', 'ws') + '/graphql';
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${moderator}` }, retryAttempts: 0 });
    const received: { type: string; title: string }[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<{ notificationAdded: { type: string; title: string } }>(
        { query: 'subscription { notificationAdded { type title } }' },
        {
          next: (message) => {
            if (message.data) received.push(message.data.notificationAdded);
            if (received.some((r) => r.type === 'need.submitted')) resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    // The api has subscribed to the moderator's channel (Redis counts the subscribers).
    const [{ id: moderatorId }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'moderator@example.org'`);
    const channel = liveChannel(t.app.get(AppConfig), moderatorId);
    await waitFor('the subscription to be registered', async () => Number(((await t.app.get(Redis).pubsub('NUMSUB', channel)) as [string, number])[1]) > 0);
    const needId = await createNeed('Live need');
    await ok(step('submitNeed', needId, npc));
    await done;
    expect(received.find((r) => r.type === 'need.submitted')!.title.length).toBeGreaterThan(0);
    await client.dispose();

    // Without a token the subscription is refused.
    const anonymous = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
    const refusal = await new Promise<unknown>((resolve) => {
      anonymous.subscribe({ query: 'subscription { notificationAdded { type } }' }, { next: resolve, error: resolve, complete: () => resolve(null) });
    });
    expect(JSON.stringify(refusal)).toContain('UNAUTHENTICATED');
    await anonymous.dispose();
  });

  it("follows preferences: a daily digest gathered once at the user's hour, urgent categories always at once, one-click unsubscribe", async () => {
    const setMode = (category: string, mode: string) =>
      t.gql<{ setNotificationPreference: { category: string; mode: string; urgent: boolean }[] }>(
        'mutation ($c: NotificationCategory!, $m: NotificationDeliveryMode!) { setNotificationPreference(category: $c, mode: $m) { category mode urgent } }',
        { c: category, m: mode },
        npc,
      );
    expect(errorCode(await setMode('ACTION_REQUIRED', 'OFF'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await setMode('DEADLINES', 'WEEKLY'))).toBe('BAD_USER_INPUT');
    // Only this test's needs wait for the NPC's digest (matches the engine suggests meanwhile would too).
    await ok(setMode('MATCHES', 'OFF'));
    const prefs = (await ok(setMode('NEEDS', 'DAILY'))).setNotificationPreference;
    expect(prefs.find((p) => p.category === 'NEEDS')).toEqual({ category: 'NEEDS', mode: 'DAILY', urgent: false });

    const published = [await publishNeed(t, npc, moderator, { title: 'Digest need A' }), await publishNeed(t, npc, moderator, { title: 'Digest need B' })];
    await waitFor(
      'both to wait for the digest',
      async () => (await notificationsOf('npc.ghana@example.org', 'need.published')).filter((n) => n.emailStatus === 'DIGEST').length === 2,
    );
    const mailsBefore = smtp.to('npc.ghana@example.org').length;
    const digests = t.app.get(DigestsTask);
    // The NPC's digests, with how many of the two needs each holds (suggestions made before may be in it too).
    const npcDigests = async () =>
      (await t.dataSource.query(
        `SELECT d.period_key AS key, (SELECT count(*)::int FROM notification n WHERE n.digest_id = d.id AND n.event_type = 'need.published') AS needs
           FROM email_digest d JOIN app_user u ON u.id = d.user_id WHERE u.email = 'npc.ghana@example.org' ORDER BY d.created_at`,
      )) as { key: string; needs: number }[];
    expect(await digests.run(new Date('2026-12-01T06:05:00Z'))).toEqual({ digests: 0, items: 0 }); // 06:05 in UTC: not yet
    expect((await digests.run(new Date('2026-12-01T07:05:00Z'))).digests).toBeGreaterThanOrEqual(1);
    expect(await npcDigests()).toEqual([{ key: '2026-12-01', needs: 2 }]);
    await waitFor('the digest e-mail', async () => smtp.to('npc.ghana@example.org').length === mailsBefore + 1);
    const digest = smtp.to('npc.ghana@example.org').at(-1)!;
    expect(digest.text).toContain('Digest need A');
    expect(digest.text).toContain('Digest need B');
    expect(published).toHaveLength(2);
    // The same day again, or the next day with nothing waiting: no digest (never twice, never empty).
    expect(await digests.run(new Date('2026-12-01T07:35:00Z'))).toEqual({ digests: 0, items: 0 });
    await digests.run(new Date('2026-12-02T07:05:00Z'));
    expect(await npcDigests()).toEqual([{ key: '2026-12-01', needs: 2 }]);
    expect(Number((await t.dataSource.query('SELECT count(*)::int AS n FROM email_digest WHERE items = 0'))[0].n)).toBe(0);
    // Nothing is sent: no condition to wait for, so a short time in which no e-mail may arrive.
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.to('npc.ghana@example.org').length).toBe(mailsBefore + 1);

    // Immediate again: the e-mail carries a one-click unsubscribe link for its category.
    await ok(setMode('NEEDS', 'IMMEDIATE'));
    await publishNeed(t, npc, moderator, { title: 'Unsubscribe need' });
    await waitFor('the e-mail', async () => smtp.to('npc.ghana@example.org').some((m) => m.text?.includes('Unsubscribe need')));
    const mail = smtp.to('npc.ghana@example.org').find((m) => m.text?.includes('Unsubscribe need'))!;
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const link = new URL(header(mail, 'list-unsubscribe')!.replace(/^<|>$/g, ''));
    expect(mail.text).toContain(link.toString());
    const token = link.searchParams.get('token')!;
    const tampered = await fetch(`${t.url}${link.pathname}?token=${encodeURIComponent(token.slice(0, -3) + 'abc')}`);
    expect(tampered.status).toBe(400);
    const page = await fetch(`${t.url}${link.pathname}?token=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('lang="fr"');
    const after = (await ok(t.gql<{ notificationPreferences: { category: string; mode: string }[] }>('{ notificationPreferences { category mode } }', {}, npc)))
      .notificationPreferences;
    expect(after.find((p) => p.category === 'NEEDS')!.mode).toBe('OFF');
    const oneClick = await fetch(`${t.url}${link.pathname}?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    // Off: in the inbox, no e-mail.
    await publishNeed(t, npc, moderator, { title: 'Quiet need' });
    await waitFor('the quiet notification', async () =>
      (await notificationsOf('npc.ghana@example.org', 'need.published')).some((n) => n.emailStatus === 'NONE'),
    );
  });

  it('retries while the mail server refuses, then fails after the last attempt; an administrator re-drives it', async () => {
    // Earlier tests' e-mails (digests of other users) are all out before the server starts refusing.
    await waitFor(
      'no e-mail in flight',
      async () =>
        Number(
          (
            await t.dataSource.query(
              `SELECT (SELECT count(*) FROM notification WHERE email_status IN ('PENDING', 'QUEUED')) + (SELECT count(*) FROM email_digest WHERE status = 'PENDING') AS n`,
            )
          )[0].n,
        ) === 0,
    );
    smtp.refuse(2);
    await returnedNeed('Refused twice', 'First reason.');
    await waitFor('the e-mail after two refusals', async () => smtp.to('npc.ghana@example.org').some((m) => m.text?.includes('First reason.')));
    const [first] = (await notificationsOf('npc.ghana@example.org', 'need.returned')).slice(-1);
    await waitFor('sent', async () => (await notificationsOf('npc.ghana@example.org', 'need.returned')).at(-1)!.emailStatus === 'SENT');
    expect((await notificationsOf('npc.ghana@example.org', 'need.returned')).at(-1)!.emailAttempts).toBe(3);
    expect(smtp.to('npc.ghana@example.org').filter((m) => m.text?.includes('First reason.'))).toHaveLength(1);
    expect(first).toBeDefined();

    smtp.refuseAll();
    await returnedNeed('Refused always', 'Second reason.');
    await waitFor(
      'the e-mail to fail for good',
      async () => (await notificationsOf('npc.ghana@example.org', 'need.returned')).at(-1)!.emailStatus === 'FAILED',
      20_000,
    );
    const failed = (await notificationsOf('npc.ghana@example.org', 'need.returned')).at(-1)!;
    expect(failed.emailError).toMatch(/451/);
    const listed = (
      await ok(t.gql<{ failedEmails: { id: string; kind: string; email: string; error: string }[] }>('{ failedEmails { id kind email error } }', {}, admin))
    ).failedEmails;
    expect(listed.find((f) => f.id === failed.id)).toMatchObject({ kind: 'NOTIFICATION', email: 'npc.ghana@example.org' });
    expect(errorCode(await t.gql('{ failedEmails { id } }', {}, npc))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('mutation ($ids: [ID!]!) { redriveEmails(ids: $ids) }', { ids: [failed.id] }, npc))).toBe('FORBIDDEN');
    // UNODA's moderators operate the platform too (the web app's operations page).
    const seen = (await ok(t.gql<{ failedEmails: { id: string }[] }>('{ failedEmails { id } }', {}, moderator))).failedEmails;
    expect(seen.map((f) => f.id)).toContain(failed.id);
    smtp.accept();
    expect(
      (await ok(t.gql<{ redriveEmails: number }>('mutation ($ids: [ID!]!) { redriveEmails(ids: $ids) }', { ids: [failed.id] }, admin))).redriveEmails,
    ).toBe(1);
    await waitFor('the re-driven e-mail', async () => smtp.to('npc.ghana@example.org').some((m) => m.text?.includes('Second reason.')));
    await waitFor('sent', async () => (await notificationsOf('npc.ghana@example.org', 'need.returned')).at(-1)!.emailStatus === 'SENT');
    expect(smtp.to('npc.ghana@example.org').filter((m) => m.text?.includes('Second reason.'))).toHaveLength(1);
    // Re-driving what is not failed does nothing.
    expect(
      (await ok(t.gql<{ redriveEmails: number }>('mutation ($ids: [ID!]!) { redriveEmails(ids: $ids) }', { ids: [failed.id] }, admin))).redriveEmails,
    ).toBe(0);
  }, 60_000);

  it('handles bad input without crashing a worker: a deleted record, a recipient without e-mail, a replayed event', async () => {
    const outbox = t.app.get(OutboxService);
    // An event about a need that no longer exists: still delivered, with what is known.
    const [ghost] = await t.dataSource.transaction((m) =>
      outbox.record(m, { type: 'need.returned', aggregateType: 'need', aggregateId: randomUUID(), payload: { stateIso3: 'GHA', reason: 'Ghost reason.' } }),
    );
    await waitFor('the ghost e-mail', async () => smtp.to('npc.ghana@example.org').some((m) => m.text?.includes('Ghost reason.')));

    // A recipient without an e-mail address: in the inbox, the e-mail skipped with the reason.
    // (Zambia: a State with no NPC in the demo data, so this one is its only recipient.)
    await newNpcOf(t, 'ZMB', 'npc.nomail@example.org');
    await t.dataSource.query(`UPDATE app_user SET email = '' WHERE email = 'npc.nomail@example.org'`);
    const [noMail] = await t.dataSource.transaction((m) =>
      outbox.record(m, { type: 'need.returned', aggregateType: 'need', aggregateId: randomUUID(), payload: { stateIso3: 'ZMB', reason: 'x' } }),
    );
    await waitFor('the skipped notification', async () => {
      const rows = await t.dataSource.query(`SELECT email_status, email_error FROM notification WHERE event_id = $1`, [noMail]);
      return rows.length === 1 && rows[0].email_status === 'SKIPPED' && /no e-mail/.test(rows[0].email_error);
    });

    // The same event fanned out again (its consumption forgotten, its job re-added): nothing new.
    const count = async () => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM notification WHERE event_id = $1', [ghost]))[0].n);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await t.dataSource.query(`DELETE FROM event_consumption WHERE event_id = $1 AND consumer = 'notifications.fan-out'`, [ghost]);
    await t.dataSource.query('UPDATE outbox_event SET published_at = NULL WHERE id = $1', [ghost]);
    const { getQueueToken } = await import('@nestjs/bullmq');
    await t.app.get(getQueueToken('events')).add('need.returned', { eventId: ghost }, { jobId: `${ghost}-replay` });
    await waitFor(
      'the replay to be consumed',
      async () =>
        Number(
          (await t.dataSource.query(`SELECT count(*)::int AS n FROM event_consumption WHERE event_id = $1 AND consumer = 'notifications.fan-out'`, [ghost]))[0]
            .n,
        ) === 1,
    );
    expect(await count()).toBe(before);
    expect(smtp.to('npc.ghana@example.org').filter((m) => m.text?.includes('Ghost reason.'))).toHaveLength(1);
  });

  it('reminds of deadlines once', async () => {
    const need = await publishNeed(t, npc, moderator, { title: 'Expiring soon', validUntil: '2027-01-05' });
    const reminders = t.app.get(RemindersTask);
    expect((await reminders.run('2026-12-01')).reminded).toBe(0);
    expect((await reminders.run('2026-12-30')).reminded).toBeGreaterThanOrEqual(1);
    expect((await reminders.run('2026-12-31')).reminded).toBe(0);
    await waitFor('the reminder', async () => (await notificationsOf('npc.ghana@example.org', 'reminder.need_valid_until')).length === 1);
    const item = (await inbox(npc)).notifications.edges.find((e) => e.node.type === 'reminder.need_valid_until')!.node;
    expect(item).toMatchObject({ category: 'DEADLINES', link: expect.stringContaining(`/needs/${need.id}`) });
  });

  it('e-mails an invitation to the person invited, with the link that accepts it', async () => {
    const [{ id: ghana }] = await t.dataSource.query(`SELECT id FROM organisation WHERE state_iso3 = 'GHA'`);
    await ok(
      t.gql(
        'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }',
        { input: { email: 'new.npc@example.org', displayName: 'New NPC', organisationId: ghana, role: 'NPC' } },
        admin,
      ),
    );
    await waitFor('the invitation e-mail', async () => smtp.to('new.npc@example.org').length === 1);
    const mail = smtp.to('new.npc@example.org')[0];
    const token = /invitations\/accept\?token=([^\s"&<]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();
    expect(mail.text).toContain('Ghana');
    expect(mail.text).toContain('National Point of Contact');
    // The link in the e-mail is the one that works.
    const accepted = await t.gql<{ acceptInvitation: { accessToken: string } }>(
      'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
      { input: { token: decodeURIComponent(token!), password: 'a long enough test passphrase' } },
    );
    expect(accepted.data?.acceptInvitation.accessToken).toBeTruthy();
  });

  it('opens the queue dashboard to administrators and UNODA moderators only', async () => {
    expect(errorCode(await t.gql('{ queueDashboardLink }', {}, npc))).toBe('FORBIDDEN');
    const moderatorLink = new URL((await ok(t.gql<{ queueDashboardLink: string }>('{ queueDashboardLink }', {}, moderator))).queueDashboardLink);
    expect((await fetch(`${t.url}${moderatorLink.pathname}${moderatorLink.search}`, { redirect: 'manual' })).status).toBe(303);
    const link = new URL((await ok(t.gql<{ queueDashboardLink: string }>('{ queueDashboardLink }', {}, admin))).queueDashboardLink);
    expect((await fetch(`${t.url}/admin/queues`)).status).toBe(401);
    expect(
      (await fetch(`${t.url}${link.pathname}?token=${encodeURIComponent(link.searchParams.get('token')!.slice(0, -2) + 'zz')}`, { redirect: 'manual' })).status,
    ).toBe(401);
    const entry = await fetch(`${t.url}${link.pathname}${link.search}`, { redirect: 'manual' });
    expect(entry.status).toBe(303);
    const cookie = entry.headers.get('set-cookie')!.split(';')[0];
    expect(entry.headers.get('set-cookie')).toContain('HttpOnly');
    const board = await fetch(`${t.url}/admin/queues`, { headers: { cookie } });
    expect(board.status).toBe(200);
    expect(await board.text()).toContain('<html');
    const api = await fetch(`${t.url}/admin/queues/api/queues`, { headers: { cookie } });
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain('notifications');
  });
});
