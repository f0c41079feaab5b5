import { BadRequestException, ForbiddenException, HttpException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { EntityNotFoundError, OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, problemAt, TooManyRequestsError, UnauthenticatedError } from './domain-errors.js';
import { formatGraphQLError, isUnexpectedError, mapError } from './graphql-errors.js';
import { reason, type ReasonCode, type Refusal } from './reasons.js';

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
  it('maps BadUserInputError to BAD_USER_INPUT with the fields, each with its reason and params', () => {
    const problems = [problemAt('input.email', reason('field.notEmail')), problemAt('input.name', reason('field.tooLong', { max: 200 }))];
    expect(mapError(new BadUserInputError(problems))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'input.email: must be an e-mail address; input.name: must be at most 200 characters',
      extensions: {
        reason: 'input.invalid',
        params: { count: 2 },
        fields: [
          { field: 'input.email', reason: 'field.notEmail', params: {}, message: 'must be an e-mail address' },
          { field: 'input.name', reason: 'field.tooLong', params: { max: 200 }, message: 'must be at most 200 characters' },
        ],
      },
      unexpected: false,
    });
  });

  it.each([
    [new UnauthenticatedError(), 'UNAUTHENTICATED', 'You need to log in to do this.', 'auth.loginRequired'],
    [new ForbiddenError(), 'FORBIDDEN', 'Your role does not allow this.', 'access.roleMissing'],
    [new ForbiddenError(reason('need.writeForbidden', { state: 'GHA' })), 'FORBIDDEN', 'Only the NPCs of GHA can write its needs.', 'need.writeForbidden'],
    [new ConflictError(reason('proposal.alreadyEndorsed')), 'CONFLICT', 'Your State has already endorsed this proposal.', 'proposal.alreadyEndorsed'],
  ])('maps %p to its code, message and reason', (error, code, message, why) => {
    expect(mapError(error)).toMatchObject({ code, message, extensions: { reason: why }, unexpected: false });
  });

  it('maps NotFoundError to NOT_FOUND with the id in the params', () => {
    expect(mapError(new NotFoundError(reason('need.notFound', { id: 'n-1' })))).toEqual({
      code: 'NOT_FOUND',
      message: 'Need n-1 was not found.',
      extensions: { reason: 'need.notFound', params: { id: 'n-1' } },
      unexpected: false,
    });
  });

  it('maps TooManyRequestsError with retryAfterSeconds and the minutes in the params', () => {
    expect(mapError(new TooManyRequestsError(reason('auth.tooManyFailedLogins', { minutes: 2 }), 120))).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many failed logins. Try again in 2 minutes, or ask an administrator for help.',
      extensions: { retryAfterSeconds: 120, reason: 'auth.tooManyFailedLogins', params: { minutes: 2 } },
      unexpected: false,
    });
  });

  it('maps a conflict past the funding gap with its money as decimal strings and its currency', () => {
    const refusal = reason('funding.pastGap', { amount: '500.00', currency: 'EUR', gap: '300.00', target: '1000.00', committed: '700.00' });
    expect(mapError(new ConflictError(refusal))).toMatchObject({
      code: 'CONFLICT',
      message: 'Committing 500.00 EUR would exceed the funding gap of 300.00 (target 1000.00, committed 700.00). The proposal does not allow over-funding.',
      extensions: { reason: 'funding.pastGap', params: { amount: '500.00', currency: 'EUR', gap: '300.00', target: '1000.00', committed: '700.00' } },
    });
  });

  it('treats a domain error whose reason is not registered as unexpected (types forbid it; this makes it loud)', () => {
    const forged = { reason: 'need.notARealReason' as ReasonCode, params: {}, message: 'Forged.' } satisfies Refusal;
    expect(mapError(new ConflictError(forged))).toBeUndefined();
    expect(isUnexpectedError(new ConflictError(forged))).toBe(true);
    const badField = { field: 'input.x', reason: 'field.nope' as ReasonCode, params: {}, message: 'nope' };
    expect(mapError(new BadUserInputError([badField]))).toBeUndefined();
  });

  it.each([
    [new BadRequestException(), 'BAD_USER_INPUT', 'request.malformed'],
    [new UnauthorizedException(), 'UNAUTHENTICATED', 'auth.loginRequired'],
    [new ForbiddenException(), 'FORBIDDEN', 'access.roleMissing'],
    [new NotFoundException(), 'NOT_FOUND', 'record.notFound'],
    [new HttpException('Slow down', 429), 'TOO_MANY_REQUESTS', 'request.tooMany'],
    [new HttpException('Clash', 409), 'CONFLICT', 'record.collision'],
  ])('maps Nest %p to %s with a reason', (error, code, why) => {
    expect(mapError(error)).toEqual({ code, message: error.message, extensions: { reason: why, params: {} }, unexpected: false });
  });

  it('does not map Nest exceptions with other statuses', () => {
    expect(mapError(new HttpException('Broken', 500))).toBeUndefined();
  });

  it('maps a unique violation (23505) to CONFLICT', () => {
    expect(mapError(queryFailed('23505'))).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'record.duplicate' }, unexpected: false });
  });

  it.each(['40001', '40P01'])('maps a serialization failure or deadlock (%s) to CONFLICT', (code) => {
    expect(mapError(queryFailed(code))).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'record.collision' }, unexpected: false });
  });

  it('does not map other database errors', () => {
    expect(mapError(queryFailed('23503'))).toBeUndefined();
  });

  it('maps an optimistic lock mismatch to CONFLICT', () => {
    expect(mapError(new OptimisticLockVersionMismatchError('AssistanceRequest', 3, 4))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('reload'),
      extensions: { reason: 'record.changedMeanwhile' },
    });
  });

  it('maps EntityNotFoundError to NOT_FOUND', () => {
    expect(mapError(new EntityNotFoundError('AssistanceRequest', { id: 'x' }))).toMatchObject({ code: 'NOT_FOUND', extensions: { reason: 'record.notFound' } });
  });

  it('leaves unknown errors unmapped', () => {
    expect(mapError(new Error('boom'))).toBeUndefined();
    expect(mapError('boom')).toBeUndefined();
    expect(mapError(undefined)).toBeUndefined();
  });
});

