import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { publishNeed } from './support/market.js';
import { organisationId } from './support/proposals.js';
import { isNullableAt, operationFor, plausibleValue, rootFields, sampleArguments } from './support/schema-inputs.js';
import { postGraphQL, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * The schema tells the truth: an input field the server always requires is non-null in the
 * schema, so a nullable one left out is never refused as "is required" (docs/ARCHITECTURE.md,
 * "Errors"). Requirements that depend on the mutation or on other values ("is required to cancel a
 * meeting", "is required with a budget amount") say so in their message and stay nullable.
 */
describe('the schema tells the truth about what is required', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let people: { admin: string; moderator: string; npc: string; donor: string };
  let germany: string;

  const mutation = (name: string) => rootFields(schema, 'mutation').find((f) => f.name === name)!;
  const problemsOf = (answer: GraphQLResponse) =>
    (answer.errors ?? []).flatMap((e) => (e.extensions?.fields as { field: string; message: string }[] | undefined) ?? []);

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    people = {
      admin: await t.login('admin@example.org'),
      moderator: await t.login('moderator@example.org'),
      npc: await t.login('npc.ghana@example.org'),
      donor: await t.login('donor.germany@example.org'),
    };
    germany = await organisationId(t, people.admin, 'Germany');
  });
  afterAll(() => t.close());

  it.each([
    ['createNeed', 'npc', {}],
    ['createOffer', 'donor', { 'input.eligibleEverywhere': true }], // one of four ways to say who may benefit: no single field is required
    ['compileProposal', 'moderator', {}],
    ['createStandingCriteria', 'donor', {}],
    ['scheduleMeeting', 'moderator', {}],
  ] as const)('%s succeeds with only the fields the schema marks non-null', async (name, who, extra: Record<string, unknown>) => {
    const need = name === 'compileProposal' ? await publishNeed(t, people.npc, people.moderator) : undefined;
    const field = mutation(name);
    const variables = sampleArguments(field, plausibleValue({ organisationId: germany, needId: need?.id ?? '' }), {
      everything: false,
      at: (path) => extra[path],
    });
    const answer = await postGraphQL<Record<string, unknown>>(t.url, operationFor('mutation', field), variables, people[who]);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.[name]).toEqual({ __typename: expect.any(String) });
  });

  it('no mutation refuses a field the schema marks nullable as "is required" when it is left out', async () => {
    const lies: string[] = [];
    let reachedValidation = 0;
    const need = await publishNeed(t, people.npc, people.moderator);
    const fill = plausibleValue({ organisationId: germany, needId: need.id });
    for (const field of rootFields(schema, 'mutation')) {
      const variables = sampleArguments(field, fill, { everything: false });
      let reached = false;
      for (const token of Object.values(people)) {
        const answer = await postGraphQL<Record<string, unknown>>(t.url, operationFor('mutation', field), variables, token);
        const problems = problemsOf(answer);
        if (answer.data?.[field.name] || problems.length) reached = true;
        for (const problem of problems) {
          if (problem.message === 'is required' && isNullableAt(field, problem.field) !== false) {
            lies.push(`${field.name}: ${problem.field} is nullable in the schema but refused as "is required"`);
          }
        }
      }
      if (reached) reachedValidation++;
    }
    expect([...new Set(lies)]).toEqual([]);
    // Enough mutations got past access checks to their validation for the check to mean something.
    expect(reachedValidation).toBeGreaterThan(15);
  });

  it.each([
    ['CreateNeedInput', ['title', 'problem', 'proposedActivities', 'stateIso3']],
    ['CreateOfferInput', ['title', 'description', 'budgetCurrency', 'budgetTotal', 'availableFrom', 'organisationId']],
    ['CompileProposalInput', ['title', 'summary', 'scope', 'implementingAgency', 'currency', 'tranches', 'needIds']],
    ['CreateStandingCriteriaInput', ['name', 'organisationId']],
  ])('%s marks non-null exactly what a new record needs', (input, required) => {
    const type = schema.getType(input) as { getFields(): Record<string, { type: { toString(): string } }> };
    const nonNull = Object.entries(type.getFields())
      .filter(([, f]) => f.type.toString().endsWith('!'))
      .map(([name]) => name);
    expect(nonNull.sort()).toEqual([...required].sort());
  });

  it('keeps edits partial: a field left out of an update keeps its value, so update inputs stay nullable', () => {
    for (const input of ['UpdateNeedInput', 'UpdateOfferInput', 'UpdateProposalDraftInput', 'UpdateStandingCriteriaInput']) {
      const type = schema.getType(input) as { getFields(): Record<string, { type: { toString(): string } }> };
      const nonNull = Object.entries(type.getFields())
        .filter(([, f]) => f.type.toString().endsWith('!'))
        .map(([name]) => name);
      expect({ input, nonNull: nonNull.filter((n) => !/Id$|^expectedVersion$/.test(n)) }).toEqual({ input, nonNull: [] });
    }
  });
});
