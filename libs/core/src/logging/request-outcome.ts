import type { ServerResponse } from 'node:http';

/** The level a refusal is logged at: warn where someone may be probing, info for ordinary mistakes. */
export const REFUSAL_LEVELS: Readonly<Record<string, 'info' | 'warn'>> = {
  UNAUTHENTICATED: 'warn',
  FORBIDDEN: 'warn',
  TOO_MANY_REQUESTS: 'warn',
  BAD_USER_INPUT: 'info',
  NOT_FOUND: 'info',
  CONFLICT: 'info',
  // Apollo's own, for operations it does not execute (graphql-errors.ts, APOLLO_CODES).
  GRAPHQL_PARSE_FAILED: 'info',
  GRAPHQL_VALIDATION_FAILED: 'info',
  PERSISTED_QUERY_NOT_FOUND: 'info',
  PERSISTED_QUERY_NOT_SUPPORTED: 'info',
  OPERATION_RESOLUTION_FAILURE: 'info',
  BAD_REQUEST: 'info',
};

export interface Refusal {
  code: string;
  reason: string;
}

/** What went wrong in a request, said once on its access line (logging.module.ts). */
export interface RequestOutcome {
  /** The GraphQL operation's name, or the route pattern of a plain HTTP route; never its variables. */
  operation?: string;
  refusals: Refusal[];
  /** An internal error: logged at error with its stack. */
  fault?: Error;
}

const outcomes = new WeakMap<ServerResponse, RequestOutcome>();

function outcomeOf(res: ServerResponse, operation: string | undefined): RequestOutcome {
  let outcome = outcomes.get(res);
  if (!outcome) {
    outcome = { refusals: [] };
    outcomes.set(res, outcome);
  }
  outcome.operation ??= operation;
  return outcome;
}

/** Notes a refusal of the request answered by `res`: its access line says it, at its code's level. */
export function noteRefusal(res: ServerResponse | undefined, operation: string | undefined, refusal: Refusal): void {
  if (res) outcomeOf(res, operation).refusals.push(refusal);
}

/** Notes an internal error of the request answered by `res`: its access line is an error with the stack. */
export function noteFault(res: ServerResponse | undefined, operation: string | undefined, error: Error): void {
  if (!res) return;
  const outcome = outcomeOf(res, operation);
  outcome.fault ??= error;
  // pino-http logs `res.err` (with its stack) on the access line.
  (res as ServerResponse & { err?: Error }).err ??= error;
}

export function requestOutcome(res: ServerResponse): RequestOutcome | undefined {
  return outcomes.get(res);
}

const RANK = { info: 0, warn: 1 } as const;

/** The level of a request's access line: error for a fault, else its most serious refusal's, else info. */
export function accessLogLevel(res: ServerResponse, err: Error | undefined): 'info' | 'warn' | 'error' {
  const outcome = outcomes.get(res);
  if (err || outcome?.fault || res.statusCode >= 500) return 'error';
  let level: 'info' | 'warn' = 'info';
  for (const { code } of outcome?.refusals ?? []) {
    const own = REFUSAL_LEVELS[code] ?? 'warn';
    if (RANK[own] > RANK[level]) level = own;
  }
  return level;
}

/** The fields a refused or failed request adds to its access line: operation, codes and reasons. */
export function accessLogProps(res: ServerResponse): Record<string, unknown> {
  const outcome = outcomes.get(res);
  if (!outcome) return {};
  return {
    ...(outcome.operation ? { operation: outcome.operation } : {}),
    ...(outcome.refusals.length ? { refusals: outcome.refusals } : {}),
  };
}
