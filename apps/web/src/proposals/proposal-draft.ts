import type { CompileProposalInput, UpdateProposalDraftInput } from '../gql/types';
import type { CompilerNeedFragment, ProposalDraftQuery } from './compiler.generated';
import { emptyTranche, tranchesInput, type DraftTranche } from './budget-draft';

/** A match the proposal grows from: its need goes in, its donor becomes a party. */
export interface DraftMatch {
  id: string;
  needId: string;
  donorId: string;
}

/** What UNODA types into the compiler, before the API checks it. */
export interface ProposalDraft {
  needs: CompilerNeedFragment[];
  matches: DraftMatch[];
  donorIds: string[];
  title: string;
  summary: string;
  scope: string;
  implementingAgency: string;
  currency: string;
  /** '' = the centre of the requesting States' region, as the API derives it. */
  regionalCentreCode: string;
  technicalReview: boolean;
  reviewDeadline: string;
  fundingDeadline: string;
  allowOverFunding: boolean;
  tranches: DraftTranche[];
}

export const emptyDraft = (): ProposalDraft => ({
  needs: [],
  matches: [],
  donorIds: [],
  title: '',
  summary: '',
  scope: '',
  implementingAgency: '',
  currency: 'USD',
  regionalCentreCode: '',
  technicalReview: false,
  reviewDeadline: '',
  fundingDeadline: '',
  allowOverFunding: false,
  tranches: [emptyTranche()],
});

/** A draft (or returned) proposal as the compiler edits it: its first revision holds the budget being prepared. */
export function draftOfProposal(p: ProposalDraftQuery['proposal']): ProposalDraft {
  const first = p.revisions.find((r) => r.number === 1) ?? p.revisions[0];
  return {
    needs: p.needs,
    // The matches are already linked; the compiler only adds new ones on compile.
    matches: [],
    donorIds: p.parties.filter((x) => x.kind === 'DONOR').map((x) => x.organisationId),
    title: p.title,
    summary: p.summary,
    scope: first?.scope ?? '',
    implementingAgency: p.implementingAgency,
    currency: p.currency,
    regionalCentreCode: p.regionalCentreCode ?? '',
    technicalReview: p.technicalReview,
    reviewDeadline: p.reviewDeadline ?? '',
    fundingDeadline: p.fundingDeadline ?? '',
    allowOverFunding: p.allowOverFunding,
    tranches: first ? first.tranches.map((t) => ({ title: t.title, needIds: [...t.needIds], lines: t.lines.map((l) => ({ ...l })) })) : [emptyTranche()],
  };
}

export function addNeed(draft: ProposalDraft, need: CompilerNeedFragment, match?: DraftMatch): ProposalDraft {
  const needs = draft.needs.some((n) => n.id === need.id) ? draft.needs : [...draft.needs, need];
  if (!match || draft.matches.some((m) => m.id === match.id)) return { ...draft, needs };
  const donorIds = draft.donorIds.includes(match.donorId) ? draft.donorIds : [...draft.donorIds, match.donorId];
  return { ...draft, needs, matches: [...draft.matches, match], donorIds };
}

/** Takes a need out, with its matches and the tranches' mentions of it (the API would refuse those). */
export function removeNeed(draft: ProposalDraft, needId: string): ProposalDraft {
  return {
    ...draft,
    needs: draft.needs.filter((n) => n.id !== needId),
    matches: draft.matches.filter((m) => m.needId !== needId),
    tranches: draft.tranches.map((t) => ({ ...t, needIds: t.needIds.filter((id) => id !== needId) })),
  };
}

/** The requesting States of the chosen needs, each once, in the order chosen. */
export const requestingStates = (draft: ProposalDraft): { iso3: string; name: string }[] =>
  draft.needs.reduce<{ iso3: string; name: string }[]>(
    (all, n) => (all.some((s) => s.iso3 === n.stateIso3) ? all : [...all, { iso3: n.stateIso3, name: n.state?.name ?? n.stateIso3 }]),
    [],
  );

const orNull = (v: string) => (v.trim() ? v.trim() : null);

function contentOf(draft: ProposalDraft) {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    scope: draft.scope.trim(),
    implementingAgency: draft.implementingAgency.trim(),
    currency: draft.currency.trim().toUpperCase(),
    regionalCentreCode: orNull(draft.regionalCentreCode),
    technicalReview: draft.technicalReview,
    reviewDeadline: draft.technicalReview ? orNull(draft.reviewDeadline) : null,
    fundingDeadline: orNull(draft.fundingDeadline),
    allowOverFunding: draft.allowOverFunding,
    tranches: tranchesInput(draft.tranches),
  };
}

export const compileInput = (draft: ProposalDraft): CompileProposalInput => ({
  ...contentOf(draft),
  needIds: draft.needs.map((n) => n.id),
  matchIds: draft.matches.map((m) => m.id),
  donorOrganisationIds: draft.donorIds,
});

export const updateInput = (draft: ProposalDraft, proposalId: string, expectedVersion: number): UpdateProposalDraftInput => ({
  ...contentOf(draft),
  proposalId,
  expectedVersion,
  needIds: draft.needs.map((n) => n.id),
});
