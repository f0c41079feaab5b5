import { reason, withMessage, type ReasonCode, type Refusal } from './reasons.js';
import type { Params } from './icu.js';

/**
 * Errors that services throw when a request cannot be served as asked. Each carries a stable
 * code that the GraphQL layer exposes as `extensions.code` (see graphql-errors.ts), and a reason
 * from the registry (reasons.ts) with its params, exposed as `extensions.reason` and
 * `extensions.params`; the message is the reason in English, written for the person who made
 * the request.
 */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  readonly reason: ReasonCode;
  readonly params: Params;
  constructor(
    refusal: Refusal,
    readonly details: Record<string, unknown> = {},
  ) {
    super(refusal.message);
    this.name = new.target.name;
    this.reason = refusal.reason;
    this.params = refusal.params;
  }

  /** The refusal this error stands for. */
  get refusal(): Refusal {
    return { reason: this.reason, params: this.params, message: this.message };
  }
}

/** One problem with one input field, by its path (e.g. `input.email`), with its reason. */
export interface FieldProblem extends Refusal {
  field: string;
}

/** The problem `refusal` (a reason, or a field reader's failed read) with the field at `field`. */
export function problemAt(field: string, refusal: Refusal): FieldProblem {
  return { field, reason: refusal.reason, params: refusal.params, message: refusal.message };
}

export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  readonly problems: FieldProblem[];
  /**
   * `summary`: the reason of the whole (by default `input.invalid`, with the count); its message
   * is kept when given, else the message lists the problems (`input.email: must be ...; ...`).
   */
  constructor(problems: FieldProblem[] | FieldProblem, summary?: Refusal) {
    const list = Array.isArray(problems) ? problems : [problems];
    const whole = summary ?? withMessage(reason('input.invalid', { count: list.length }), list.map((p) => `${p.field}: ${p.message}`).join('; '));
    super(whole, { fields: list });
    this.problems = list;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(refusal: Refusal = reason('auth.loginRequired')) {
    super(refusal);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(refusal: Refusal = reason('access.roleMissing')) {
    super(refusal);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
}

export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS' as const;
  constructor(refusal: Refusal, retryAfterSeconds: number) {
    super(refusal, { retryAfterSeconds });
  }
}
