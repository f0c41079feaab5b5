import { ConflictError } from '../errors/domain-errors.js';
import { reason, type LifeCycleSubject } from '../errors/reasons.js';

/**
 * Optimistic locking: refuses a change made from an outdated copy of a record (`expected` is the
 * version the caller read; none given, none checked). Services call it after the visibility,
 * permission and status checks, so that a refusal gives the real reason first: someone who may
 * not act hears FORBIDDEN, and a closed record says it is closed, whatever version was sent.
 */
export function assertVersion(subject: LifeCycleSubject, record: { version: number }, expected: number | null | undefined): void {
  if (expected != null && expected !== record.version) {
    throw new ConflictError(reason(`${subject}.staleVersion`, { version: record.version, expectedVersion: expected }));
  }
}
