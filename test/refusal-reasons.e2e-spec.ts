import { randomUUID } from 'node:crypto';
import { isReasonCode } from '#libs/core';
import { publishNeed } from './support/market.js';
import { openProposal, organisationId } from './support/proposals.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * Every refusal carries a stable reason and its params in `extensions` (and each entry of
 * `extensions.fields` its own), so that a client can say it in any of the six languages; the
 * English message stays as it was (docs/ARCHITECTURE.md, "Errors"). One refusal of each kind, over
 * real HTTP against PostgreSQL and Redis. (Every other integration test checks, through the shared
 * GraphQL helper, that each error it meets has a registered reason.)
 */

interface Refusal {
  message: string;
  code?: string;
  reason?: unknown;
  params?: Record<string, unknown>;
  fields?: { field: string; reason: string; params: Record<string, unknown>; message: string }[];
}

/** The first error of an answer, as a client reads it. */
function refusalOf(answer: GraphQLResponse<unknown>): Refusal {
  const error = answer.errors?.[0];
  if (!error) throw new Error(`expected a refusal, got ${JSON.stringify(answer.data)}`);
  const { code, reason, params, fields } = (error.extensions ?? {}) as Omit<Refusal, 'message'>;
  return { message: error.message, code, reason, params, fields };
}

