import { mapError } from './graphql-errors.js';
import { reason } from './reasons.js';

/** HTTP status of each error code, for the api's plain HTTP routes (downloads, feeds). */
const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

export interface HttpRefusal {
  status: number;
  /** The same code, reason, params and message a GraphQL client reads in `extensions`. */
  body: { error: { code: string; reason: string; params: Record<string, unknown>; message: string; fields?: unknown; retryAfterSeconds?: number } };
  /** True when the error was not expected: log it with its stack; the client gets a generic message. */
  unexpected: boolean;
}

/**
 * An error thrown behind a plain HTTP route, said as the GraphQL API says it (mapError is the one
 * mapping): the status of its code and a JSON body with the reason and params.
 */
export function httpRefusal(error: unknown): HttpRefusal {
  const known = mapError(error);
  if (!known) {
    const internal = reason('server.internalError');
    return {
      status: 500,
      body: { error: { code: 'INTERNAL_SERVER_ERROR', reason: internal.reason, params: internal.params, message: internal.message } },
      unexpected: true,
    };
  }
  const { reason: code, params, fields, retryAfterSeconds } = known.extensions;
  return {
    status: HTTP_STATUS[known.code] ?? 400,
    body: {
      error: {
        code: known.code,
        reason: code,
        params,
        message: known.message,
        ...(fields ? { fields } : {}),
        ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
      },
    },
    unexpected: false,
  };
}
