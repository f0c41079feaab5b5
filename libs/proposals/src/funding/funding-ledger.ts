import { reason, type Refusal } from '#libs/core';
import { compareDecimals, subtractDecimals, sumDecimals } from '#libs/reference-data';
import { ContributionStatus as C, FUNDED_STATUSES, PROMISED_STATUSES } from './contribution.enums.js';
import type { Tranche } from '../entities/proposal-revision.entity.js';
import { ProposalStatus as S } from '../proposals/proposal.enums.js';
import { FUNDING_STATUSES, ProposalAction } from '../proposals/proposal.state-machine.js';

/** A contribution as the ledger counts it. */
export interface LedgerEntry {
  status: C;
  amount: string;
  trancheNumber: number | null;
}

export interface TrancheFunding {
  number: number;
  title: string;
  target: string;
  /** Committed to this tranche (committed, disbursed or reported). */
  committed: string;
  /** Committed to the proposal as a whole and counted here (whole-proposal money fills the tranches in order). */
  allocated: string;
  disbursed: string;
  /** What is still to commit to it: target - committed - allocated, never below zero. */
  gap: string;
  /** Its gap is zero. */
  funded: boolean;
}

export interface Funding {
  target: string;
  /** Committed and later: what counts as funded. */
  committed: string;
  /** Disbursed (paid or delivered) and reported. */
  disbursed: string;
  /** Intents and pledges: promised, not yet committed. */
  promised: string;
  /** The sum of the tranches' gaps: what is still to commit for every tranche to be covered. */
  gap: string;
  /** Committed beyond what covers the tranches (when over-funding is allowed): committed - (target - gap). */
  overFunded: string;
  /** Committed to the proposal as a whole, or to a tranche no longer in the budget. */
  unallocated: string;
  /** Every tranche is covered. */
  funded: boolean;
  tranches: TrancheFunding[];
}

const DISBURSED: readonly C[] = [C.DISBURSED, C.REPORTED];
const ZERO = '0.00';
const sumOf = (entries: readonly LedgerEntry[], statuses: readonly C[]) => sumDecimals(entries.filter((e) => statuses.includes(e.status)).map((e) => e.amount));
const atLeastZero = (value: string) => (compareDecimals(value, '0') < 0 ? ZERO : value);
const minOf = (a: string, b: string) => (compareDecimals(a, b) <= 0 ? a : b);
const trancheTarget = (t: Tranche) => sumDecimals(t.lines.map((l) => l.amount));

/**
 * The funding of a proposal from its ledger and agreed budget, per tranche and in total, exact to
 * the cent. Only committed and later count as funded (the rule of OCHA's Financial Tracking
 * Service). A tranche is covered by what is committed to it, then by what is committed to the
 * whole proposal, which fills the tranches' gaps in tranche order; money committed to one tranche
 * beyond its target never covers another. The proposal is funded when every tranche is covered.
 */
export function fundingOf(tranches: readonly Tranche[], entries: readonly LedgerEntry[]): Funding {
  const numbers = new Set(tranches.map((t) => t.number));
  const target = sumDecimals(tranches.map(trancheTarget));
  const committed = sumOf(entries, FUNDED_STATUSES);
  const unallocated = sumOf(
    entries.filter((e) => e.trancheNumber === null || !numbers.has(e.trancheNumber)),
    FUNDED_STATUSES,
  );
  let toAllocate = unallocated;
  const perTranche = tranches.map((t): TrancheFunding => {
    const own = entries.filter((e) => e.trancheNumber === t.number);
    const goal = trancheTarget(t);
    const ownCommitted = sumOf(own, FUNDED_STATUSES);
    const allocated = minOf(atLeastZero(subtractDecimals(goal, ownCommitted)), toAllocate);
    toAllocate = subtractDecimals(toAllocate, allocated);
    const gap = atLeastZero(subtractDecimals(goal, sumDecimals([ownCommitted, allocated])));
    return {
      number: t.number,
      title: t.title,
      target: goal,
      committed: ownCommitted,
      allocated,
      disbursed: sumOf(own, DISBURSED),
      gap,
      funded: compareDecimals(gap, '0') === 0,
    };
  });
  const gap = sumDecimals(perTranche.map((t) => t.gap));
  return {
    target,
    committed,
    disbursed: sumOf(entries, DISBURSED),
    promised: sumOf(entries, PROMISED_STATUSES),
    gap,
    overFunded: subtractDecimals(committed, subtractDecimals(target, gap)),
    unallocated,
    funded: perTranche.length > 0 && perTranche.every((t) => t.funded),
    tranches: perTranche,
  };
}

