import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { ok, publishNeed, publishOffer } from './support/market.js';
import { organisationId } from './support/proposals.js';
import { inputLeaves, operationFor, plausibleValue, rootFields, sampleArguments, type InputLeaf, type Root } from './support/schema-inputs.js';
import { assertRefusalsHaveReasons, startTestApp, type TestApp } from './support/test-app.js';

/**
 * No input a person can type produces an internal error: malformed values are refused with
 * BAD_USER_INPUT naming the field, before any resolver, guard or query runs (docs/ARCHITECTURE.md,
 * "Errors"). The requests are generated from the schema: every query and mutation is covered.
 */

interface HttpAnswer {
  status: number;
  contentType: string;
  errors: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
  data?: unknown;
}

const MEDIA_TYPES = ['application/json', 'application/graphql-response+json'] as const;

async function post(t: TestApp, body: unknown, token?: string, accept: string = MEDIA_TYPES[0]): Promise<HttpAnswer> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: HttpAnswer['errors']; data?: unknown };
  assertRefusalsHaveReasons(json.errors);
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', errors: json.errors ?? [], data: json.data };
}

const namedFields = (answer: HttpAnswer) => answer.errors.flatMap((e) => e.extensions?.fields ?? []).map((f) => f.field);
const codes = (answer: HttpAnswer) => answer.errors.map((e) => e.extensions?.code);
const text = (leaf: InputLeaf) => leaf.scalar === 'String' || leaf.scalar === 'ID';

/** Each kind of malformed value, and the places it is tried in. */
const MALFORMED: { kind: string; value: string; applies: (leaf: InputLeaf) => boolean }[] = [
  { kind: 'a NUL character', value: 'before\u0000after', applies: text },
  { kind: 'a lone surrogate (malformed Unicode)', value: 'caf\uD83D@example.org', applies: text },
  { kind: 'an id that is not a UUID', value: 'not-a-uuid', applies: (leaf) => leaf.scalar === 'ID' },
  { kind: 'an impossible date', value: '2026-02-30', applies: (leaf) => leaf.scalar === 'LocalDate' },
  { kind: 'year 0 (PostgreSQL has none)', value: '0000-12-31', applies: (leaf) => leaf.scalar === 'LocalDate' },
  { kind: 'an impossible date-time', value: '2026-02-30T10:00:00Z', applies: (leaf) => leaf.scalar === 'DateTime' },
  { kind: 'a date-time before year 1 in UTC', value: '0001-01-01T00:30:00+01:00', applies: (leaf) => leaf.scalar === 'DateTime' },
  { kind: 'a date-time PostgreSQL cannot store', value: '-010000-01-01T00:00:00Z', applies: (leaf) => leaf.scalar === 'DateTime' },
  { kind: 'a date-time without a zone', value: '2026-03-01T10:00:00', applies: (leaf) => leaf.scalar === 'DateTime' },
];

