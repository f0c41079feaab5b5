import { isBlank, isUuid, readAmount, readCurrency, readDate, readText, type FieldProblem } from '#libs/core';
import { sumDecimals, toAmount } from '#libs/reference-data';
import type { Tranche } from './entities/proposal-revision.entity.js';

export const PROPOSAL_LIMITS = {
  title: 300,
  summary: 5000,
  scope: 20_000,
  implementingAgency: 300,
  needs: 20,
  tranches: 10,
  linesPerTranche: 50,
  trancheTitle: 200,
  lineDescription: 500,
  note: 2000,
} as const;

/** What a person writes of a proposal (compiling it, or editing the draft). */
export interface ProposalContentInput {
  title?: string | null;
  summary?: string | null;
  scope?: string | null;
  implementingAgency?: string | null;
  currency?: string | null;
  tranches?: { title: string; lines: { description: string; amount: string }[]; needIds?: string[] | null }[] | null;
  technicalReview?: boolean | null;
  reviewDeadline?: string | null;
  fundingDeadline?: string | null;
  allowOverFunding?: boolean | null;
}

export interface ProposalContent {
  title: string;
  summary: string;
  scope: string;
  implementingAgency: string;
  currency: string;
  tranches: Tranche[];
  total: string;
  technicalReview: boolean;
  reviewDeadline: string | null;
  fundingDeadline: string | null;
  allowOverFunding: boolean;
}

/**
 * Checks a proposal's content and returns it clean, or every problem with its field (prefixed
 * `input.`). `partial`: an edit, where absent fields keep their value (`current`).
 */
export function readProposalContent(
  raw: ProposalContentInput,
  known: { currencies: ReadonlySet<string> },
  today: string,
  current?: ProposalContent,
): { content: ProposalContent | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field: `input.${field}`, message });
  const text = (field: 'title' | 'summary' | 'scope' | 'implementingAgency'): string => {
    if (raw[field] === undefined && current) return current[field];
    const read = readText(raw[field], PROPOSAL_LIMITS[field]);
    if (!read.ok) problem(field, read.message);
    else if (!read.value) problem(field, 'is required');
    return read.ok ? (read.value ?? '') : '';
  };
  const title = text('title');
  const summary = text('summary');
  const scope = text('scope');
  const implementingAgency = text('implementingAgency');

  let currency = current?.currency ?? '';
  if (raw.currency !== undefined || !current) {
    const read = readCurrency(raw.currency, known.currencies);
    if (!read.ok) problem('currency', read.message);
    else if (!read.value) problem('currency', 'is required');
    else currency = read.value;
  }

  let tranches = current?.tranches ?? [];
  if (raw.tranches !== undefined || !current) {
    const read = readTranches(raw.tranches);
    problems.push(...read.problems);
    tranches = read.tranches;
  }

  const date = (field: 'reviewDeadline' | 'fundingDeadline'): string | null => {
    if (raw[field] === undefined) return current?.[field] ?? null;
    const read = readDate(raw[field]);
    if (!read.ok) problem(field, read.message);
    else if (read.value && read.value <= today) problem(field, `must be after today (${today})`);
    return read.ok ? read.value : null;
  };
  const reviewDeadline = date('reviewDeadline');
  const fundingDeadline = date('fundingDeadline');
  const technicalReview = raw.technicalReview ?? current?.technicalReview ?? false;
  if (technicalReview && !reviewDeadline) problem('reviewDeadline', 'is required when a technical review is asked for');
  if (reviewDeadline && fundingDeadline && fundingDeadline <= reviewDeadline) problem('fundingDeadline', 'must be after the review deadline');

  if (problems.length) return { content: null, problems };
  return {
    content: {
      title,
      summary,
      scope,
      implementingAgency,
      currency,
      tranches,
      total: sumDecimals(tranches.flatMap((t) => t.lines.map((l) => l.amount))),
      technicalReview,
      reviewDeadline: technicalReview ? reviewDeadline : null,
      fundingDeadline,
      allowOverFunding: raw.allowOverFunding ?? current?.allowOverFunding ?? false,
    },
    problems,
  };
}

/**
 * Tranches numbered from 1 in the order given, each with a title, 1 to 50 lines of an exact
 * positive amount, and the needs it carries (ids; see trancheNeedProblems). The field names point
 * at the offending tranche and line.
 */
export function readTranches(raw: ProposalContentInput['tranches'], field = 'input.tranches'): { tranches: Tranche[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!Array.isArray(raw) || !raw.length || raw.length > PROPOSAL_LIMITS.tranches) {
    return { tranches: [], problems: [{ field, message: `must list 1 to ${PROPOSAL_LIMITS.tranches} tranches` }] };
  }
  const tranches = raw.map((tranche, i): Tranche => {
    const at = `${field}[${i}]`;
    const title = readText(tranche?.title, PROPOSAL_LIMITS.trancheTitle);
    if (!title.ok) problems.push({ field: `${at}.title`, message: title.message });
    else if (!title.value) problems.push({ field: `${at}.title`, message: 'is required' });
    const lines = Array.isArray(tranche?.lines) ? tranche.lines : [];
    if (!lines.length || lines.length > PROPOSAL_LIMITS.linesPerTranche) {
      problems.push({ field: `${at}.lines`, message: `must list 1 to ${PROPOSAL_LIMITS.linesPerTranche} budget lines` });
    }
    const carried = [...new Set(tranche?.needIds ?? [])];
    if (!carried.every(isUuid)) problems.push({ field: `${at}.needIds`, message: 'must be need ids' });
    return {
      number: i + 1,
      title: title.ok ? (title.value ?? '') : '',
      ...(carried.length ? { needIds: carried.sort() } : {}),
      lines: lines.map((line, j) => {
        const description = readText(line?.description, PROPOSAL_LIMITS.lineDescription);
        if (!description.ok) problems.push({ field: `${at}.lines[${j}].description`, message: description.message });
        else if (!description.value) problems.push({ field: `${at}.lines[${j}].description`, message: 'is required' });
        const amount = isBlank(line?.amount) ? ({ ok: false, message: 'is required' } as const) : readAmount(line.amount);
        if (!amount.ok) problems.push({ field: `${at}.lines[${j}].amount`, message: amount.message });
        return { description: description.ok ? (description.value ?? '') : '', amount: amount.ok && amount.value ? toAmount(amount.value) : '0.00' };
      }),
    };
  });
  return { tranches, problems };
}

/** Tranches that name needs the proposal does not carry (a tranche carries some of the proposal's own needs). */
export function trancheNeedProblems(tranches: readonly Tranche[], needIds: readonly string[], field = 'input.tranches'): FieldProblem[] {
  return tranches
    .filter((t) => t.needIds?.some((id) => !needIds.includes(id)))
    .map((t) => ({ field: `${field}[${t.number - 1}].needIds`, message: `tranche ${t.number} names needs that are not in the proposal: ${t.needIds!.filter((id) => !needIds.includes(id)).join(', ')}` }));
}

/** The total of each tranche, by number. */
export function trancheTotals(tranches: readonly Tranche[]): Map<number, string> {
  return new Map(tranches.map((t) => [t.number, sumDecimals(t.lines.map((l) => l.amount))]));
}