/** What a tranche can still take from commitments made to it: target - committed to it, never below zero. */
function openToTranche(tranche: TrancheFunding): string {
  return atLeastZero(subtractDecimals(tranche.target, tranche.committed));
}

/**
 * Why committing `amount` (to a tranche, or to the whole) is refused, or null if it fits: it may
 * not take the commitments past what the tranches still need (the total gap), nor a tranche past
 * its own target, unless the proposal allows over-funding. A commitment to a tranche may take the
 * place of whole-proposal money counted there, which then moves on to the next tranche's gap.
 */
export function overCommitment(
  funding: Funding,
  amount: string,
  currency: string,
  trancheNumber: number | null,
  allowOverFunding: boolean,
): Refusal<'funding.pastGap' | 'funding.pastTrancheGap'> | null {
  if (allowOverFunding) return null;
  if (compareDecimals(amount, funding.gap) > 0) {
    return reason('funding.pastGap', { amount, currency, gap: funding.gap, target: funding.target, committed: funding.committed });
  }
  const tranche = trancheNumber === null ? undefined : funding.tranches.find((t) => t.number === trancheNumber);
  if (tranche && compareDecimals(amount, openToTranche(tranche)) > 0) {
    return reason('funding.pastTrancheGap', {
      amount,
      currency,
      tranche: tranche.number,
      gap: openToTranche(tranche),
      target: tranche.target,
      committed: tranche.committed,
    });
  }
  return null;
}

/** Why a budget cannot be agreed: the first rule it breaks, with its figures (amounts as decimal strings). */
export type RevisionBlock =
  | { cause: 'dropsCommittedTranche'; tranche: number; committed: string }
  | { cause: 'trancheBelowCommitted'; tranche: number; title: string; target: string; committed: string }
  | { cause: 'totalBelowCommitted'; target: string; committed: string };

/**
 * Why a budget (a revision's tranches) cannot be agreed given what is already committed, or null
 * if it can: it may not drop a tranche that holds commitments, and, unless the proposal allows
 * over-funding, no tranche may fall below what is committed to it, nor the total below what is
 * committed in all. Checked when a revision is proposed, accepted and agreed, under the proposal's
 * lock, so the order in which commitments and acceptances arrive does not matter.
 */
export function revisionBlock(tranches: readonly Tranche[], entries: readonly LedgerEntry[], allowOverFunding: boolean): RevisionBlock | null {
  const committed = entries.filter((e) => FUNDED_STATUSES.includes(e.status));
  const dropped = [...new Set(committed.map((e) => e.trancheNumber).filter((n): n is number => n !== null && !tranches.some((t) => t.number === n)))];
  if (dropped.length) {
    const n = dropped.sort((a, b) => a - b)[0];
    return {
      cause: 'dropsCommittedTranche',
      tranche: n,
      committed: sumOf(
        committed.filter((e) => e.trancheNumber === n),
        FUNDED_STATUSES,
      ),
    };
  }
  if (allowOverFunding) return null;
  const funding = fundingOf(tranches, committed);
  const short = funding.tranches.find((t) => compareDecimals(t.committed, t.target) > 0);
  if (short) return { cause: 'trancheBelowCommitted', tranche: short.number, title: short.title, target: short.target, committed: short.committed };
  if (compareDecimals(funding.committed, funding.target) > 0) return { cause: 'totalBelowCommitted', target: funding.target, committed: funding.committed };
  return null;
}

