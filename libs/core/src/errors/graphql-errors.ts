import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { EntityNotFoundError, OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import { DomainError, type DomainErrorCode } from './domain-errors.js';

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

const HTTP_STATUS_CODES: Record<number, DomainErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

export interface MappedError {
  code: string;
  message: string;
  extensions?: Record<string, unknown>;
  /** True when the error was not expected: it is logged and its details are hidden. */
  unexpected: boolean;
}

/**
 * The one place where errors become GraphQL error codes. Anything not recognised is an internal
 * error whose details stay in the log.
 */
export function mapError(error: unknown): MappedError | undefined {
  if (error instanceof DomainError) {
    return { code: error.code, message: error.message, extensions: error.details, unexpected: false };
  }
  if (error instanceof HttpException) {
    const code = HTTP_STATUS_CODES[error.getStatus()];
    if (code) return { code, message: error.message, unexpected: false };
  }
  if (error instanceof OptimisticLockVersionMismatchError) {
    return {
      code: 'CONFLICT',
      message: 'Someone else changed this record since you loaded it; reload it and try again.',
      unexpected: false,
    };
  }
  if (error instanceof EntityNotFoundError) {
    return { code: 'NOT_FOUND', message: 'The record was not found.', unexpected: false };
  }
  if (error instanceof QueryFailedError) {
    const pgCode = (error.driverError as { code?: string } | undefined)?.code;
    // A safety net: services check these first and give a precise message.
    if (pgCode === '23505') {
      return { code: 'CONFLICT', message: 'This conflicts with an existing record.', unexpected: false };
    }
    if (pgCode === '40001' || pgCode === '40P01') {
      return {
        code: 'CONFLICT',
        message: 'The change collided with another one made at the same time; try again.',
        unexpected: false,
      };
    }
  }
  return undefined;
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
  const mapped = mapError(original);
  if (mapped) {
    return {
      message: mapped.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...mapped.extensions, code: mapped.code },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code)) {
    // `fields`: the argument path of a refused literal value (graphql/input-rules.ts).
    const fields = formatted.extensions?.fields;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, ...(fields ? { fields } : {}) } };
  }
  return {
    message: 'An internal error occurred. It has been logged; please try again or report it.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Whether an error reaching the GraphQL layer deserves an error-level log entry. */
export function isUnexpectedError(error: unknown): boolean {
  const original = causeOf(error);
  if (mapError(original)) return false;
  const code = (original as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  return !(typeof code === 'string' && APOLLO_CODES.has(code));
}
