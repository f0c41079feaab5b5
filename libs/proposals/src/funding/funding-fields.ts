import { isUuid, problemAt, readHttpLink, readRequiredAmount, readRequiredText, readText, reason, type FieldProblem } from '#libs/core';
import { toAmount } from '#libs/reference-data';
import { ContributionKind, ContributionStatus as C } from './contribution.enums.js';
import { PROPOSAL_LIMITS } from '../proposals/proposal-fields.js';

/** What a contribution may be recorded as: a promise or a commitment (later steps follow the life cycle). */
export const RECORDABLE_STATUSES: readonly C[] = [C.INTENT, C.PLEDGED, C.COMMITTED];

/** A contribution as a person records it (RecordContributionInput, or an intent said at a meeting). */
export interface ContributionFieldsInput {
  organisationId?: string | null;
  status?: C | null;
  amount: string;
  currency?: string | null;
  kind?: ContributionKind | null;
  description?: string | null;
  trancheNumber?: number | null;
  offerId?: string | null;
}

export interface ContributionFields {
  /** The donor organisation named, if any (else the actor's own: see contributionDonor). */
  organisationId: string | null;
  status: C;
  /** Exact, with 2 decimals. */
  amount: string;
  kind: ContributionKind;
  description: string | null;
  trancheNumber: number | null;
  offerId: string | null;
}

/**
 * Checks a contribution as recorded: a recordable status (PLEDGED by default), an exact positive
 * amount, a description (required for help in kind), a tranche number from 1, well-formed ids.
 * The fields clean, or every problem (`input.`). What needs the proposal (its currency, its
 * tranches) is checked against it: see contributionCurrencyProblem.
 */
export function readContributionFields(raw: ContributionFieldsInput): { fields: ContributionFields | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const status = raw.status ?? C.PLEDGED;
  if (!RECORDABLE_STATUSES.includes(status)) problems.push(problemAt('input.status', reason('contribution.statusNotRecordable')));
  const amount = readRequiredAmount(raw.amount);
  if (!amount.ok) problems.push(problemAt('input.amount', amount));
  const kind = raw.kind ?? ContributionKind.MONEY;
  const description = readText(raw.description, PROPOSAL_LIMITS.note);
  if (!description.ok) problems.push(problemAt('input.description', description));
  else if (kind === ContributionKind.IN_KIND && !description.value) problems.push(problemAt('input.description', reason('contribution.inKindDescription')));
  if (raw.trancheNumber != null && raw.trancheNumber < 1) problems.push(problemAt('input.trancheNumber', reason('contribution.trancheNumber')));
  if (raw.offerId != null && !isUuid(raw.offerId)) problems.push(problemAt('input.offerId', reason('field.notIdOf', { kind: 'offer' })));
  if (raw.organisationId != null && !isUuid(raw.organisationId))
    problems.push(problemAt('input.organisationId', reason('field.notIdOf', { kind: 'organisation' })));
  if (problems.length || !amount.ok || !description.ok) return { fields: null, problems };
  return {
    fields: {
      organisationId: raw.organisationId ?? null,
      status,
      amount: toAmount(amount.value),
      kind,
      description: description.value,
      trancheNumber: raw.trancheNumber ?? null,
      offerId: raw.offerId ?? null,
    },
    problems,
  };
}

/** A currency given with a contribution must be the proposal's (any case); null when it is, or none is given. */
export function contributionCurrencyProblem(currency: string | null | undefined, proposalCurrency: string): FieldProblem | null {
  if (currency == null || currency.trim().toUpperCase() === proposalCurrency) return null;
  return problemAt('input.currency', reason('contribution.wrongCurrency', { currency: proposalCurrency }));
}

/** An outcome report as a party writes it. */
export interface OutcomeReportFieldsInput {
  summary: string;
  documentUrl?: string | null;
}

export interface OutcomeReportFields {
  summary: string;
  documentUrl: string | null;
}

/** Checks an outcome report: a summary (required) and an optional http(s) link to the full report. */
export function readOutcomeReportFields(raw: OutcomeReportFieldsInput): { fields: OutcomeReportFields | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const summary = readRequiredText(raw.summary, PROPOSAL_LIMITS.summary);
  if (!summary.ok) problems.push(problemAt('input.summary', summary));
  const documentUrl = readHttpLink(raw.documentUrl);
  if (!documentUrl.ok) problems.push(problemAt('input.documentUrl', documentUrl));
  if (problems.length || !summary.ok || !documentUrl.ok) return { fields: null, problems };
  return { fields: { summary: summary.value, documentUrl: documentUrl.value }, problems };
}