/** Why a budget cannot be agreed (revisionBlock), in English, as the revision's `agreementBlocker` says it; null if it can. */
export function revisionRefusal(tranches: readonly Tranche[], entries: readonly LedgerEntry[], allowOverFunding: boolean): string | null {
  const block = revisionBlock(tranches, entries, allowOverFunding);
  if (!block) return null;
  switch (block.cause) {
    case 'dropsCommittedTranche':
      return `it removes tranche ${block.tranche}, to which ${block.committed} is already committed.`;
    case 'trancheBelowCommitted':
      return `it gives tranche ${block.tranche} ("${block.title}") a budget of ${block.target}, below the ${block.committed} already committed to it.`;
    case 'totalBelowCommitted':
      return `its total of ${block.target} is below the ${block.committed} already committed.`;
  }
}

/**
 * The refusal of a revision that cannot be agreed, when it is proposed, accepted or agreed (each
 * says what to do next); amounts in the proposal's `currency`.
 */
export function revisionBlockRefusal(when: 'proposed' | 'accepted' | 'agreed', block: RevisionBlock, currency: string, revision: number): Refusal {
  switch (block.cause) {
    case 'dropsCommittedTranche': {
      const params = { tranche: block.tranche, committed: block.committed, currency };
      if (when === 'proposed') return reason('revision.proposedDropsCommittedTranche', params);
      return reason(when === 'accepted' ? 'revision.acceptedDropsCommittedTranche' : 'revision.agreedDropsCommittedTranche', { ...params, revision });
    }
    case 'trancheBelowCommitted': {
      const params = { tranche: block.tranche, title: block.title, target: block.target, committed: block.committed, currency };
      if (when === 'proposed') return reason('revision.proposedTrancheBelowCommitted', params);
      return reason(when === 'accepted' ? 'revision.acceptedTrancheBelowCommitted' : 'revision.agreedTrancheBelowCommitted', { ...params, revision });
    }
    case 'totalBelowCommitted': {
      const params = { target: block.target, committed: block.committed, currency };
      if (when === 'proposed') return reason('revision.proposedTotalBelowCommitted', params);
      return reason(when === 'accepted' ? 'revision.acceptedTotalBelowCommitted' : 'revision.agreedTotalBelowCommitted', { ...params, revision });
    }
  }
}

/**
 * The system step that puts a proposal where its ledger says: funded when every tranche is
 * covered, partially funded when anything is committed, open again when nothing is. Null when it
 * is already there, or not in a funding status (on hold, in implementation, ended).
 */
export function fundingStep(status: S, funding: Pick<Funding, 'committed' | 'funded'>): ProposalAction | null {
  if (!FUNDING_STATUSES.includes(status)) return null;
  const none = compareDecimals(funding.committed, '0') <= 0;
  if (!none && funding.funded) return status === S.FUNDED ? null : ProposalAction.MARK_FUNDED;
  if (!none) return status === S.PARTIALLY_FUNDED ? null : ProposalAction.MARK_PARTIALLY_FUNDED;
  return status === S.PARTIALLY_FUNDED || status === S.FUNDED ? ProposalAction.MARK_UNFUNDED : null;
}

/** Where a need stands with the funding of the tranches that carry it. */
export enum NeedFunding {
  UNFUNDED = 'UNFUNDED',
  PARTIALLY_FUNDED = 'PARTIALLY_FUNDED',
  FUNDED = 'FUNDED',
}

/**
 * The funding of each need of a proposal from the tranches that carry it: the tranches that name
 * it, or every tranche when none does. A need is funded when each of them is covered, partially
 * funded when anything is committed to (or counted in) one of them.
 */
export function needFunding(tranches: readonly Tranche[], funding: Funding, needIds: readonly string[]): Map<string, NeedFunding> {
  const result = new Map<string, NeedFunding>();
  for (const needId of needIds) {
    const named = tranches.filter((t) => t.needIds?.includes(needId)).map((t) => t.number);
    const carriers = funding.tranches.filter((t) => (named.length ? named.includes(t.number) : true));
    const any = carriers.some((t) => compareDecimals(sumDecimals([t.committed, t.allocated]), '0') > 0);
    result.set(needId, carriers.length && carriers.every((t) => t.funded) ? NeedFunding.FUNDED : any ? NeedFunding.PARTIALLY_FUNDED : NeedFunding.UNFUNDED);
  }
  return result;
}
