import { BadRequestException, ForbiddenException, HttpException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { EntityNotFoundError, OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
} from './domain-errors.js';
import { formatGraphQLError, isUnexpectedError, mapError } from './graphql-errors.js';

const queryFailed = (code: string) => new QueryFailedError('INSERT ...', [], Object.assign(new Error('pg error'), { code }));

/** What Apollo hands to formatError for an error thrown in a resolver. */
function fromResolver(originalError: Error): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const error = new GraphQLError(originalError.message, { originalError, path: ['assistanceRequest'] });
  const formatted: GraphQLFormattedError = {
    message: originalError.message,
    locations: [{ line: 1, column: 3 }],
    path: ['assistanceRequest'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at resolver'] },
  };
  return { formatted, error };
}

describe('mapError', () => {
  it('maps BadUserInputError to BAD_USER_INPUT with the fields', () => {
    const problems = [{ field: 'input.email', message: 'must be an email' }];
    expect(mapError(new BadUserInputError(problems))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'input.email: must be an email',
      extensions: { fields: problems },
      unexpected: false,
    });
  });

  it.each([
    [new UnauthenticatedError(), 'UNAUTHENTICATED', 'You need to log in to do this.'],
    [new ForbiddenError(), 'FORBIDDEN', 'Your role does not allow this.'],
    [new ForbiddenError('Only the NPC of Ghana may do this.'), 'FORBIDDEN', 'Only the NPC of Ghana may do this.'],
    [new ConflictError('This offer was already withdrawn.'), 'CONFLICT', 'This offer was already withdrawn.'],
  ])('maps %p to its code and message', (error, code, message) => {
    expect(mapError(error)).toMatchObject({ code, message, unexpected: false });
  });

  it('maps NotFoundError to NOT_FOUND naming the entity', () => {
    expect(mapError(new NotFoundError('Assistance request', 'ar-1'))).toEqual({
      code: 'NOT_FOUND',
      message: 'Assistance request ar-1 was not found.',
      extensions: { entity: 'Assistance request', id: 'ar-1' },
      unexpected: false,
    });
  });

  it('maps TooManyRequestsError with retryAfterSeconds', () => {
    expect(mapError(new TooManyRequestsError('Too many failed logins.', 120))).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many failed logins.',
      extensions: { retryAfterSeconds: 120 },
      unexpected: false,
    });
  });

  it.each([
    [new BadRequestException(), 'BAD_USER_INPUT'],
    [new UnauthorizedException(), 'UNAUTHENTICATED'],
    [new ForbiddenException(), 'FORBIDDEN'],
    [new NotFoundException(), 'NOT_FOUND'],
    [new HttpException('Slow down', 429), 'TOO_MANY_REQUESTS'],
    [new HttpException('Clash', 409), 'CONFLICT'],
  ])('maps Nest %p to %s', (error, code) => {
    expect(mapError(error)).toEqual({ code, message: error.message, unexpected: false });
  });

  it('does not map Nest exceptions with other statuses', () => {
    expect(mapError(new HttpException('Broken', 500))).toBeUndefined();
  });

  it('maps a unique violation (23505) to CONFLICT', () => {
    expect(mapError(queryFailed('23505'))).toMatchObject({ code: 'CONFLICT', unexpected: false });
  });

  it.each(['40001', '40P01'])('maps a serialization failure or deadlock (%s) to CONFLICT', (code) => {
    expect(mapError(queryFailed(code))).toMatchObject({ code: 'CONFLICT', unexpected: false });
  });

  it('does not map other database errors', () => {
    expect(mapError(queryFailed('23503'))).toBeUndefined();
  });

  it('maps an optimistic lock mismatch to CONFLICT', () => {
    expect(mapError(new OptimisticLockVersionMismatchError('AssistanceRequest', 3, 4))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('reload'),
    });
  });

  it('maps EntityNotFoundError to NOT_FOUND', () => {
    expect(mapError(new EntityNotFoundError('AssistanceRequest', { id: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('leaves unknown errors unmapped', () => {
    expect(mapError(new Error('boom'))).toBeUndefined();
    expect(mapError('boom')).toBeUndefined();
    expect(mapError(undefined)).toBeUndefined();
  });
});

describe('formatGraphQLError', () => {
  it('exposes a domain error with its code and details', () => {
    const { formatted, error } = fromResolver(new TooManyRequestsError('Too many failed logins.', 60));
    expect(formatGraphQLError(formatted, error)).toEqual({
      message: 'Too many failed logins.',
      locations: [{ line: 1, column: 3 }],
      path: ['assistanceRequest'],
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60 },
    });
  });

  it('exposes the fields of a BadUserInputError', () => {
    const problems = [{ field: 'input.email', message: 'must be an email' }];
    const { formatted, error } = fromResolver(new BadUserInputError(problems));
    expect(formatGraphQLError(formatted, error).extensions).toEqual({ code: 'BAD_USER_INPUT', fields: problems });
  });

  it('masks an unknown error as INTERNAL_SERVER_ERROR without its message or stack', () => {
    const { formatted, error } = fromResolver(new Error('relation "secret_table" does not exist'));
    const result = formatGraphQLError(formatted, error);
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(result.message).not.toContain('secret_table');
    expect(result.message).toMatch(/internal error/i);
    expect(result.path).toEqual(['assistanceRequest']);
  });

  it('masks database errors it does not recognise', () => {
    const { formatted, error } = fromResolver(queryFailed('23503'));
    expect(formatGraphQLError(formatted, error).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it.each(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT'])('keeps the Apollo code %s', (code) => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', { extensions: { code } });
    const formatted: GraphQLFormattedError = {
      message: error.message,
      locations: [{ line: 1, column: 3 }],
      extensions: { code, stacktrace: ['...'] },
    };
    expect(formatGraphQLError(formatted, error)).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      path: undefined,
      extensions: { code },
    });
  });
});

describe('isUnexpectedError', () => {
  it('is false for mapped errors, also when wrapped by a resolver', () => {
    expect(isUnexpectedError(new ForbiddenError())).toBe(false);
    expect(isUnexpectedError(fromResolver(new ConflictError('Already accepted.')).error)).toBe(false);
    expect(isUnexpectedError(queryFailed('23505'))).toBe(false);
  });

  it('is false for Apollo request errors', () => {
    expect(isUnexpectedError(new GraphQLError('bad', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }))).toBe(false);
  });

  it('is true for unknown errors', () => {
    expect(isUnexpectedError(new Error('boom'))).toBe(true);
    expect(isUnexpectedError(fromResolver(new Error('boom')).error)).toBe(true);
    expect(isUnexpectedError(new GraphQLError('odd', { extensions: { code: 'SOMETHING_ELSE' } }))).toBe(true);
  });
});

describe('formatGraphQLError for errors raised before execution', () => {
  it('maps a domain error carried by a GraphQLError (the input rules) with its fields', () => {
    const problems = [{ field: 'input.title', message: 'must not contain the NUL character (U+0000)' }];
    const domain = new BadUserInputError(problems);
    const error = new GraphQLError(domain.message, { originalError: domain, extensions: { code: 'BAD_USER_INPUT' } });
    const formatted: GraphQLFormattedError = { message: domain.message, extensions: { code: 'BAD_USER_INPUT' } };
    expect(formatGraphQLError(formatted, error)).toEqual({
      message: 'input.title: must not contain the NUL character (U+0000)',
      locations: undefined,
      path: undefined,
      extensions: { code: 'BAD_USER_INPUT', fields: problems },
    });
    expect(isUnexpectedError(error)).toBe(false);
  });
});
