import { jest } from '@jest/globals';
import { ReferenceDataService } from '#libs/reference-data';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait.js';

/**
 * Issue 16, point 5: a refused request is logged once, at info or warn by its code, with code,
 * reason and operation but no stack and never its variables; an internal error once, at error,
 * with its stack and the request id (docs/ARCHITECTURE.md, "Errors").
 */
interface LogLine {
  level: number;
  msg: string;
  req?: { id: string };
  err?: { stack?: string; message?: string };
  operation?: string;
  refusals?: { code: string; reason: string }[];
  [key: string]: unknown;
}

const INFO = 30;
const WARN = 40;
const ERROR = 50;
const PASSWORD = 'not-the-password-4242';
/** A download link's token that is not genuine: refused, and never written to the log. */
const FORGED_LINK = `${'eyJmb3JnZWQiOnRydWV9'.repeat(4)}.${'c2lnbmF0dXJl'.repeat(4)}`;

const CREATE_ORG = `mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id }
}`;

describe('request logs', () => {
  const lines: LogLine[] = [];
  let t: TestApp;
  let admin: string;
  let npc: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOG_LEVEL: 'info' }, logDestination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) } });
    [admin, npc] = await Promise.all([t.login('admin@example.org'), t.login('npc.ghana@example.org')]);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  let sent = 0;
  /** Sends a request with its own id and returns the lines logged for it once its access line is in. */
  async function logged(path: string, init: { token?: string; body?: unknown } = {}): Promise<{ status: number; lines: LogLine[]; raw: string }> {
    const id = `request-logs-${++sent}-${Date.now()}`;
    const response = await fetch(`${t.url}${path}`, {
      method: init.body ? 'POST' : 'GET',
      headers: {
        'x-request-id': id,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    await response.arrayBuffer();
    // The access line is written when the response has finished, which may follow its receipt.
    await waitFor(`the access line of ${id}`, async () => lines.some((l) => l.req?.id === id && /^(refused|failed|request completed)/.test(l.msg)), 5_000);
    const mine = lines.filter((l) => l.req?.id === id);
    return { status: response.status, lines: mine, raw: JSON.stringify(mine) };
  }

  const graphql = (query: string, variables: Record<string, unknown>, token?: string, operationName?: string) =>
    logged('/graphql', { body: { query, variables, operationName }, token });

  const LOGIN = 'mutation LogIn($input: LoginInput!) { login(input: $input) { accessToken } }';

  /** The sixth failed login of an e-mail in a row is refused with TOO_MANY_REQUESTS (LOGIN_MAX_FAILURES). */
  async function throttledLogin() {
    const input = { email: 'throttled@example.org', password: PASSWORD };
    for (let i = 0; i < t.config.LOGIN_MAX_FAILURES; i++) await t.gql(LOGIN, { input });
    return graphql(LOGIN, { input });
  }

  it.each([
    ['BAD_USER_INPUT', INFO, () => graphql(CREATE_ORG, { input: { type: 'FOUNDATION', name: 'X' } }, admin), 'CreateOrganisation'],
    ['UNAUTHENTICATED', WARN, () => graphql(LOGIN, { input: { email: 'admin@example.org', password: PASSWORD } }), 'LogIn'],
    ['TOO_MANY_REQUESTS', WARN, throttledLogin, 'LogIn'],
    ['FORBIDDEN', WARN, () => graphql(CREATE_ORG, { input: { type: 'FOUNDATION', name: 'Sneaky Foundation' } }, npc), 'CreateOrganisation'],
    ['NOT_FOUND', INFO, () => graphql('query OneState($iso3: String!) { memberState(iso3: $iso3) { name } }', { iso3: 'ATL' }), 'OneState'],
    ['CONFLICT', INFO, () => graphql(CREATE_ORG, { input: { type: 'MEMBER_STATE', name: 'Ghana again', stateIso3: 'GHA' } }, admin), 'CreateOrganisation'],
    ['GRAPHQL_VALIDATION_FAILED', INFO, () => graphql('query Nonsense { memberStates { nonsense } }', {}), 'Nonsense'],
    ['GRAPHQL_PARSE_FAILED', INFO, () => graphql('query Broken { memberStates {', {}, undefined, 'Broken'), 'Broken'],
    ['BAD_USER_INPUT', INFO, () => logged(`/exports/${FORGED_LINK}`), 'GET /exports/:token'],
  ])('logs a %s refusal once, at level %d, with its code, reason and operation and no stack', async (code, level, send, operation) => {
    const { lines: mine, raw } = await send();
    expect(mine).toHaveLength(1);
    const [line] = mine;
    expect(line).toMatchObject({ level, operation, refusals: [{ code, reason: expect.any(String) }] });
    expect(line!.err).toBeUndefined();
    expect(raw).not.toMatch(/\bat .*\.[jt]s:\d+/); // no stack frame anywhere
    expect(raw).not.toContain(PASSWORD);
    expect(raw).not.toContain(FORGED_LINK.slice(0, 20));
  });

  it('logs an internal error once, at error, with its stack and the request id', async () => {
    const spy = jest.spyOn(ReferenceDataService.prototype, 'listMemberStates').mockRejectedValueOnce(new Error('the database went away'));
    const { lines: mine } = await graphql('query States { memberStates { iso3 } }', {});
    spy.mockRestore();
    expect(mine).toHaveLength(1);
    const [line] = mine;
    expect(line).toMatchObject({ level: ERROR, operation: 'States', req: { id: expect.stringMatching(/^request-logs-/) } });
    expect(line!.err?.message).toBe('the database went away');
    expect(line!.err?.stack).toContain('request-logs.e2e-spec');
  });

  it('logs an answered request once, at info, without refusals', async () => {
    const { lines: mine } = await graphql('query States { memberStates { iso3 } }', {});
    expect(mine).toEqual([expect.objectContaining({ level: INFO, msg: 'request completed' })]);
    expect(mine[0]!.refusals).toBeUndefined();
  });
});
