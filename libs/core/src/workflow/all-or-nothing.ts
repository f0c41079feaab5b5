import { BadUserInputError, ConflictError, DomainError, type FieldProblem } from '../errors/domain-errors.js';

export const MAX_BATCH = 100;

/**
 * Applies `act` to every id, inside the caller's transaction: all succeed, or a ConflictError
 * names each one that could not be done (and the caller's transaction rolls back the rest).
 * Used by the moderators' batch actions.
 */
export async function allOrNothing<T>(
  ids: string[],
  field: string,
  what: string,
  act: (id: string) => Promise<T>,
): Promise<T[]> {
  const unique = [...new Set(ids)];
  if (!unique.length || unique.length > MAX_BATCH) {
    throw new BadUserInputError({ field, message: `must list 1 to ${MAX_BATCH} ${what}` });
  }
  const results: T[] = [];
  const problems: FieldProblem[] = [];
  for (const [index, id] of unique.entries()) {
    try {
      results.push(await act(id));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push({ field: `${field}[${index}]`, message: `${id}: ${error.message}` });
    }
  }
  if (problems.length) {
    throw new ConflictError(`None of the ${what} was changed: ${problems.map((p) => p.message).join('; ')}`, { fields: problems });
  }
  return results;
}
