import { fieldsAndReasons } from '../../../core/src/validation/field-problems.fixtures.js';
import { MESSAGE_MAX, readMessageBody, readRevisionProposal } from './deal-room-fields.js';
import { PROPOSAL_LIMITS } from '../proposals/proposal-fields.js';

const TRANCHES = [{ title: 'Marking', lines: [{ description: 'Machines', amount: '100' }] }];

describe('readMessageBody', () => {
  it('reads 1 to 5000 characters, trimmed', () => {
    expect(readMessageBody(' Hello ')).toEqual({ ok: true, value: 'Hello' });
    expect(readMessageBody('  ')).toMatchObject({ ok: false, reason: 'field.lengthOutOfRange', params: { min: 1, max: MESSAGE_MAX } });
    expect(readMessageBody('x'.repeat(MESSAGE_MAX + 1))).toMatchObject({ ok: false, reason: 'field.lengthOutOfRange' });
  });
});

describe('readRevisionProposal', () => {
  it('reads the budget, the note, and the scope when given (left out: kept)', () => {
    const { revision } = readRevisionProposal({ tranches: TRANCHES, note: ' More machines ', scope: null });
    expect(revision).toEqual({
      tranches: [{ number: 1, title: 'Marking', lines: [{ description: 'Machines', amount: '100.00' }] }],
      scope: undefined,
      note: 'More machines',
    });
    expect(readRevisionProposal({ tranches: TRANCHES, note: 'n', scope: ' New scope ' }).revision?.scope).toBe('New scope');
  });

  it('gives every problem: the budget, a blank scope, a missing or long note', () => {
    const { revision, problems } = readRevisionProposal({ tranches: [], scope: ' ', note: null });
    expect(revision).toBeNull();
    expect(fieldsAndReasons(problems)).toEqual([
      ['input.tranches', 'field.listLength'],
      ['input.scope', 'field.lengthOutOfRange'],
      ['input.note', 'revision.noteRequired'],
    ]);
    expect(fieldsAndReasons(readRevisionProposal({ tranches: TRANCHES, note: 'x'.repeat(PROPOSAL_LIMITS.note + 1) }).problems)).toEqual([
      ['input.note', 'revision.noteRequired'],
    ]);
  });
});
