import { describe, expect, it } from '@jest/globals';
import { sinceReturned, type HistoryEntry } from './since-returned';

const created: HistoryEntry = { at: '1', action: 'need.created', toStatus: 'DRAFT' };
const submitted: HistoryEntry = { at: '2', action: 'need.transitioned', fromStatus: 'DRAFT', toStatus: 'SUBMITTED' };
const returned = (at: string, reason: string): HistoryEntry => ({ at, action: 'need.transitioned', fromStatus: 'SUBMITTED', toStatus: 'RETURNED', reason });
const changed = (at: string, fields: string[]): HistoryEntry => ({ at, action: 'need.changed', changedFields: fields });

describe('what changed since the need was returned', () => {
  it('is nothing to show for a first submission', () => {
    expect(sinceReturned([created, submitted])).toBeNull();
  });

  it('takes the last return, and the fields edited after it, once each', () => {
    const history = [
      created,
      submitted,
      returned('3', 'first'),
      changed('4', ['title']),
      submitted,
      returned('6', 'second'),
      changed('7', ['budget', 'problem']),
      changed('8', ['budget']),
      { ...submitted, at: '9', fromStatus: 'RETURNED' },
    ];
    const since = sinceReturned(history)!;
    expect(since.returned.reason).toBe('second');
    expect(since.after.map((e) => e.at)).toEqual(['7', '8', '9']);
    expect(since.changedFields).toEqual(['budget', 'problem']);
  });
});
