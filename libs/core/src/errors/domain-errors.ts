/**
 * Errors that services throw when a request cannot be served as asked. Each carries a stable
 * code that the GraphQL layer exposes as `extensions.code` (see graphql-errors.ts); the message
 * is written for the person who made the request.
 */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One problem with one input field, by its path (e.g. `input.email`). */
export interface FieldProblem {
  field: string;
  message: string;
}

export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[] | FieldProblem, message?: string) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(message ?? list.map((p) => `${p.field}: ${p.message}`).join('; '), { fields: list });
    this.problems = list;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'You need to log in to do this.') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'Your role does not allow this.') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string, id: string) {
    super(`${what} ${id} was not found.`, { entity: what, id });
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
}

export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS' as const;
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { retryAfterSeconds });
  }
}
