import {
  isUuid,
  problemAt,
  readRequiredAmount,
  readCurrency,
  readDate,
  readHttpLink,
  readMediaType,
  readRequiredText,
  readTextInRange,
  reason,
  wrong,
  type FieldProblem,
  type Read,
  type Refusal,
} from '#libs/core';
import { sumDecimals, toAmount } from '#libs/reference-data';
import type { Tranche } from '../entities/proposal-revision.entity.js';

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
  documentName: 200,
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
  const problem = (field: string, refusal: Refusal) => problems.push(problemAt(`input.${field}`, refusal));
  const text = (field: 'title' | 'summary' | 'scope' | 'implementingAgency'): string => {
    if (raw[field] === undefined && current) return current[field];
    const read = readRequiredText(raw[field], PROPOSAL_LIMITS[field]);
    if (!read.ok) problem(field, read);
    return read.ok ? read.value : '';
  };
  const title = text('title');
  const summary = text('summary');
  const scope = text('scope');
  const implementingAgency = text('implementingAgency');

  let currency = current?.currency ?? '';
  if (raw.currency !== undefined || !current) {
    const read = readCurrency(raw.currency, known.currencies);
    if (!read.ok) problem('currency', read);
    else if (!read.value) problem('currency', reason('field.required'));
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
    if (!read.ok) problem(field, read);
    else if (read.value && read.value <= today) problem(field, reason('field.notAfterToday', { today }));
    return read.ok ? read.value : null;
  };
  const reviewDeadline = date('reviewDeadline');
  const fundingDeadline = date('fundingDeadline');
  const technicalReview = raw.technicalReview ?? current?.technicalReview ?? false;
  if (technicalReview && !reviewDeadline) problem('reviewDeadline', reason('proposal.reviewDeadlineRequired'));
  if (reviewDeadline && fundingDeadline && fundingDeadline <= reviewDeadline) problem('fundingDeadline', reason('proposal.fundingBeforeReview'));

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
    return { tranches: [], problems: [problemAt(field, reason('field.listLength', { max: PROPOSAL_LIMITS.tranches, items: 'tranches' }))] };
  }
  const tranches = raw.map((tranche, i): Tranche => {
    const at = `${field}[${i}]`;
    const title = readRequiredText(tranche?.title, PROPOSAL_LIMITS.trancheTitle);
    if (!title.ok) problems.push(problemAt(`${at}.title`, title));
    const lines = Array.isArray(tranche?.lines) ? tranche.lines : [];
    if (!lines.length || lines.length > PROPOSAL_LIMITS.linesPerTranche) {
      problems.push(problemAt(`${at}.lines`, reason('field.listLength', { max: PROPOSAL_LIMITS.linesPerTranche, items: 'budgetLines' })));
    }
    const carried = [...new Set(tranche?.needIds ?? [])];
    if (!carried.every(isUuid)) problems.push(problemAt(`${at}.needIds`, reason('field.notIdsOf', { kind: 'need' })));
    return {
      number: i + 1,
      title: title.ok ? title.value : '',
      ...(carried.length ? { needIds: carried.sort() } : {}),
      lines: lines.map((line, j) => {
        const description = readRequiredText(line?.description, PROPOSAL_LIMITS.lineDescription);
        if (!description.ok) problems.push(problemAt(`${at}.lines[${j}].description`, description));
        const amount = readRequiredAmount(line?.amount);
        if (!amount.ok) problems.push(problemAt(`${at}.lines[${j}].amount`, amount));
        return { description: description.ok ? description.value : '', amount: amount.ok ? toAmount(amount.value) : '0.00' };
      }),
    };
  });
  return { tranches, problems };
}

/** Tranches that name needs the proposal does not carry (a tranche carries some of the proposal's own needs). */
export function trancheNeedProblems(tranches: readonly Tranche[], needIds: readonly string[], field = 'input.tranches'): FieldProblem[] {
  return tranches
    .filter((t) => t.needIds?.some((id) => !needIds.includes(id)))
    .map((t) =>
      problemAt(
        `${field}[${t.number - 1}].needIds`,
        reason('proposal.trancheNamesStrayNeeds', { tranche: t.number, needIds: t.needIds!.filter((id) => !needIds.includes(id)) }),
      ),
    );
}

/** The total of each tranche, by number. */
export function trancheTotals(tranches: readonly Tranche[]): Map<number, string> {
  return new Map(tranches.map((t) => [t.number, sumDecimals(t.lines.map((l) => l.amount))]));
}

/**
 * Why a transition is taken (a proposal's or a contribution's), trimmed; null when none. The
 * state machine says whether one is required; this reader only bounds its length.
 */
export function readStatusReason(raw: string | null | undefined): Read<string | null> {
  const why = raw?.trim() || null;
  return why && why.length > PROPOSAL_LIMITS.note ? wrong(reason('field.tooLong', { max: PROPOSAL_LIMITS.note })) : { ok: true, value: why };
}

/** A document a party adds to a proposal, as a person writes it (see readDocumentFields). */
export interface ProposalDocumentFieldsInput {
  name: string;
  url: string;
  mediaType?: string | null;
  note?: string | null;
}

export interface ProposalDocumentFields {
  name: string;
  url: string;
  mediaType: string | null;
  note: string | null;
}

/** Checks a document's name, link, note and media type: the fields clean, or every problem (`input.`). */
export function readDocumentFields(raw: ProposalDocumentFieldsInput): { fields: ProposalDocumentFields | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = readTextInRange(raw.name, PROPOSAL_LIMITS.documentName);
  if (!name.ok) problems.push(problemAt('input.name', name));
  const url = readHttpLink(raw.url, { required: true });
  if (!url.ok) problems.push(problemAt('input.url', url));
  if (raw.note && raw.note.length > PROPOSAL_LIMITS.note) problems.push(problemAt('input.note', reason('field.tooLong', { max: PROPOSAL_LIMITS.note })));
  const mediaType = readMediaType(raw.mediaType);
  if (!mediaType.ok) problems.push(problemAt('input.mediaType', mediaType));
  if (problems.length || !name.ok || !url.ok) return { fields: null, problems };
  return { fields: { name: name.value, url: url.value!, mediaType: raw.mediaType ?? null, note: raw.note?.trim() || null }, problems };
}

/** The needs a proposal carries: 1 to 20 ids, without repeats (`field.listLength` otherwise). */
export function readProposalNeedIds(raw: readonly string[]): Read<string[]> {
  const ids = [...new Set(raw)];
  if (!ids.length || ids.length > PROPOSAL_LIMITS.needs || !ids.every(isUuid))
    return wrong(reason('field.listLength', { max: PROPOSAL_LIMITS.needs, items: 'needIds' }));
  return { ok: true, value: ids };
}