describe('formatGraphQLError', () => {
  it('exposes a domain error with its code and details', () => {
    const { formatted, error } = fromResolver(new TooManyRequestsError(reason('auth.tooManyFailedLogins', { minutes: 1 }), 60));
    expect(formatGraphQLError(formatted, error)).toEqual({
      message: 'Too many failed logins. Try again in 1 minute, or ask an administrator for help.',
      locations: [{ line: 1, column: 3 }],
      path: ['assistanceRequest'],
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60, reason: 'auth.tooManyFailedLogins', params: { minutes: 1 } },
    });
  });

  it('exposes the fields of a BadUserInputError', () => {
    const problems = [problemAt('input.email', reason('field.notEmail'))];
    const { formatted, error } = fromResolver(new BadUserInputError(problems));
    expect(formatGraphQLError(formatted, error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'input.invalid',
      params: { count: 1 },
      fields: problems,
    });
  });

  it('masks an unknown error as INTERNAL_SERVER_ERROR without its message or stack', () => {
    const { formatted, error } = fromResolver(new Error('relation "secret_table" does not exist'));
    const result = formatGraphQLError(formatted, error);
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'server.internalError', params: {} });
    expect(result.message).not.toContain('secret_table');
    expect(result.message).toMatch(/internal error/i);
    expect(result.path).toEqual(['assistanceRequest']);
  });

  it('masks database errors it does not recognise', () => {
    const { formatted, error } = fromResolver(queryFailed('23503'));
    expect(formatGraphQLError(formatted, error).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'server.internalError', params: {} });
  });

  it.each([
    ['GRAPHQL_VALIDATION_FAILED', 'request.notValid'],
    ['GRAPHQL_PARSE_FAILED', 'request.notParsed'],
    ['BAD_USER_INPUT', 'field.invalid'],
  ])('keeps the Apollo code %s, with a reason', (code, why) => {
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
      extensions: { code, reason: why, params: {} },
    });
  });

  it('keeps the reason a scalar gave its refusal of a literal', () => {
    const refusal = reason('scalar.notLocalDate', { value: '2026-02-30' });
    const error = new GraphQLError(refusal.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: refusal.reason, params: refusal.params } });
    const formatted: GraphQLFormattedError = { message: error.message, extensions: { ...error.extensions } };
    expect(formatGraphQLError(formatted, error).extensions).toMatchObject({ reason: 'scalar.notLocalDate', params: { value: '2026-02-30' } });
  });
});

describe('isUnexpectedError', () => {
  it('is false for mapped errors, also when wrapped by a resolver', () => {
    expect(isUnexpectedError(new ForbiddenError())).toBe(false);
    expect(isUnexpectedError(fromResolver(new ConflictError(reason('revision.alreadyAccepted', { revision: 2 }))).error)).toBe(false);
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
    const problems = [problemAt('input.title', reason('field.containsNul'))];
    const domain = new BadUserInputError(problems);
    const error = new GraphQLError(domain.message, { originalError: domain, extensions: { code: 'BAD_USER_INPUT' } });
    const formatted: GraphQLFormattedError = { message: domain.message, extensions: { code: 'BAD_USER_INPUT' } };
    expect(formatGraphQLError(formatted, error)).toEqual({
      message: 'input.title: must not contain the NUL character (U+0000)',
      locations: undefined,
      path: undefined,
      extensions: { code: 'BAD_USER_INPUT', reason: 'input.invalid', params: { count: 1 }, fields: problems },
    });
    expect(isUnexpectedError(error)).toBe(false);
  });
});
