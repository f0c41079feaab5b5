import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { isReasonCode, loadConfig, type AppConfig } from '#libs/core';
import { DEMO_PASSWORD, SetupService } from '#libs/setup';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api.app.js';
import { WorkerFeaturesModule } from '../../apps/worker/src/worker.module.js';
import { createTestDatabase, dropDatabase } from './databases.js';
import { queuePrefixBase, TEST_JWT_SECRET, TEST_REDIS_URL } from './test-env.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  url: string;
  dataSource: DataSource;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Configuration for a test process: its own database and Redis key prefix, quiet logs. */
export function testConfig(databaseUrl: string, env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `${queuePrefixBase()}-${randomBytes(3).toString('hex')}`,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '5',
    ...env,
  });
}

/**
 * Fails the test when an error the API gave lacks a registered reason (`extensions.reason`, with
 * `extensions.params`), or when an entry of its `extensions.fields` does: every refusal must be
 * sayable in any language (docs/ARCHITECTURE.md, "Errors"). Every GraphQL answer the integration
 * tests read goes through here.
 */
export function assertRefusalsHaveReasons(errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined): void {
  for (const error of errors ?? []) {
    const { reason, params, fields } = error.extensions ?? {};
    const where = `"${error.message}" (${String(error.extensions?.code)})`;
    if (!isReasonCode(reason)) throw new Error(`the error ${where} has no registered reason: ${JSON.stringify(reason)}`);
    if (!params || typeof params !== 'object') throw new Error(`the error ${where} has no params`);
    for (const field of (fields as { field: string; reason?: unknown; params?: unknown }[] | undefined) ?? []) {
      if (!isReasonCode(field.reason) || !field.params || typeof field.params !== 'object') {
        throw new Error(`the field ${field.field} of the error ${where} has no registered reason and params`);
      }
    }
  }
}

/** Posts a GraphQL operation over real HTTP; every error must carry its reason (assertRefusalsHaveReasons). */
export async function postGraphQL<T>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as GraphQLResponse<T>;
  assertRefusalsHaveReasons(answer.errors);
  return answer;
}

/**
 * Boots the real api (Fastify, GraphQL, guards) on a random port against a fresh copy of the
 * test database, with the demo accounts (one per role) unless `demo: false`. `logDestination`
 * receives the log lines (with `env: { LOG_LEVEL: 'info' }`; the tests' default is silent).
 */
export async function startTestApp(
  options: { withWorker?: boolean; demo?: boolean; env?: Record<string, string>; webRoot?: string; logDestination?: DestinationStream } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, options.env);
  // The web app only where a test serves it (test/web-app.e2e-spec.ts builds its own).
  const app = await createApiApp(config, {
    // The tests put the worker beside the api themselves, as the quick start does (apps/quickstart).
    workerModule: options.withWorker ? WorkerFeaturesModule : undefined,
    webRoot: options.webRoot ?? null,
    logDestination: options.logDestination,
  });
  await app.get(SetupService).prepare({ migrate: true, seed: false, demo: options.demo ?? true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const gql = <T>(query: string, variables?: Record<string, unknown>, token?: string) => postGraphQL<T>(url, query, variables, token);
  return {
    app,
    config,
    url,
    dataSource: app.get(DataSource),
    gql,
    async login(email: string, password = DEMO_PASSWORD) {
      const result = await gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
        input: { email, password },
      });
      if (!result.data?.login) throw new Error(`login of ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.accessToken;
    },
    async close() {
      await app.close();
      await dropDatabase(database.name);
    },
  };
}

/** The `extensions.code` of the first error, for terse assertions. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
