import { ConflictError } from '../errors/domain-errors.js';

/**
 * Optimistic locking: refuses a change made from an outdated copy of a record (`expected` is the
 * version the caller read; none given, none checked). Services call it after the visibility,
 * permission and status checks, so that a refusal gives the real reason first: someone who may
 * not act hears FORBIDDEN, and a closed record says it is closed, whatever version was sent.
 */
export function assertVersion(subject: string, record: { version: number }, expected: number | null | undefined): void {
  if (expected != null && expected !== record.version) {
    throw new ConflictError(`This ${subject} was changed by someone else (version ${record.version}, you had ${expected}); reload it and try again.`);
  }
}
