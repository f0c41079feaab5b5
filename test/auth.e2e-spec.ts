import { JwtService } from '@nestjs/jwt';
import { DEMO_PASSWORD, DEMO_USERS } from '#libs/setup';
import { TEST_JWT_SECRET } from './support/test-env.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { email roles } }
}`;
const ME = '{ me { email roles memberships { role organisation { name type stateIso3 } } } }';
const REFRESH = 'mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';

interface LoginData {
  login: { accessToken: string; refreshToken: string; accessTokenExpiresAt: string; user: { email: string; roles: string[] } };
}

describe('identity and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_MAX_FAILURES: '5', LOGIN_MAX_FAILURES_PER_IP: '1000' } });
  });
  afterAll(() => t.close());

  it.each(DEMO_USERS.map((u) => [u.role, u.email] as const))('logs in the demo %s and tells who they are', async (role, email) => {
    const login = await t.gql<LoginData>(LOGIN, { input: { email, password: DEMO_PASSWORD } });
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.user).toEqual({ email, roles: [role] });
    expect(new Date(login.data!.login.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await t.gql<{ me: { email: string; roles: string[]; memberships: { role: string }[] } }>(ME, {}, login.data!.login.accessToken);
    expect(me.data?.me.email).toBe(email);
    expect(me.data?.me.memberships.map((m) => m.role)).toEqual([role]);
  });

  it('accepts the e-mail in any case', async () => {
    const login = await t.gql<LoginData>(LOGIN, { input: { email: 'NPC.Ghana@Example.org', password: DEMO_PASSWORD } });
    expect(login.data?.login.user.email).toBe('npc.ghana@example.org');
  });

  it('answers a wrong password and an unknown e-mail with the same UNAUTHENTICATED error', async () => {
    const wrong = await t.gql(LOGIN, { input: { email: 'moderator@example.org', password: 'not-the-password' } });
    const unknown = await t.gql(LOGIN, { input: { email: 'nobody@example.org', password: 'not-the-password' } });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.data).toBeNull();
  });

  it('throttles ten fast wrong passwords, then refuses even the right one', async () => {
    const email = 'donor.germany@example.org';
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 10; i += 1) {
      codes.push(errorCode(await t.gql(LOGIN, { input: { email, password: `guess-${i}-xxxxxxxx` } })));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(Array(5).fill('TOO_MANY_REQUESTS'));
    const right = await t.gql(LOGIN, { input: { email, password: DEMO_PASSWORD } });
    expect(errorCode(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('throttles guesses at an e-mail that has no account in the same way', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i += 1) {
      codes.push(errorCode(await t.gql(LOGIN, { input: { email: 'ghost@example.org', password: `guess-${i}-xxxxxxxx` } })));
    }
    expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses operations without a token, and with an expired, tampered or foreign token', async () => {
    expect(errorCode(await t.gql(ME))).toBe('UNAUTHENTICATED');
    const token = await t.login('moderator@example.org');
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '00000000-0000-0000-0000-000000000000' })).toString('base64url')}.${signature}`;
    const { sub } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: string };
    const jwt = new JwtService();
    const claims = { audience: 'gis-api', issuer: 'gis-marketplace' };
    const expired = jwt.sign({ sub }, { ...claims, secret: TEST_JWT_SECRET, expiresIn: -10 });
    const foreign = jwt.sign({ sub }, { ...claims, secret: 'another-secret-another-secret-another-secret', expiresIn: 60 });
    for (const bad of [tampered, expired, foreign, 'not-a-jwt']) {
      const response = await t.gql(ME, {}, bad);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(response.data).toBeNull();
    }
    expect(errorCode(await t.gql(ME, {}, expired))).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, expired)).errors?.[0].message).toMatch(/expired/);
  });

  it('rotates refresh tokens and revokes the family when a used one comes back', async () => {
    const first = (await t.gql<LoginData>(LOGIN, { input: { email: 'reviewer.unrec@example.org', password: DEMO_PASSWORD } })).data!.login;
    const second = await t.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(REFRESH, { t: first.refreshToken });
    expect(second.errors).toBeUndefined();
    const rotated = second.data!.refreshSession;
    expect(rotated.refreshToken).not.toBe(first.refreshToken);
    expect((await t.gql<{ me: { email: string } }>(ME, {}, rotated.accessToken)).data?.me.email).toBe('reviewer.unrec@example.org');

    // The first token again: somebody kept a copy. Both it and the one issued from it die.
    expect(errorCode(await t.gql(REFRESH, { t: first.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFRESH, { t: rotated.refreshToken }))).toBe('UNAUTHENTICATED');
    const revoked = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM refresh_token r JOIN app_user u ON u.id = r.user_id
        WHERE u.email = 'reviewer.unrec@example.org' AND r.revoked_reason = 'reuse-detected'`,
    );
    expect(revoked[0].n).toBeGreaterThanOrEqual(1);
  });

  it('ends the session on logout', async () => {
    const session = (await t.gql<LoginData>(LOGIN, { input: { email: 'moderator@example.org', password: DEMO_PASSWORD } })).data!.login;
    const out = await t.gql<{ logout: boolean }>('mutation ($t: String!) { logout(refreshToken: $t) }', { t: session.refreshToken });
    expect(out.data?.logout).toBe(true);
    expect(errorCode(await t.gql(REFRESH, { t: session.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFRESH, { t: 'made-up-token' }))).toBe('UNAUTHENTICATED');
  });

  it('lets users change their own language, and refuses a time zone that does not exist', async () => {
    const token = await t.login('npc.ghana@example.org');
    const update = 'mutation ($input: UpdateMeInput!) { updateMe(input: $input) { preferredLanguage timeZone } }';
    const ok = await t.gql<{ updateMe: { preferredLanguage: string; timeZone: string } }>(
      update,
      { input: { preferredLanguage: 'FR', timeZone: 'Africa/Accra' } },
      token,
    );
    expect(ok.data?.updateMe).toEqual({ preferredLanguage: 'FR', timeZone: 'Africa/Accra' });
    const bad = await t.gql(update, { input: { timeZone: 'Mars/Olympus' } }, token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/input\.timeZone/);
    const state = await t.dataSource.query(`SELECT time_zone FROM app_user WHERE email = 'npc.ghana@example.org'`);
    expect(state[0].time_zone).toBe('Africa/Accra');
    await t.gql(update, { input: { preferredLanguage: 'EN' } }, token);
  });
});

describe('login throttling per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: false, env: { LOGIN_MAX_FAILURES: '100', LOGIN_MAX_FAILURES_PER_IP: '3' } });
  });
  afterAll(() => t.close());

  it('refuses an address that keeps failing, whichever e-mail it tries', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 5; i += 1) {
      codes.push(errorCode(await t.gql(LOGIN, { input: { email: `spray-${i}@example.org`, password: 'guess-xxxxxxxxxx' } })));
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});
