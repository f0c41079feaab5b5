import { problemAt, readDateTime, readRequiredText, readText, reason, wrong, type FieldProblem, type Read } from '#libs/core';
import { PROPOSAL_LIMITS } from '../proposals/proposal-fields.js';

/** Longest texts of a meeting. */
export const MEETING_LIMITS = {
  title: PROPOSAL_LIMITS.title,
  location: 300,
  note: PROPOSAL_LIMITS.note,
  outcome: PROPOSAL_LIMITS.note,
  summary: PROPOSAL_LIMITS.summary,
} as const;

/** A read's value, or null after adding its problem at `field`. */
function take<T>(read: Read<T>, field: string, problems: FieldProblem[]): T | null {
  if (read.ok) return read.value;
  problems.push(problemAt(field, read));
  return null;
}

/** A meeting as UNODA schedules it: a title, a valid start, an optional location. The fields clean, or every problem (`input.`). */
export function readMeetingFields(raw: { title: string; startsAt: unknown; location?: string | null }): {
  fields: { title: string; startsAt: Date; location: string | null } | null;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const title = take(readRequiredText(raw.title, MEETING_LIMITS.title), 'input.title', problems);
  const location = take(readText(raw.location, MEETING_LIMITS.location), 'input.location', problems);
  const startsAt = take(readDateTime(raw.startsAt), 'input.startsAt', problems);
  return problems.length || title === null || startsAt === null ? { fields: null, problems } : { fields: { title, startsAt, location }, problems };
}

/** What to discuss about an agenda proposal (optional). */
export function readAgendaNote(raw: string | null | undefined): Read<string | null> {
  return readText(raw, MEETING_LIMITS.note);
}

/** What the meeting concluded about an agenda proposal (required: it is the reason of any step it takes). */
export function readMeetingOutcome(raw: string): Read<string> {
  return readRequiredText(raw, MEETING_LIMITS.outcome);
}

/** The minutes of a meeting held (optional), or why it was cancelled (required). */
export function readMeetingEnd(raw: string | null | undefined, cancelling: boolean): Read<string | null> {
  const summary = readText(raw, MEETING_LIMITS.summary);
  return summary.ok && cancelling && !summary.value ? wrong(reason('meeting.cancelReasonRequired')) : summary;
}
