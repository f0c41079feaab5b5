import { readFileSync, writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { SCHEMA_FILE } from '#libs/core';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

describe('the GraphQL layer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: false, env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '5' } });
  });
  afterAll(() => t.close());

  it('matches the committed schema.gql (run `npm run schema:emit` after changing the API)', () => {
    const live = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    if (process.env.UPDATE_SCHEMA === '1') {
      // The same bytes as NestJS writes in development, so either way leaves git clean.
      writeFileSync(
        SCHEMA_FILE,
        `# ------------------------------------------------------\n# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)\n# ------------------------------------------------------\n\n${live}`,
      );
    }
    const committed = printSchema(lexicographicSortSchema(buildSchema(readFileSync(SCHEMA_FILE, 'utf8'))));
    expect(committed).toEqual(live);
  });

  it('refuses operations deeper than the limit', async () => {
    const deep = '{ regionalOrganisations { memberStates { region { code } } } }';
    expect((await t.gql(deep)).errors).toBeUndefined();
    const tooDeep = `{ organisations { memberships { organisation { memberships { user { memberships { organisation { name } } } } } } } }`;
    const response = await t.gql(tooDeep);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 8 }, (_, i) => `a${i}: currencies { code }`).join(' ');
    const response = await t.gql(`{ ${aliases} }`);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses introspection outside development', async () => {
    const response = await t.gql('{ __schema { types { name } } }');
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a simple GET that could be a cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ currencies { code } }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ currencies { code } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('names the argument field in BAD_USER_INPUT', async () => {
    const response = await t.gql('mutation { login(input: { email: "a@b.c", password: "' + 'x'.repeat(2000) + '" }) { accessToken } }');
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('input.password');
    expect(response.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.password', reason: 'field.tooLong', params: { max: 1024 }, message: expect.stringContaining('shorter than or equal to 1024') },
    ]);
  });

  it('keeps the entities and the committed migrations in step', async () => {
    // What TypeORM would change to make the migrated database match the entities: nothing.
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