describe('input rules: malformed input is refused with a coded client error naming the field', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    admin = await t.login('admin@example.org');
  });
  afterAll(() => t.close());

  it.each<Root>(['mutation', 'query'])('refuses each malformed value in every argument of every %s, whoever asks, naming each field', async (root) => {
    const failures: string[] = [];
    let requests = 0;
    const covered = new Set<string>();
    for (const field of rootFields(schema, root)) {
      const leaves = inputLeaves(field);
      for (const malformed of MALFORMED) {
        const targets = leaves.filter(malformed.applies).map((leaf) => leaf.path);
        if (!targets.length) continue;
        const variables = sampleArguments(field, plausibleValue(), { everything: true, at: (path) => (targets.includes(path) ? malformed.value : undefined) });
        // As an administrator, and as nobody: the refusal comes before authentication and access.
        for (const token of [admin, undefined]) {
          const answer = await post(t, { query: operationFor(root, field), variables }, token);
          requests++;
          const missing = targets.filter((path) => !namedFields(answer).includes(path));
          if (answer.status !== 400 || codes(answer).some((c) => c !== 'BAD_USER_INPUT') || missing.length) {
            failures.push(
              `${field.name} with ${malformed.kind}${token ? '' : ' (anonymous)'}: HTTP ${answer.status}, not named: ${missing.join(', ')}; ${JSON.stringify(answer.errors).slice(0, 300)}`,
            );
          }
        }
        covered.add(field.name);
      }
    }
    expect(failures).toEqual([]);
    // Every field with a text, id or date argument was tried (a guard against a generator that covers nothing).
    const withInputs = rootFields(schema, root).filter((f) => inputLeaves(f).some((l) => MALFORMED.some((m) => m.applies(l))));
    expect([...covered].sort()).toEqual(withInputs.map((f) => f.name).sort());
    expect(requests).toBeGreaterThan(root === 'mutation' ? 200 : 40);
  });

  it('refuses text PostgreSQL cannot store in searches (needs, offers), quoted in the query too', async () => {
    for (const query of ['{ needs(search: "marking\\u0000") { totalCount } }', '{ offers(search: "marking\\u0000") { totalCount } }']) {
      const answer = await post(t, { query }, admin);
      expect(answer.status).toBe(400);
      expect(answer.errors[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'input.invalid',
        params: { count: 1 },
        fields: [{ field: 'search', reason: 'field.containsNul', params: {}, message: expect.stringContaining('U+0000') }],
      });
    }
  });

  it('lists the first 50 problems when there are more (graphql-js stops at 50 variable errors), still as BAD_USER_INPUT', async () => {
    const statuses = Array.from({ length: 60 }, (_, i) => `NOT_A_STATUS_${i}`);
    const enums = await post(t, { query: 'query ($filter: NeedFilter) { needs(filter: $filter) { totalCount } }', variables: { filter: { statuses } } }, admin);
    const ids = await post(t, { query: 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', variables: { ids: statuses } }, admin);
    for (const answer of [enums, ids]) {
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.errors[0].message).toMatch(/only the first 50 problems are listed/);
    }
    expect(namedFields(enums)).toEqual(statuses.slice(0, 50).map((_, i) => `filter.statuses[${i}]`));
    expect(namedFields(ids)).toEqual(statuses.slice(0, 50).map((_, i) => `ids[${i}]`));
  });

  it('names fields by their argument path, whatever the variables are called', async () => {
    const answer = await post(
      t,
      {
        query:
          'mutation ($t: String!, $lines: [BudgetLineInput!]!) { compileProposal(input: { needIds: [], title: $t, summary: "s", scope: "s", implementingAgency: "a", currency: "USD", tranches: [{ title: "One", lines: $lines }] }) { id } }',
        variables: { t: 'Marking\u0000', lines: [{ description: 'x', amount: '1.00' }, { description: 'y' }] },
      },
      admin,
    );
    expect(answer.status).toBe(400);
    expect(answer.errors[0].extensions?.fields).toEqual([
      { field: 'input.tranches[0].lines[1].amount', reason: 'field.required', params: {}, message: 'is required' },
    ]);
    const text = await post(
      t,
      { query: 'mutation ($t: String!) { scheduleMeeting(input: { title: $t, startsAt: "2030-01-01T09:00:00Z" }) { id } }', variables: { t: 'GIS\u0000' } },
      admin,
    );
    expect(text.errors[0].extensions?.fields).toEqual([
      { field: 'input.title', reason: 'field.containsNul', params: {}, message: expect.stringContaining('U+0000') },
    ]);
    // A literal of the wrong type is a validation failure, named all the same.
    const literal = await post(t, { query: 'mutation { scheduleMeeting(input: { title: "GIS", startsAt: "2030-02-30T09:00:00Z" }) { id } }' }, admin);
    expect(literal.status).toBe(400);
    // The scalar's own reason, with the value, for the error and for its field.
    const startsAt = { reason: 'scalar.notRealDateTime', params: { value: '2030-02-30T09:00:00Z' } };
    expect(literal.errors[0].extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      ...startsAt,
      fields: [{ field: 'input.startsAt', ...startsAt, message: expect.stringContaining('is not a real date and time') }],
    });
  });

  it('answers parse and validation failures with 400, never 500, under both media types; executed operations with 200', async () => {
    const tooMany = Array.from({ length: 60 }, (_, i) => `BAD_${i}`);
    const cases: { what: string; body: unknown; status: number; code: string }[] = [
      { what: 'a syntax error', body: { query: '{ currencies { code ' }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
      { what: 'a NUL in the query text', body: { query: '{ currencies { code } }\u0000' }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
      { what: 'too many tokens', body: { query: `{ ${'currencies { code } '.repeat(800)} }` }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
      { what: 'an unknown field', body: { query: '{ nope }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      { what: 'a literal of the wrong type', body: { query: '{ need(id: 42.5) { id } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      {
        what: 'a variable of the wrong type',
        body: { query: 'query ($id: ID!) { need(id: $id) { id } }', variables: { id: { x: 1 } } },
        status: 400,
        code: 'BAD_USER_INPUT',
      },
      { what: 'a malformed id', body: { query: 'query ($id: ID!) { need(id: $id) { id } }', variables: { id: 'nope' } }, status: 400, code: 'BAD_USER_INPUT' },
      {
        what: 'more than 50 variable errors',
        body: { query: 'query ($f: NeedFilter) { needs(filter: $f) { totalCount } }', variables: { f: { statuses: tooMany } } },
        status: 400,
        code: 'BAD_USER_INPUT',
      },
      { what: 'an executed operation with a field error', body: { query: `{ need(id: "${randomUUID()}") { id } }` }, status: 200, code: 'NOT_FOUND' },
    ];
    for (const accept of MEDIA_TYPES) {
      for (const c of cases) {
        const answer = await post(t, c.body, admin, accept);
        expect({ what: c.what, accept, status: answer.status, type: answer.contentType.split(';')[0], code: codes(answer)[0] }).toEqual({
          what: c.what,
          accept,
          status: c.status,
          type: accept,
          code: c.code,
        });
      }
    }
  });

  it('lets the extreme dates of the range and well-formed Unicode through to the services, without an internal error', async () => {
    const moderator = await t.login('moderator@example.org');
    const npc = await t.login('npc.ghana@example.org');
    const donor = await t.login('donor.germany@example.org');
    const germany = await organisationId(t, admin, 'Germany');
    const need = await publishNeed(t, npc, moderator, { title: '🌍 Marking — ترقيم الأسلحة — 武器标识' });
    const offer = await publishOffer(t, donor, moderator, germany);
    const { scheduleMeeting } = await ok(
      t.gql<{ scheduleMeeting: { id: string } }>(
        'mutation { scheduleMeeting(input: { title: "GIS", startsAt: "2030-01-01T09:00:00Z" }) { id } }',
        {},
        moderator,
      ),
    );
    const fill = plausibleValue({ needId: need.id, offerId: offer.id, organisationId: germany, meetingId: scheduleMeeting.id });
    const failures: string[] = [];
    let tried = 0;
    for (const root of ['mutation', 'query'] as const) {
      for (const field of rootFields(schema, root)) {
        const dates = inputLeaves(field).filter((leaf) => leaf.scalar === 'LocalDate' || leaf.scalar === 'DateTime');
        if (!dates.length) continue;
        for (const [day, instant] of [
          ['0001-01-01', '0001-01-01T00:00:00Z'],
          ['9999-12-31', '9999-12-31T23:59:59.999Z'],
        ]) {
          const at = (path: string) => {
            const leaf = dates.find((d) => d.path === path);
            return leaf ? (leaf.scalar === 'LocalDate' ? day : instant) : undefined;
          };
          for (const token of [admin, moderator, npc, donor]) {
            const answer = await post(t, { query: operationFor(root, field), variables: sampleArguments(field, fill, { everything: true, at }) }, token);
            tried++;
            if (answer.status >= 500 || codes(answer).includes('INTERNAL_SERVER_ERROR'))
              failures.push(`${field.name} (${day}): ${JSON.stringify(answer.errors)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(80);
    const stored = await ok(t.gql<{ need: { title: string } }>(`{ need(id: "${need.id}") { title } }`, {}, npc));
    expect(stored.need.title).toBe('🌍 Marking — ترقيم الأسلحة — 武器标识');
  });

  it('refuses malformed Unicode in an imported national report, naming the row and column', async () => {
    const npc = await t.login('npc.ghana@example.org');
    const report = JSON.parse(readFileSync(join(process.cwd(), 'docs/examples/national-report.json'), 'utf8'));
    report.needs[1].problem = 'Half an emoji \uD83D here';
    const answer = await post(
      t,
      {
        query: 'mutation ($input: ImportNationalReportInput!) { importNationalReport(input: $input) { created } }',
        variables: { input: { stateIso3: 'GHA', format: 'JSON', dryRun: false, contentBase64: Buffer.from(JSON.stringify(report)).toString('base64') } },
      },
      npc,
    );
    expect(answer.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'input.invalid',
      params: { count: 1 },
      fields: [
        {
          field: 'input.contentBase64',
          reason: 'importFile.cellUnstorable',
          params: { row: 2, column: 'problem', problem: 'loneSurrogate' },
          message: expect.stringMatching(/^Row 2, problem: .*valid Unicode/),
        },
      ],
    });
  });
});

describe('input rules in production: no suggestions that reveal the schema', () => {
  let production: TestApp;
  let development: TestApp;
  beforeAll(async () => {
    production = await startTestApp({ demo: false, env: { NODE_ENV: 'production' } });
    development = await startTestApp({ demo: false });
  });
  afterAll(async () => {
    await production.close();
    await development.close();
  });

  const misspelt: { what: string; body: { query: string; variables?: Record<string, unknown> } }[] = [
    { what: 'an enum value in a literal', body: { query: '{ needs(filter: { statuses: [PUBLISHD] }) { totalCount } }' } },
    {
      what: 'an enum value in a variable',
      body: { query: 'query ($f: NeedFilter) { needs(filter: $f) { totalCount } }', variables: { f: { statuses: ['PUBLISHD'] } } },
    },
    {
      what: 'an enum argument of a mutation',
      body: {
        query: 'mutation ($c: NotificationCategory!, $m: NotificationDeliveryMode!) { setNotificationPreference(category: $c, mode: $m) { mode } }',
        variables: { c: 'DEADLINE', m: 'IMMEDIAT' },
      },
    },
    {
      what: 'an input field in a variable',
      body: { query: 'query ($f: NeedFilter) { needs(filter: $f) { totalCount } }', variables: { f: { statusess: ['PUBLISHED'] } } },
    },
    { what: 'an input field in a literal', body: { query: '{ needs(filter: { statusess: [PUBLISHED] }) { totalCount } }' } },
    { what: 'a field', body: { query: '{ needs { totalCont } }' } },
    { what: 'an argument', body: { query: '{ needs(serch: "x") { totalCount } }' } },
    { what: 'a type', body: { query: 'query ($f: NeedFiltr) { needs(filter: $f) { totalCount } }' } },
  ];

  it.each(misspelt)('answers $what misspelt with a coded 400 and no "Did you mean"', async ({ body }) => {
    const answer = await post(production, body);
    expect(answer.status).toBe(400);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(answer.errors[0].extensions?.code);
    expect(JSON.stringify(answer.errors)).not.toMatch(/did you mean/i);
    // Outside production the same mistake is answered with the suggestion (so the check above can fail).
    expect(JSON.stringify((await post(development, body)).errors)).toMatch(/Did you mean/);
  });
});
