import { fieldsAndReasons } from '../../../core/src/validation/field-problems.fixtures.js';
import { PROPOSAL_LIMITS, readDocumentFields, readProposalNeedIds, readStatusReason } from './proposal-fields.js';

const NEED = '00000000-0000-4000-8000-000000000001';

describe('readDocumentFields', () => {
  it('reads a document: name and link trimmed, the note trimmed (empty as null), the media type as written', () => {
    expect(readDocumentFields({ name: ' Concept note ', url: ' https://example.org/note.pdf ', note: ' v2 ', mediaType: 'application/pdf' })).toEqual({
      fields: { name: 'Concept note', url: 'https://example.org/note.pdf', note: 'v2', mediaType: 'application/pdf' },
      problems: [],
    });
    expect(readDocumentFields({ name: 'Budget', url: 'http://example.org/b', note: '  ' }).fields).toEqual({
      name: 'Budget',
      url: 'http://example.org/b',
      note: null,
      mediaType: null,
    });
  });

  it('gives every problem with its field, in the order of the form', () => {
    const { fields, problems } = readDocumentFields({ name: ' ', url: '', note: 'x'.repeat(PROPOSAL_LIMITS.note + 1), mediaType: 'pdf' });
    expect(fields).toBeNull();
    expect(fieldsAndReasons(problems)).toEqual([
      ['input.name', 'field.lengthOutOfRange'],
      ['input.url', 'field.notHttpLink'],
      ['input.note', 'field.tooLong'],
      ['input.mediaType', 'field.notMediaType'],
    ]);
    expect(problems[0].params).toEqual({ min: 1, max: 200 });
  });
});

describe('readStatusReason', () => {
  it('reads why a step is taken, trimmed, empty as none; refuses one too long', () => {
    expect(readStatusReason('  elections  ')).toEqual({ ok: true, value: 'elections' });
    expect(readStatusReason('   ')).toEqual({ ok: true, value: null });
    expect(readStatusReason(undefined)).toEqual({ ok: true, value: null });
    expect(readStatusReason('x'.repeat(PROPOSAL_LIMITS.note + 1))).toMatchObject({ ok: false, reason: 'field.tooLong', params: { max: 2000 } });
  });
});

describe('readProposalNeedIds', () => {
  it('reads 1 to 20 need ids without repeats', () => {
    expect(readProposalNeedIds([NEED, NEED])).toEqual({ ok: true, value: [NEED] });
  });

  it.each([
    ['none', []],
    ['not an id', ['need-1']],
    ['more than 20', Array.from({ length: 21 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)],
  ])('refuses %s', (_case, ids) => {
    expect(readProposalNeedIds(ids)).toMatchObject({ ok: false, reason: 'field.listLength', params: { max: 20, items: 'needIds' } });
  });
});
