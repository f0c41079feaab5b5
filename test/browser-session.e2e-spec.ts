import { DEMO_PASSWORD } from '#libs/setup';
import { InvitationsService } from '#libs/identity';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * The web app's session: its refresh token lives in an HttpOnly cookie that scripts cannot read,
 * usable only from the site's own pages. Everything goes through real HTTP, as a browser would
 * send it (Origin header, Cookie header, JSON POST).
 */

const LOGIN = `mutation ($input: LoginInput!, $in: RefreshTokenDelivery) {
  login(input: $input, refreshTokenIn: $in) { accessToken refreshToken refreshTokenExpiresAt user { email } }
}`;
const REFRESH = 'mutation { refreshSession { accessToken refreshToken user { email } } }';
const LOGOUT = 'mutation { logout }';
const ME = '{ me { email status } }';
const ACCEPT = `mutation ($input: AcceptInvitationInput!, $in: RefreshTokenDelivery) {
  acceptInvitation(input: $input, refreshTokenIn: $in) { accessToken refreshToken user { email status roles } }
}`;
const PREVIEW = `query ($token: String!) {
  invitation(token: $token) { email displayName preferredLanguage organisationName role expiresAt status }
}`;
const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id } acceptUrl } }`;

interface Cookie {
  value: string;
  attributes: Map<string, string>;
}

interface Sent<T> {
  status: number;
  body: GraphQLResponse<T>;
  text: string;
  /** The session cookie the response sets, if it sets one. */
  cookie: Cookie | null;
}

interface Browser {
  origin?: string | null;
  cookie?: string | null;
  contentType?: string;
  token?: string;
}

const countRows = async (t: TestApp, sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);

function sessionCookieOf(response: Response): Cookie | null {
  const header = response.headers.getSetCookie().find((c) => c.startsWith('gis_refresh='));
  if (!header) return null;
  const [pair, ...rest] = header.split(';').map((part) => part.trim());
  const attributes = new Map(
    rest.map((part) => {
      const [name, ...value] = part.split('=');
      return [name.toLowerCase(), value.join('=')] as const;
    }),
  );
  return { value: decodeURIComponent(pair.slice('gis_refresh='.length)), attributes };
}

describe('the browser session (refresh token in an HttpOnly cookie)', () => {
  let t: TestApp;
  let admin: string;
  let ghanaId: string;

  /** Posts an operation as the web app's page does; `origin: null` leaves the header out. */
  async function send<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, browser: Browser = {}): Promise<Sent<T>> {
    const origin = browser.origin === undefined ? t.url : browser.origin;
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': browser.contentType ?? 'application/json',
        ...(origin ? { origin } : {}),
        ...(browser.cookie ? { cookie: `gis_refresh=${encodeURIComponent(browser.cookie)}` } : {}),
        ...(browser.token ? { authorization: `Bearer ${browser.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as GraphQLResponse<T>, text, cookie: sessionCookieOf(response) };
  }

  async function cookieLogin(email: string): Promise<string> {
    const login = await send(LOGIN, { input: { email, password: DEMO_PASSWORD }, in: 'COOKIE' });
    if (!login.cookie) throw new Error(`no session cookie for ${email}: ${login.text}`);
    return login.cookie.value;
  }

  async function invite(email: string): Promise<{ token: string; invitationId: string }> {
    const invited = await t.gql<{ inviteUser: { invitation: { id: string }; acceptUrl: string } }>(
      INVITE,
      { input: { email, displayName: 'Invited Person', organisationId: ghanaId, role: 'NPC', preferredLanguage: 'FR' } },
      admin,
    );
    if (!invited.data) throw new Error(JSON.stringify(invited.errors));
    return {
      token: new URL(invited.data.inviteUser.acceptUrl).searchParams.get('token')!,
      invitationId: invited.data.inviteUser.invitation.id,
    };
  }

  const liveTokensOf = (email: string) =>
    countRows(t, `SELECT count(*)::int AS n FROM refresh_token r JOIN app_user u ON u.id = r.user_id WHERE u.email = $1 AND r.revoked_at IS NULL`, [email]);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@example.org');
    const orgs = await t.gql<{ organisations: { id: string; name: string }[] }>('{ organisations { id name } }', {}, admin);
    ghanaId = orgs.data!.organisations.find((o) => o.name === 'Ghana')!.id;
  });
  afterAll(() => t.close());

  it('logs in with COOKIE: the refresh token is in an HttpOnly, SameSite=Strict cookie for /graphql, not in the body', async () => {
    const login = await send<{ login: { accessToken: string; refreshToken: string | null; refreshTokenExpiresAt: string } }>(LOGIN, {
      input: { email: 'npc.ghana@example.org', password: DEMO_PASSWORD },
      in: 'COOKIE',
    });
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data?.login.refreshToken).toBeNull();
    expect(login.body.data?.login.accessToken).toBeTruthy();
    expect(new Date(login.body.data!.login.refreshTokenExpiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    const cookie = login.cookie!;
    expect(cookie.value.length).toBeGreaterThanOrEqual(40);
    expect(cookie.attributes.has('httponly')).toBe(true);
    expect(cookie.attributes.get('samesite')).toBe('Strict');
    expect(cookie.attributes.get('path')).toBe('/graphql');
    expect(cookie.attributes.get('max-age')).toBe(String(30 * 86_400));
    expect(cookie.attributes.has('secure')).toBe(false); // not production (see the production test below)
    expect(login.text).not.toContain(cookie.value);

    const me = await send<{ me: { email: string } }>(ME, {}, { token: login.body.data!.login.accessToken });
    expect(me.body.data?.me.email).toBe('npc.ghana@example.org');
  });

  it('keeps giving API clients the refresh token in the body, and no cookie, by default', async () => {
    const login = await send<{ login: { refreshToken: string | null } }>(LOGIN, { input: { email: 'npc.ghana@example.org', password: DEMO_PASSWORD } });
    expect(login.body.data?.login.refreshToken).toBeTruthy();
    expect(login.cookie).toBeNull();
  });

  it('refreshes from the cookie, replacing it; the old value then fails and ends the whole session', async () => {
    const first = await cookieLogin('moderator@example.org');
    const refreshed = await send<{ refreshSession: { accessToken: string; refreshToken: string | null; user: { email: string } } }>(
      REFRESH,
      {},
      { cookie: first },
    );
    expect(refreshed.body.errors).toBeUndefined();
    expect(refreshed.body.data?.refreshSession).toMatchObject({ refreshToken: null, user: { email: 'moderator@example.org' } });
    const second = refreshed.cookie!;
    expect(second.value).not.toBe(first);
    expect(second.attributes.has('httponly')).toBe(true);
    expect(second.attributes.get('samesite')).toBe('Strict');
    expect(second.attributes.get('path')).toBe('/graphql');
    expect(refreshed.text).not.toContain(second.value);
    const me = await send<{ me: { email: string } }>(ME, {}, { token: refreshed.body.data!.refreshSession.accessToken });
    expect(me.body.data?.me.email).toBe('moderator@example.org');

    // The replaced value comes back (a stolen copy): refused, its cookie cleared, and the family revoked.
    const replayed = await send(REFRESH, {}, { cookie: first });
    expect(errorCode(replayed.body)).toBe('UNAUTHENTICATED');
    expect(replayed.cookie?.value).toBe('');
    expect(replayed.cookie?.attributes.get('max-age')).toBe('0');
    expect(errorCode((await send(REFRESH, {}, { cookie: second.value })).body)).toBe('UNAUTHENTICATED');
    expect(await liveTokensOf('moderator@example.org')).toBe(0);
    expect(
      await countRows(
        t,
        `SELECT count(*)::int AS n FROM refresh_token r JOIN app_user u ON u.id = r.user_id
          WHERE u.email = 'moderator@example.org' AND r.revoked_reason = 'reuse-detected'`,
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it('refuses a refresh without a cookie (UNAUTHENTICATED), and says so', async () => {
    const none = await send(REFRESH);
    expect(errorCode(none.body)).toBe('UNAUTHENTICATED');
    expect(none.body.errors?.[0].message).toMatch(/not logged in/);
  });

  it.each([
    ['without an Origin header', { origin: null }, /no Origin header/],
    ['from another site', { origin: 'https://evil.example' }, /not from https:\/\/evil\.example/],
    ['from the same host on another port', { origin: 'http://127.0.0.1:1' }, /not from/],
  ])('refuses a refresh with the cookie %s (FORBIDDEN), replacing nothing', async (_, browser, message) => {
    const cookie = await cookieLogin('reviewer.unrec@example.org');
    const before = await countRows(t, 'SELECT count(*)::int AS n FROM refresh_token');
    const refused = await send(REFRESH, {}, { ...browser, cookie });
    expect(errorCode(refused.body)).toBe('FORBIDDEN');
    expect(refused.body.errors?.[0].message).toMatch(message);
    expect(refused.body.data).toBeNull();
    expect(refused.cookie).toBeNull();
    expect(await countRows(t, 'SELECT count(*)::int AS n FROM refresh_token')).toBe(before);
    // The cookie still works from the site itself: nothing was rotated or revoked.
    expect((await send(REFRESH, {}, { cookie })).body.errors).toBeUndefined();
  });

  it("accepts the origin of PUBLIC_URL (the site's published address) as well as the request's own", async () => {
    const cookie = await cookieLogin('reviewer.unrec@example.org');
    const refreshed = await send(REFRESH, {}, { cookie, origin: new URL(t.config.publicUrl).origin });
    expect(refreshed.body.errors).toBeUndefined();
    expect(refreshed.cookie?.value).toBeTruthy();
  });

  it('leaves a simple (form-like) request to Apollo CSRF prevention, which refuses it before any operation runs', async () => {
    const cookie = await cookieLogin('reviewer.unrec@example.org');
    const before = await countRows(t, 'SELECT count(*)::int AS n FROM refresh_token');
    const simple = await send(REFRESH, {}, { cookie, contentType: 'text/plain' });
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/CSRF/);
    expect(simple.cookie).toBeNull();
    expect(await countRows(t, 'SELECT count(*)::int AS n FROM refresh_token')).toBe(before);
  });

  it('refuses to set the cookie on a login from another site (FORBIDDEN), before looking at the password', async () => {
    const evil = { origin: 'https://evil.example' };
    const login = await send(LOGIN, { input: { email: 'npc.ghana@example.org', password: DEMO_PASSWORD }, in: 'COOKIE' }, evil);
    expect(errorCode(login.body)).toBe('FORBIDDEN');
    expect(login.cookie).toBeNull();
    // A wrong password gets the same answer: nothing was checked, nor counted as a failed login.
    const wrong = await send(LOGIN, { input: { email: 'npc.ghana@example.org', password: 'not-the-password' }, in: 'COOKIE' }, evil);
    expect(errorCode(wrong.body)).toBe('FORBIDDEN');
  });

  it('logs out from the cookie: the session ends and the cookie is cleared', async () => {
    const cookie = await cookieLogin('donor.germany@example.org');
    expect(await liveTokensOf('donor.germany@example.org')).toBe(1);

    const forged = await send(LOGOUT, {}, { cookie, origin: 'https://evil.example' });
    expect(errorCode(forged.body)).toBe('FORBIDDEN');
    expect(forged.cookie).toBeNull();
    expect(await liveTokensOf('donor.germany@example.org')).toBe(1);

    const out = await send<{ logout: boolean }>(LOGOUT, {}, { cookie });
    expect(out.body.data?.logout).toBe(true);
    expect(out.cookie?.value).toBe('');
    expect(out.cookie?.attributes.get('max-age')).toBe('0');
    expect(out.cookie?.attributes.get('path')).toBe('/graphql');
    expect(await liveTokensOf('donor.germany@example.org')).toBe(0);
    expect(errorCode((await send(REFRESH, {}, { cookie })).body)).toBe('UNAUTHENTICATED');

    // Logging out again, without a cookie, is harmless.
    expect((await send<{ logout: boolean }>(LOGOUT)).body.data?.logout).toBe(false);
  });

  it('accepts an invitation with COOKIE: the person lands signed in, and the session refreshes from the cookie', async () => {
    const { token } = await invite('cookie.invitee@ghana.example');
    const refused = await send(ACCEPT, { input: { token, password: 'a long enough passphrase' }, in: 'COOKIE' }, { origin: 'https://evil.example' });
    expect(errorCode(refused.body)).toBe('FORBIDDEN');
    expect((await send<{ invitation: { status: string } }>(PREVIEW, { token })).body.data?.invitation.status).toBe('PENDING');

    const accepted = await send<{ acceptInvitation: { accessToken: string; refreshToken: string | null; user: { status: string; roles: string[] } } }>(ACCEPT, {
      input: { token, password: 'a long enough passphrase' },
      in: 'COOKIE',
    });
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data?.acceptInvitation).toMatchObject({ refreshToken: null, user: { status: 'ACTIVE', roles: ['NPC'] } });
    expect(accepted.cookie?.attributes.has('httponly')).toBe(true);
    const me = await send<{ me: { email: string } }>(ME, {}, { token: accepted.body.data!.acceptInvitation.accessToken });
    expect(me.body.data?.me.email).toBe('cookie.invitee@ghana.example');

    // A reload of the page: the session comes back from the cookie alone.
    const reloaded = await send<{ refreshSession: { user: { email: string } } }>(REFRESH, {}, { cookie: accepted.cookie!.value });
    expect(reloaded.body.data?.refreshSession.user.email).toBe('cookie.invitee@ghana.example');
  });

  describe('the invitation preview', () => {
    it('shows a usable invitation: e-mail, organisation, role, expiry, PENDING', async () => {
      const { token } = await invite('preview.pending@ghana.example');
      const preview = await send<{ invitation: Record<string, unknown> }>(PREVIEW, { token }, { origin: null });
      expect(preview.body.errors).toBeUndefined();
      expect(preview.body.data?.invitation).toMatchObject({
        email: 'preview.pending@ghana.example',
        displayName: 'Invited Person',
        preferredLanguage: 'FR',
        organisationName: 'Ghana',
        role: 'NPC',
        status: 'PENDING',
      });
      const expiresAt = new Date(preview.body.data!.invitation.expiresAt as string).getTime();
      expect(expiresAt).toBeGreaterThan(Date.now());
    });

    it('says EXPIRED for an expired link, which acceptInvitation refuses (CONFLICT) without activating anyone', async () => {
      const { invitationId } = await invite('preview.expired@ghana.example');
      const expiresAt = new Date(Date.now() - 60_000);
      await t.dataSource.query('UPDATE invitation SET expires_at = $2 WHERE id = $1', [invitationId, expiresAt]);
      // The link signs its expiry: the genuine link of the expired invitation.
      const token = t.app.get(InvitationsService).tokenFor({ id: invitationId, expiresAt });
      const preview = await send<{ invitation: { status: string; email: string } }>(PREVIEW, { token });
      expect(preview.body.data?.invitation).toMatchObject({ status: 'EXPIRED', email: 'preview.expired@ghana.example' });
      const accept = await send(ACCEPT, { input: { token, password: 'a long enough passphrase' } });
      expect(errorCode(accept.body)).toBe('CONFLICT');
      expect(accept.body.errors?.[0].message).toMatch(/expired/);
      expect(await countRows(t, `SELECT count(*)::int AS n FROM app_user WHERE email = 'preview.expired@ghana.example' AND status = 'INVITED'`)).toBe(1);
    });

    it('says USED once the link has been used', async () => {
      const { token } = await invite('preview.used@ghana.example');
      expect((await send(ACCEPT, { input: { token, password: 'a long enough passphrase' } })).body.errors).toBeUndefined();
      const preview = await send<{ invitation: { status: string } }>(PREVIEW, { token });
      expect(preview.body.data?.invitation.status).toBe('USED');
    });

    it('says REVOKED for a link replaced by a newer invitation', async () => {
      const older = await invite('preview.replaced@ghana.example');
      await t.gql(INVITE, { input: { email: 'preview.replaced@ghana.example', displayName: 'Invited Person', organisationId: ghanaId, role: 'DONOR' } }, admin);
      const preview = await send<{ invitation: { status: string; role: string } }>(PREVIEW, { token: older.token });
      expect(preview.body.data?.invitation).toMatchObject({ status: 'REVOKED', role: 'NPC' });
    });

    it('refuses a tampered link with BAD_USER_INPUT naming the token, as acceptInvitation does', async () => {
      const { token } = await invite('preview.tampered@ghana.example');
      const [id, mac] = token.split('.');
      const forged = `${id}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const bad of [forged, id, 'garbage', `00000000-0000-0000-0000-000000000000.${mac}`]) {
        const preview = await send(PREVIEW, { token: bad });
        expect(errorCode(preview.body)).toBe('BAD_USER_INPUT');
        expect(preview.body.errors?.[0].extensions?.fields).toEqual([
          { field: 'token', reason: 'invitation.notGenuine', params: {}, message: expect.stringMatching(/not a valid invitation link/) },
        ]);
        expect(preview.body.data).toBeNull();
        const accept = await send(ACCEPT, { input: { token: bad, password: 'a long enough passphrase' } });
        expect(errorCode(accept.body)).toBe('BAD_USER_INPUT');
      }
    });
  });
});

describe('the browser session in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  it('marks the session cookie Secure', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: t.url },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: 'npc.ghana@example.org', password: DEMO_PASSWORD }, in: 'COOKIE' } }),
    });
    const cookie = sessionCookieOf(response);
    expect(cookie?.attributes.has('secure')).toBe(true);
    expect(cookie?.attributes.has('httponly')).toBe(true);
    expect(cookie?.attributes.get('samesite')).toBe('Strict');
  });
});
