import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { AccessTokenService } from '../auth/access-token.service.js';
import { bearerToken } from '../auth/guards.js';
import { AppConfig } from '../config/app-config.js';
import { pgPool } from '../database/pg-pool.js';
import type { GraphQLContext } from './graphql-context.js';

type Data = Record<string, unknown>;

/** Longest a request waits for the same answer being computed by another before running it itself. */
const COMPUTING_TIMEOUT_MS = 30_000;

/** What a request brings to its key: who asks, what, and with which values. */
export interface ResponseKeyParts {
  /** The user a valid token names; null when the request has no token. */
  userId: string | null;
  operationName: string | null;
  queryHash: string;
  variables: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The key of an answer: the asker, the operation, its variables and PostgreSQL's snapshot
 * (`xmin:xmax:running xids`). Two equal snapshots see the same committed rows, and a snapshot
 * never comes back once any transaction has committed, so an answer found under the snapshot of
 * now holds exactly what executing the operation now would read.
 */
export function responseKey(parts: ResponseKeyParts, snapshot: string): string {
  return [parts.userId ?? '', snapshot, parts.operationName ?? '', parts.queryHash, JSON.stringify(parts.variables ?? {})].join('\n');
}

/**
 * Answers of GraphQL queries kept in this process while nothing in the database has changed
 * (docs/ARCHITECTURE.md, "Response cache"). Each query first reads the snapshot (one round trip);
 * a kept answer under the same asker, operation, variables and snapshot is sent without running
 * a resolver. Any commit anywhere (a mutation, the worker, another replica, hand-written SQL)
 * changes the snapshot, so nothing stale is found; what the database does not hold is dropped
 * by the copies that hold it (`drop()`: reference data, the signed-in person), and what only the
 * clock changes (time in status) lasts at most RESPONSE_CACHE_TTL_SECONDS.
 *
 * Only error-free answers to queries by a valid token (or none) are kept; a refused token or
 * account is refused by the guards as ever, since an answer is only kept after they let it run
 * and any change to the account changes the snapshot.
 */
@Injectable()
export class ResponseCache {
  private readonly answers: LRUCache<string, Data> | null;
  /** Bumped by `drop()`: an answer computed across a drop may hold a dropped copy and is not kept. */
  private generation = 0;
  private readonly counts = { hits: 0, misses: 0, stored: 0 };
  /** Answers being computed, by key, for the requests that miss meanwhile. */
  private readonly computing = new Map<string, { promise: Promise<Data | null> }>();

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    const ttlMs = config.RESPONSE_CACHE_TTL_SECONDS * 1000;
    this.answers =
      ttlMs > 0
        ? new LRUCache<string, Data>({
            maxSize: config.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
            ttl: ttlMs,
            // A key holds the variables, so it counts too; sizes in UTF-16 code units, close enough.
            sizeCalculation: (data, key) => key.length + JSON.stringify(data).length,
          })
        : null;
  }

  /** Forgets every kept answer (a copy held outside the database changed). */
  drop(): void {
    this.generation++;
    this.answers?.clear();
  }

  /** How many queries found a kept answer, ran, and were kept (tests, benchmarks). */
  stats(): Readonly<{ hits: number; misses: number; stored: number; kept: number }> {
    return { ...this.counts, kept: this.answers?.size ?? 0 };
  }

  /** The Apollo plugin that finds and keeps answers; `tokens` tells whose a request is. */
  plugin(tokens: AccessTokenService): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async () => {
        if (!this.answers) return;
        let key: string | null = null;
        let generation = 0;
        let finish: ((data: Data | null) => void) | null = null;
        return {
          responseForOperation: async (ctx) => {
            const parts = partsOf(ctx, tokens);
            if (!parts) return null;
            generation = this.generation;
            const snapshot = await this.snapshot().catch(() => null);
            // PostgreSQL unreachable: the operation runs and fails as it would without the cache.
            if (snapshot === null) return null;
            key = responseKey(parts, snapshot);
            // Right after a commit every reader of a page misses at once: the first computes, the others wait for it.
            const data = this.answers!.get(key) ?? (await this.computing.get(key)?.promise);
            if (data) {
              this.counts.hits++;
              key = null;
              return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } } satisfies GraphQLResponse;
            }
            this.counts.misses++;
            if (!this.computing.has(key)) finish = this.startComputing(key);
            return null;
          },
          willSendResponse: async (ctx) => {
            const body = ctx.response.body;
            if (!key) return;
            let kept: Data | null = null;
            if (generation === this.generation && body.kind === 'single' && body.singleResult.data && !body.singleResult.errors?.length) {
              kept = body.singleResult.data;
              this.answers!.set(key, kept);
              this.counts.stored++;
            }
            finish?.(kept);
          },
        };
      },
    };
  }

  /** Marks `key` as being computed; the returned function settles it (null: not kept, the waiters run it themselves). */
  private startComputing(key: string): (data: Data | null) => void {
    let settle!: (data: Data | null) => void;
    const promise = new Promise<Data | null>((resolve) => (settle = resolve));
    const entry = { promise };
    this.computing.set(key, entry);
    const finish = (data: Data | null) => {
      clearTimeout(timer);
      if (this.computing.get(key) === entry) this.computing.delete(key);
      settle(data);
    };
    // A request that never reaches its response (it cannot, but a waiter must not hang on it).
    const timer = setTimeout(() => finish(null), COMPUTING_TIMEOUT_MS).unref();
    return finish;
  }

  private async snapshot(): Promise<string> {
    // The pool itself, not a TypeORM query runner: this runs before every query and must be cheap.
    const { rows } = await pgPool(this.dataSource).query<{ s: string }>('SELECT pg_current_snapshot()::text AS s');
    return rows[0].s;
  }
}

/** Null when the request's answer may not be kept: not a query, or a token the guards will refuse. */
function partsOf(ctx: GraphQLRequestContext<GraphQLContext>, tokens: AccessTokenService): ResponseKeyParts | null {
  if (ctx.operation?.operation !== 'query' || !ctx.queryHash) return null;
  const token = bearerToken(ctx.contextValue.req.headers);
  let userId: string | null = null;
  if (token) {
    try {
      userId = tokens.verify(token);
    } catch {
      return null;
    }
  }
  return { userId, operationName: ctx.operationName ?? null, queryHash: ctx.queryHash, variables: ctx.request.variables };
}
