import type { GraphQLRequestContext, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { AccessTokenService } from '../auth/access-token.service.js';
import type { AppConfig } from '../config/app-config.js';
import type { GraphQLContext } from './graphql-context.js';
import { ResponseCache, responseKey } from './response-cache.js';

/**
 * The cache's bookkeeping, with the snapshot given by the test (test/response-cache.e2e-spec.ts
 * runs it against PostgreSQL): what is kept, under which key, and what is never kept.
 */
describe('ResponseCache', () => {
  let snapshot: string;
  let cache: ResponseCache;
  const tokens = {
    verify: (token: string) => {
      if (token !== 'good') throw new Error('refused');
      return 'user-1';
    },
  } as unknown as AccessTokenService;

  beforeEach(() => {
    snapshot = '750:750:';
    const pool = { query: async () => ({ rows: [{ s: snapshot }] }) };
    cache = new ResponseCache(
      { driver: { master: pool } } as unknown as DataSource,
      {
        RESPONSE_CACHE_TTL_SECONDS: 5,
        RESPONSE_CACHE_MAX_MB: 1,
      } as AppConfig,
    );
  });

  function request(operation: 'query' | 'mutation' = 'query', token?: string) {
    return {
      operation: { operation },
      operationName: 'Needs',
      queryHash: 'hash-of-the-document',
      request: { variables: { first: 20 } },
      contextValue: { req: { headers: token ? { authorization: `Bearer ${token}` } : {} } },
      response: { body: { kind: 'single', singleResult: {} } },
    } as unknown as GraphQLRequestContext<GraphQLContext> & { response: { body: { kind: 'single'; singleResult: Record<string, unknown> } } };
  }

  /** One request through the plugin: the kept answer if one is found, else `run`'s (then maybe kept). */
  async function ask(
    ctx: ReturnType<typeof request>,
    run: () => Record<string, unknown> = () => ({ data: { needs: [] } }),
    whileRunning?: () => void,
  ): Promise<GraphQLResponse | null> {
    const listener = (await cache.plugin(tokens).requestDidStart!(ctx)) as GraphQLRequestListener<GraphQLContext>;
    const found = await listener.responseForOperation!(ctx as never);
    if (!found) {
      whileRunning?.();
      ctx.response.body.singleResult = run();
      await listener.willSendResponse!(ctx as never);
    }
    return found;
  }

  it('keeps an answer to a query and finds it while the snapshot is the same', async () => {
    expect(await ask(request('query', 'good'))).toBeNull();
    const found = await ask(request('query', 'good'));
    expect(found?.body).toEqual({ kind: 'single', singleResult: { data: { needs: [] } } });
    expect(cache.stats()).toEqual({ hits: 1, misses: 1, stored: 1, kept: 1 });
    snapshot = '750:752:750';
    expect(await ask(request('query', 'good'))).toBeNull();
  });

  it('keeps nothing for a mutation, an answer with errors, a token the guards will refuse', async () => {
    await ask(request('mutation', 'good'));
    await ask(request('query', 'good'), () => ({ data: null, errors: [{ message: 'refused' }] }));
    await ask(request('query', 'tampered'));
    expect(cache.stats()).toEqual({ hits: 0, misses: 1, stored: 0, kept: 0 });
  });

  it('does not keep an answer computed while the copies it may have read were dropped', async () => {
    await ask(request('query', 'good'), undefined, () => cache.drop());
    expect(cache.stats().stored).toBe(0);
    await ask(request('query', 'good'));
    expect(cache.stats().stored).toBe(1);
  });

  it('lets the requests that miss while the same answer is computed wait for it, not compute it again', async () => {
    const first = request('query', 'good');
    const listener = (await cache.plugin(tokens).requestDidStart!(first)) as GraphQLRequestListener<GraphQLContext>;
    expect(await listener.responseForOperation!(first as never)).toBeNull();
    const waiting = ask(request('query', 'good'), () => {
      throw new Error('computed twice');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Still waiting: neither found nor counted.
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 1, stored: 0 });
    first.response.body.singleResult = { data: { needs: ['one'] } };
    await listener.willSendResponse!(first as never);
    expect((await waiting)?.body).toEqual({ kind: 'single', singleResult: { data: { needs: ['one'] } } });
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, stored: 1 });
  });

  it('lets a waiting request run itself when the answer it waited for is not kept', async () => {
    const first = request('query', 'good');
    const listener = (await cache.plugin(tokens).requestDidStart!(first)) as GraphQLRequestListener<GraphQLContext>;
    await listener.responseForOperation!(first as never);
    const waiting = ask(request('query', 'good'), () => ({ data: { needs: ['its own'] } }));
    first.response.body.singleResult = { data: null, errors: [{ message: 'refused' }] };
    await listener.willSendResponse!(first as never);
    expect(await waiting).toBeNull();
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 2, stored: 1 });
  });

  it('keys an answer by person, snapshot, operation and variables', () => {
    const parts = { userId: 'user-1', operationName: 'Needs', queryHash: 'h', variables: { first: 20 } };
    const keys = [
      responseKey(parts, '1:1:'),
      responseKey({ ...parts, userId: null }, '1:1:'),
      responseKey({ ...parts, userId: 'user-2' }, '1:1:'),
      responseKey(parts, '1:2:1'),
      responseKey({ ...parts, operationName: 'Offers' }, '1:1:'),
      responseKey({ ...parts, queryHash: 'h2' }, '1:1:'),
      responseKey({ ...parts, variables: { first: 21 } }, '1:1:'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