describe('refusal reasons: every refusal says its reason and params', () => {
  let t: TestApp;
  let npc: string;
  let moderator: string;
  let germanDonor: string;
  let admin: string;

  beforeAll(async () => {
    // Two failed logins per e-mail are allowed, so the third is throttled.
    t = await startTestApp({ env: { LOGIN_MAX_FAILURES: '2', LOGIN_MAX_FAILURES_PER_IP: '1000' } });
    [npc, moderator, germanDonor, admin] = await Promise.all([
      t.login('npc.ghana@example.org'),
      t.login('moderator@example.org'),
      t.login('donor.germany@example.org'),
      t.login('admin@example.org'),
    ]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('BAD_USER_INPUT from the input rules: a field that is not an id, before any resolver', async () => {
    const refusal = refusalOf(await t.gql('{ need(id: "not-a-uuid") { id } }', {}, npc));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'input.invalid', params: { count: 1 } });
    expect(refusal.message).toBe('id: must be an id (a UUID such as 3f2b8c1e-4d5a-4e6f-9a7b-0c1d2e3f4a5b)');
    expect(refusal.fields).toEqual([
      { field: 'id', reason: 'field.notUuid', params: {}, message: 'must be an id (a UUID such as 3f2b8c1e-4d5a-4e6f-9a7b-0c1d2e3f4a5b)' },
    ]);
  });

  it('BAD_USER_INPUT from the input rules: a scalar gives its own reason with the value', async () => {
    const refusal = refusalOf(await t.gql('query ($from: DateTime) { meetings(from: $from) { id } }', { from: '2026-02-30T10:00:00Z' }, moderator));
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.fields).toEqual([expect.objectContaining({ field: 'from', reason: 'scalar.notRealDateTime', params: { value: '2026-02-30T10:00:00Z' } })]);
  });

  it('BAD_USER_INPUT from a service: a field problem with its reason', async () => {
    const refusal = refusalOf(
      await t.gql('mutation ($input: UpdateMeInput!) { updateMe(input: $input) { id } }', { input: { timeZone: 'Mars/Olympus_Mons' } }, npc),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'input.invalid', params: { count: 1 } });
    expect(refusal.fields).toEqual([
      { field: 'input.timeZone', reason: 'user.notTimeZone', params: {}, message: 'must be an IANA time zone such as Africa/Accra' },
    ]);
  });

  it('BAD_USER_INPUT from a service: every field problem of a need, with its params', async () => {
    const refusal = refusalOf(
      await t.gql(
        'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
        {
          input: {
            stateIso3: 'GHA',
            title: 'x'.repeat(201),
            problem: 'Police weapons are not marked.',
            proposedActivities: 'Mark them.',
            budget: { amount: '250000.00', currency: 'ZZZ' },
          },
        },
        npc,
      ),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'input.invalid', params: { count: 2 } });
    expect(refusal.fields).toEqual([
      { field: 'input.title', reason: 'field.tooLongHas', params: { max: 200, length: 201 }, message: 'must be at most 200 characters (it has 201)' },
      { field: 'input.budget.currency', reason: 'field.unknownCurrency', params: { currency: 'ZZZ' }, message: 'unknown currency ZZZ' },
    ]);
  });

  it('BAD_USER_INPUT from class-validator: the constraint says the reason', async () => {
    const organisation = await organisationId(t, admin, 'Germany');
    const refusal = refusalOf(
      await t.gql(
        'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }',
        { input: { email: 'not an address', displayName: 'Someone', organisationId: organisation, role: 'DONOR' } },
        admin,
      ),
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.fields).toEqual([{ field: 'input.email', reason: 'field.notEmail', params: {}, message: 'must be an e-mail address' }]);
  });

  it('UNAUTHENTICATED: a wrong password, saying nothing of the account', async () => {
    const refusal = refusalOf(
      await t.gql('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
        input: { email: 'npc.ghana@example.org', password: 'not the password' },
      }),
    );
    expect(refusal).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'auth.invalidCredentials',
      params: {},
      message: 'E-mail or password is incorrect.',
      fields: undefined,
    });
  });

  it('FORBIDDEN: a role the caller lacks, with the roles as codes', async () => {
    const refusal = refusalOf(await t.gql('{ users { id } }', {}, npc));
    expect(refusal).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'access.needsOneOfRoles',
      params: { roles: ['ADMIN'] },
      message: 'This needs one of the roles ADMIN.',
    });
  });

  it('NOT_FOUND: a need that does not exist, with its id', async () => {
    const id = randomUUID();
    const refusal = refusalOf(await t.gql('query ($id: ID!) { need(id: $id) { id } }', { id }, npc));
    expect(refusal).toMatchObject({ code: 'NOT_FOUND', reason: 'need.notFound', params: { id }, message: `Need ${id} was not found.` });
  });

  it('CONFLICT: a stale version, with the version stored and the one the caller had', async () => {
    const need = await publishNeed(t, npc, moderator, { title: 'Stale version' });
    const refusal = refusalOf(
      await t.gql(
        'mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }',
        { input: { needId: need.id, expectedVersion: need.version + 5, title: 'Changed' } },
        npc,
      ),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      reason: 'need.staleVersion',
      params: { version: need.version, expectedVersion: need.version + 5 },
      message: `This need was changed by someone else (version ${need.version}, you had ${need.version + 5}); reload it and try again.`,
    });
  });

  it('CONFLICT: a status that forbids the change, with the status and the allowed ones as codes', async () => {
    const need = await publishNeed(t, npc, moderator, { title: 'Published already' });
    const refusal = refusalOf(await t.gql('mutation ($input: NeedTransitionInput!) { submitNeed(input: $input) { id } }', { input: { needId: need.id } }, npc));
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      reason: 'need.statusForbidsChange',
      params: { action: 'SUBMIT', status: 'PUBLISHED', allowedStatuses: ['DRAFT', 'RETURNED'] },
      message: 'Cannot submit a need that is PUBLISHED; only one that is DRAFT or RETURNED.',
    });
  });

  it('CONFLICT: a commitment past the funding gap, with the gap and the currency, money as decimal strings', async () => {
    const germany = await organisationId(t, moderator, 'Germany');
    const proposal = await openProposal(t, { npc, moderator }, { title: 'Past the gap', donorOrganisationIds: [germany] });
    const refusal = refusalOf(
      await t.gql(
        'mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }',
        { input: { proposalId: proposal.id, organisationId: germany, status: 'COMMITTED', amount: '200000.01' } },
        germanDonor,
      ),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      reason: 'funding.pastGap',
      params: { amount: '200000.01', currency: 'USD', gap: '200000.00', target: '200000.00', committed: '0.00' },
    });
    expect(refusal.message).toMatch(/^Committing 200000.01 USD would exceed the funding gap of 200000.00 \(target 200000.00, committed 0.00\)/);
    for (const value of Object.values(refusal.params!)) expect(typeof value).toBe('string');
  });

  it('TOO_MANY_REQUESTS: past the failed logins allowed, with the minutes to wait', async () => {
    const login = () =>
      t.gql('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
        input: { email: 'throttled@example.org', password: 'wrong password' },
      });
    expect(refusalOf(await login()).reason).toBe('auth.invalidCredentials');
    expect(refusalOf(await login()).reason).toBe('auth.invalidCredentials');
    const refusal = refusalOf(await login());
    expect(refusal).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'auth.tooManyFailedLogins', params: { minutes: expect.any(Number) } });
    const minutes = refusal.params!.minutes as number;
    expect(refusal.message).toBe(`Too many failed logins. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}, or ask an administrator for help.`);
  });

  it('gives a reason to requests that are not valid GraphQL too', async () => {
    const refusal = refusalOf(await t.gql('{ noSuchField }', {}, npc));
    expect(refusal.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refusal.reason).toBe('request.notValid');
    expect(isReasonCode(refusal.reason)).toBe(true);
  });
});
