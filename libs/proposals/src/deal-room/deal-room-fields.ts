import { problemAt, readTextInRange, reason, type FieldProblem, type Read } from '#libs/core';
import type { Tranche } from '../entities/proposal-revision.entity.js';
import { PROPOSAL_LIMITS, readTranches, type ProposalContentInput } from '../proposals/proposal-fields.js';

/** Longest message in a deal room. */
export const MESSAGE_MAX = 5000;

/** A message in the deal room: 1 to 5000 characters, trimmed. */
export function readMessageBody(raw: string): Read<string> {
  return readTextInRange(raw, MESSAGE_MAX);
}

/** A revision as a party proposes it (see readRevisionProposal). */
export interface RevisionProposalInput {
  scope?: string | null;
  tranches: ProposalContentInput['tranches'];
  note?: string | null;
}

export interface RevisionProposal {
  tranches: Tranche[];
  /** The new scope; undefined keeps the agreed one. */
  scope: string | undefined;
  /** What changes and why: required (it is posted in the deal room). */
  note: string;
}

/**
 * Checks a proposed revision: the whole budget (as a draft's), a scope that is not blank when
 * given, and a note of what changes and why. The revision clean, or every problem (`input.`).
 */
export function readRevisionProposal(raw: RevisionProposalInput): { revision: RevisionProposal | null; problems: FieldProblem[] } {
  const { tranches, problems } = readTranches(raw.tranches);
  const scope = raw.scope == null ? undefined : readTextInRange(raw.scope, PROPOSAL_LIMITS.scope);
  if (scope && !scope.ok) problems.push(problemAt('input.scope', scope));
  const note = raw.note?.trim() || null;
  if (!note || note.length > PROPOSAL_LIMITS.note) problems.push(problemAt('input.note', reason('revision.noteRequired', { max: PROPOSAL_LIMITS.note })));
  if (problems.length || !note || (scope && !scope.ok)) return { revision: null, problems };
  return { revision: { tranches, scope: scope?.value, note }, problems };
}
