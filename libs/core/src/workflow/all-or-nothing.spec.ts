import { BadUserInputError, ConflictError, DomainError, ForbiddenError, NotFoundError, problemAt } from '../errors/domain-errors.js';
import { reason } from '../errors/reasons.js';
import { allOrNothing } from './all-or-nothing.js';

const TITLES: Record<string, string> = { a: 'need "Marking machines"', b: 'need "Training of armourers"', c: 'need "Record-keeping"' };
const named = async (id: string) => TITLES[id] ?? null;

/** The error a batch throws when `fail` refuses some of its items. */
async function refusal(ids: string[], fail: Record<string, Error>): Promise<DomainError> {
  try {
    await allOrNothing(
      ids,
      'input.needIds',
      'needs',
      async (id) => {
        if (fail[id]) throw fail[id];
        return id;
      },
      named,
    );
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the batch to be refused');
}

describe('allOrNothing', () => {
  it('gives every result when every item succeeds', async () => {
    expect(await allOrNothing(['a', 'b', 'a'], 'input.needIds', 'needs', async (id) => id.toUpperCase(), named)).toEqual(['A', 'B']);
  });

  it('refuses an empty or oversized batch as BAD_USER_INPUT on the list', async () => {
    await expect(allOrNothing([], 'input.needIds', 'needs', async (id) => id)).rejects.toThrow(BadUserInputError);
    await expect(
      allOrNothing(
        Array.from({ length: 101 }, (_, i) => `${i}`),
        'input.needIds',
        'needs',
        async (id) => id,
      ),
    ).rejects.toThrow(/1 to 100 needs/);
  });

  it('refuses a missing reason as BAD_USER_INPUT pointing at each item and naming it by its title', async () => {
    const missing = () => new BadUserInputError(problemAt('reason', reason('need.reasonRequired', { action: 'RETURN' }, { action: 'return' })));
    const error = await refusal(['a', 'b'], { a: missing(), b: missing() });
    expect(error).toBeInstanceOf(BadUserInputError);
    // Each item keeps its own reason and params; the English message names the record.
    const item = { reason: 'need.reasonRequired', params: { action: 'RETURN' } };
    expect(error.details.fields).toEqual([
      { field: 'input.needIds[0]', ...item, message: 'need "Marking machines" (a): reason is required to return a need' },
      { field: 'input.needIds[1]', ...item, message: 'need "Training of armourers" (b): reason is required to return a need' },
    ]);
    expect(error.reason).toBe('batch.noneChanged');
    expect(error.params).toEqual({ records: 'needs' });
    expect(error.message).toBe(
      'None of the needs was changed: need "Marking machines" (a): reason is required to return a need; need "Training of armourers" (b): reason is required to return a need',
    );
  });

  it('takes the code of the most basic failure: input, then visibility, then permission, then status', async () => {
    const input = new BadUserInputError(problemAt('input.reason', reason('field.required')));
    const notFound = new NotFoundError(reason('need.notFound', { id: 'c' }));
    const forbidden = new ForbiddenError(reason('need.actionNotPermitted', { permitted: ['UNODA_MODERATOR'], action: 'PUBLISH' }, { action: 'publish' }));
    const conflict = new ConflictError(
      reason('need.statusForbidsChange', { action: 'PUBLISH', status: 'DRAFT', allowedStatuses: ['SUBMITTED'] }, { action: 'publish' }),
    );
    expect(conflict.message).toBe('Cannot publish a need that is DRAFT; only one that is SUBMITTED.');
    expect((await refusal(['a', 'b', 'c'], { a: conflict, b: input, c: notFound })).code).toBe('BAD_USER_INPUT');
    expect((await refusal(['a', 'b', 'c'], { a: conflict, b: forbidden, c: notFound })).code).toBe('NOT_FOUND');
    expect((await refusal(['a', 'b'], { a: conflict, b: forbidden })).code).toBe('FORBIDDEN');
    const conflicts = await refusal(['a', 'b'], { b: conflict });
    expect(conflicts).toBeInstanceOf(ConflictError);
    expect(conflicts.details.fields).toEqual([
      { field: 'input.needIds[1]', reason: conflict.reason, params: conflict.params, message: `need "Training of armourers" (b): ${conflict.message}` },
    ]);
  });

  it('names a record that was not found by the id sent only, never by what the name lookup knows', async () => {
    const error = await refusal(['a', 'c'], { c: new NotFoundError(reason('need.notFound', { id: 'c' })) });
    expect(error.details.fields).toEqual([{ field: 'input.needIds[1]', reason: 'need.notFound', params: { id: 'c' }, message: 'c: Need c was not found.' }]);
    expect(error.message).not.toContain('Record-keeping');
  });

  it('lets errors that are not refusals through unchanged', async () => {
    const crash = new Error('connection lost');
    await expect(allOrNothing(['a'], 'input.needIds', 'needs', async () => Promise.reject(crash))).rejects.toBe(crash);
  });
});
