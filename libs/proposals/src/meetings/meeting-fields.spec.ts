import { fieldsAndReasons } from '../../../core/src/validation/field-problems.fixtures.js';
import { MEETING_LIMITS, readAgendaNote, readMeetingEnd, readMeetingFields, readMeetingOutcome } from './meeting-fields.js';

const WHEN = new Date('2026-03-01T09:30:00Z');

describe('readMeetingFields', () => {
  it('reads a title, a start and a location, trimmed (no location: null)', () => {
    expect(readMeetingFields({ title: ' GIS meeting ', startsAt: WHEN, location: ' Vienna ' })).toEqual({
      fields: { title: 'GIS meeting', startsAt: WHEN, location: 'Vienna' },
      problems: [],
    });
    expect(readMeetingFields({ title: 'GIS meeting', startsAt: WHEN }).fields?.location).toBeNull();
  });

  it('gives every problem with its field', () => {
    const { fields, problems } = readMeetingFields({ title: ' ', startsAt: new Date('nonsense'), location: 'x'.repeat(MEETING_LIMITS.location + 1) });
    expect(fields).toBeNull();
    expect(fieldsAndReasons(problems)).toEqual([
      ['input.title', 'field.required'],
      ['input.location', 'field.tooLongHas'],
      ['input.startsAt', 'field.notDateTime'],
    ]);
  });
});

describe('the texts of an agenda and its outcomes', () => {
  it('reads an optional note, a required outcome', () => {
    expect(readAgendaNote(undefined)).toEqual({ ok: true, value: null });
    expect(readAgendaNote('x'.repeat(MEETING_LIMITS.note + 1))).toMatchObject({ ok: false, reason: 'field.tooLongHas' });
    expect(readMeetingOutcome(' Put on hold ')).toEqual({ ok: true, value: 'Put on hold' });
    expect(readMeetingOutcome(' ')).toMatchObject({ ok: false, reason: 'field.required' });
  });

  it('reads optional minutes of a meeting held; requires why one is cancelled', () => {
    expect(readMeetingEnd(null, false)).toEqual({ ok: true, value: null });
    expect(readMeetingEnd(' Minutes ', true)).toEqual({ ok: true, value: 'Minutes' });
    expect(readMeetingEnd(' ', true)).toMatchObject({ ok: false, reason: 'meeting.cancelReasonRequired' });
    expect(readMeetingEnd('x'.repeat(MEETING_LIMITS.summary + 1), true)).toMatchObject({ ok: false, reason: 'field.tooLongHas' });
  });
});
