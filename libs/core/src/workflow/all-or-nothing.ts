import { BadUserInputError, ConflictError, DomainError, problemAt, type DomainErrorCode, type FieldProblem } from '../errors/domain-errors.js';
import { reason, withMessage, type Refusal } from '../errors/reasons.js';

export const MAX_BATCH = 100;

/**
 * The codes a batch can fail with, the one that wins first: what the caller must fix in the
 * request, then records it may not see, then records it may not change, then their statuses.
 */
const PRECEDENCE: readonly DomainErrorCode[] = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT'];

/** A batch refused with a code that has no richer class of its own here (NOT_FOUND, FORBIDDEN). */
class BatchRefusedError extends DomainError {
  constructor(
    readonly code: DomainErrorCode,
    refusal: Refusal,
    fields: FieldProblem[],
  ) {
    super(refusal, { fields });
  }
}

/**
 * Applies `act` to every id, inside the caller's transaction: all succeed, or one error lists
 * each item that could not be done (and the caller's transaction rolls back the rest). Each
 * problem points at its item (`input.needIds[2]`) and names the record as `name` gives it (by
 * its title) with its id; a record that was not found, by the id alone. The error takes the code
 * of the most basic failure (PRECEDENCE): a missing reason is BAD_USER_INPUT, not a conflict.
 * Used by the moderators' batch actions.
 */
export async function allOrNothing<T>(
  ids: string[],
  field: string,
  what: 'needs' | 'offers' | 'matches',
  act: (id: string) => Promise<T>,
  name: (id: string) => Promise<string | null> = async () => null,
): Promise<T[]> {
  const unique = [...new Set(ids)];
  if (!unique.length || unique.length > MAX_BATCH) {
    throw new BadUserInputError(problemAt(field, reason('field.listLength', { max: MAX_BATCH, items: what })));
  }
  const results: T[] = [];
  const failures: { index: number; id: string; error: DomainError }[] = [];
  for (const [index, id] of unique.entries()) {
    try {
      results.push(await act(id));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      failures.push({ index, id, error });
    }
  }
  if (!failures.length) return results;
  const problems: FieldProblem[] = [];
  for (const { index, id, error } of failures) {
    // A record the caller may not see is named by the id it sent, nothing more.
    const title = error.code === 'NOT_FOUND' ? null : await name(id);
    const label = title ? `${title} (${id})` : id;
    // The item's own reason and params; the English message names the record.
    problems.push(problemAt(`${field}[${index}]`, withMessage(itemRefusal(error), `${label}: ${describe(error)}`)));
  }
  const code = PRECEDENCE.find((c) => failures.some((f) => f.error.code === c)) ?? 'CONFLICT';
  const summary = withMessage(reason('batch.noneChanged', { records: what }), `None of the ${what} was changed: ${problems.map((p) => p.message).join('; ')}`);
  if (code === 'BAD_USER_INPUT') throw new BadUserInputError(problems, summary);
  if (code === 'CONFLICT') throw new ConflictError(summary, { fields: problems });
  throw new BatchRefusedError(code, summary, problems);
}

/** An item's refusal in words; an input problem with its field ("reason is required to ..."). */
function describe(error: DomainError): string {
  if (error instanceof BadUserInputError) return error.problems.map((p) => `${p.field.replace(/^input\./, '')} ${p.message}`).join('; ');
  return error.message;
}

/** An item's reason: its one input problem's (a missing reason), else the error's own. */
function itemRefusal(error: DomainError): Refusal {
  return error instanceof BadUserInputError && error.problems.length === 1 ? error.problems[0] : error.refusal;
}
