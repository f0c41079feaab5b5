import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { EntityNotFoundError, OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import { DomainError, type DomainErrorCode } from './domain-errors.js';
import { classifyGraphQLMessage } from './graphql-messages.js';
import { isReasonCode, reason, withMessage, type ReasonCode, type Refusal } from './reasons.js';

/** Codes that Apollo Server itself sets for malformed operations; they pass through unchanged. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const HTTP_STATUS_CODES: Record<number, [DomainErrorCode, ReasonCode]> = {
  400: ['BAD_USER_INPUT', 'request.malformed'],
  401: ['UNAUTHENTICATED', 'auth.loginRequired'],
  403: ['FORBIDDEN', 'access.roleMissing'],
  404: ['NOT_FOUND', 'record.notFound'],
  409: ['CONFLICT', 'record.collision'],
  429: ['TOO_MANY_REQUESTS', 'request.tooMany'],
};

/** What the client reads of an error: `extensions.reason` and `extensions.params` beside the code. */
export interface MappedError {
  code: string;
  message: string;
  extensions: Record<string, unknown> & { reason: ReasonCode; params: Record<string, unknown> };
  /** True when the error was not expected: it is logged and its details are hidden. */
  unexpected: boolean;
}

const mapped = (code: string, refusal: Refusal, extensions: Record<string, unknown> = {}): MappedError => ({
  code,
  message: refusal.message,
  extensions: { ...extensions, reason: refusal.reason, params: refusal.params },
  unexpected: false,
});

/** Whether every entry of `extensions.fields` (if any) carries a registered reason. */
function fieldsHaveReasons(details: Record<string, unknown>): boolean {
  const fields = details.fields;
  return fields === undefined || (Array.isArray(fields) && fields.every((f: { reason?: unknown }) => isReasonCode(f?.reason)));
}

/**
 * The one place where errors become GraphQL error codes and reasons. Anything not recognised is
 * an internal error whose details stay in the log; so is a domain error whose reason (or a field's)
 * is not in the registry: types make that impossible, this makes it loud.
 */
export function mapError(error: unknown): MappedError | undefined {
  if (error instanceof DomainError) {
    if (!isReasonCode(error.reason) || !fieldsHaveReasons(error.details)) return undefined;
    return mapped(error.code, error.refusal, error.details);
  }
  if (error instanceof HttpException) {
    const known = HTTP_STATUS_CODES[error.getStatus()];
    if (known) return mapped(known[0], withMessage(reason(known[1]), error.message));
  }
  if (error instanceof OptimisticLockVersionMismatchError) return mapped('CONFLICT', reason('record.changedMeanwhile'));
  if (error instanceof EntityNotFoundError) return mapped('NOT_FOUND', reason('record.notFound'));
  if (error instanceof QueryFailedError) {
    const pgCode = (error.driverError as { code?: string } | undefined)?.code;
    // A safety net: services check these first and give a precise message.
    if (pgCode === '23505') return mapped('CONFLICT', reason('record.duplicate'));
    if (pgCode === '40001' || pgCode === '40P01') return mapped('CONFLICT', reason('record.collision'));
  }
  return undefined;
}

/** The reason of an error that Apollo or graphql-js raised before execution (APOLLO_CODES). */
function apolloRefusal(code: string, formatted: GraphQLFormattedError): Refusal {
  const own = formatted.extensions?.reason;
  if (isReasonCode(own)) return { reason: own, params: (formatted.extensions?.params as Refusal['params']) ?? {}, message: formatted.message };
  if (code === 'GRAPHQL_PARSE_FAILED') return withMessage(reason('request.notParsed'), formatted.message);
  if (code === 'GRAPHQL_VALIDATION_FAILED') return withMessage(reason('request.notValid'), formatted.message);
  if (code === 'BAD_USER_INPUT') return withMessage(classifyGraphQLMessage(formatted.message), formatted.message);
  return withMessage(reason('request.malformed'), formatted.message);
}

/**
 * The error a GraphQL error stands for: what a resolver threw, or a domain error raised before
 * execution (the input rules of graphql/input-rules.ts).
 */
function causeOf(error: unknown): unknown {
  const original = unwrapResolverError(error);
  return original instanceof GraphQLError && original.originalError instanceof DomainError ? original.originalError : original;
}

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = causeOf(error);
  const known = mapError(original);
  if (known) {
    return {
      message: known.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...known.extensions, code: known.code },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code)) {
    const refusal = apolloRefusal(code, formatted);
    // `fields`: the argument path of a refused literal value (graphql/input-rules.ts).
    const fields = formatted.extensions?.fields;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, reason: refusal.reason, params: refusal.params, ...(fields ? { fields } : {}) },
    };
  }
  const internal = reason('server.internalError');
  return {
    message: internal.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: internal.reason, params: internal.params },
  };
}

/** Whether an error reaching the GraphQL layer deserves an error-level log entry. */
export function isUnexpectedError(error: unknown): boolean {
  const original = causeOf(error);
  if (mapError(original)) return false;
  const code = (original as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  return !(typeof code === 'string' && APOLLO_CODES.has(code));
}

/** What the log says of an error that reached the GraphQL layer: the code and reason the client read. */
export function loggedAs(error: GraphQLError): { code: string; reason: string; unexpected: boolean } {
  const { code, reason: said } = formatGraphQLError(error.toJSON(), error).extensions as { code: string; reason: string };
  return { code, reason: said, unexpected: isUnexpectedError(error) };
}
