import { compareDecimals, subtractDecimals, sumDecimals } from '#libs/reference-data';
import { ContributionStatus as C, FUNDED_STATUSES, PROMISED_STATUSES } from './contribution.enums.js';
import type { Tranche } from './entities/proposal-revision.entity.js';
import { ProposalStatus as S } from './proposal.enums.js';
import { FUNDING_STATUSES, ProposalAction } from './proposal.state-machine.js';

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
  disbursed: string;
  /** What is still to commit to it (never below zero). */
  gap: string;
}

export interface Funding {
  target: string;
  /** Committed and later: what counts as funded. */
  committed: string;
  /** Disbursed (paid or delivered) and reported. */
  disbursed: string;
  /** Intents and pledges: promised, not yet committed. */
  promised: string;
  /** target - committed, never below zero. */
  gap: string;
  /** committed - target when over-funded, else 0. */
  overFunded: string;
  /** Committed to the proposal as a whole, or to a tranche no longer in the budget. */
  unallocated: string;
  tranches: TrancheFunding[];
}

const DISBURSED: readonly C[] = [C.DISBURSED, C.REPORTED];
const sumOf = (entries: readonly LedgerEntry[], statuses: readonly C[]) => sumDecimals(entries.filter((e) => statuses.includes(e.status)).map((e) => e.amount));
const atLeastZero = (value: string) => (compareDecimals(value, '0') < 0 ? '0.00' : value);

/**
 * The funding of a proposal from its ledger and agreed budget, per tranche and in total, exact to
 * the cent. Only committed and later count as funded (the rule of OCHA's Financial Tracking Service).
 */
export function fundingOf(tranches: readonly Tranche[], entries: readonly LedgerEntry[]): Funding {
  const numbers = new Set(tranches.map((t) => t.number));
  const target = sumDecimals(tranches.flatMap((t) => t.lines.map((l) => l.amount)));
  const committed = sumOf(entries, FUNDED_STATUSES);
  return {
    target,
    committed,
    disbursed: sumOf(entries, DISBURSED),
    promised: sumOf(entries, PROMISED_STATUSES),
    gap: atLeastZero(subtractDecimals(target, committed)),
    overFunded: atLeastZero(subtractDecimals(committed, target)),
    unallocated: sumOf(
      entries.filter((e) => e.trancheNumber === null || !numbers.has(e.trancheNumber)),
      FUNDED_STATUSES,
    ),
    tranches: tranches.map((t) => {
      const own = entries.filter((e) => e.trancheNumber === t.number);
      const trancheTarget = sumDecimals(t.lines.map((l) => l.amount));
      const trancheCommitted = sumOf(own, FUNDED_STATUSES);
      return {
        number: t.number,
        title: t.title,
        target: trancheTarget,
        committed: trancheCommitted,
        disbursed: sumOf(own, DISBURSED),
        gap: atLeastZero(subtractDecimals(trancheTarget, trancheCommitted)),
      };
    }),
  };
}

/**
 * Why committing `amount` (to a tranche, or to the whole) is refused, or null if it fits: it may
 * not take the committed total past the target, nor a tranche past its own, unless the proposal
 * allows over-funding.
 */
export function overCommitment(funding: Funding, amount: string, trancheNumber: number | null, allowOverFunding: boolean): string | null {
  if (allowOverFunding) return null;
  if (compareDecimals(amount, funding.gap) > 0) {
    return `Committing ${amount} would exceed the funding gap of ${funding.gap} (target ${funding.target}, committed ${funding.committed}).`;
  }
  const tranche = trancheNumber === null ? undefined : funding.tranches.find((t) => t.number === trancheNumber);
  if (tranche && compareDecimals(amount, tranche.gap) > 0) {
    return `Committing ${amount} to tranche ${tranche.number} would exceed its gap of ${tranche.gap} (target ${tranche.target}, committed ${tranche.committed}).`;
  }
  return null;
}

/**
 * The system step that puts a proposal where its ledger says: funded when the commitments reach
 * the target, partially funded below it, open again when nothing is committed. Null when it is
 * already there, or not in a funding status (on hold, in implementation, ended).
 */
export function fundingStep(status: S, committed: string, target: string): ProposalAction | null {
  if (!FUNDING_STATUSES.includes(status)) return null;
  const none = compareDecimals(committed, '0') <= 0;
  if (!none && compareDecimals(committed, target) >= 0) return status === S.FUNDED ? null : ProposalAction.MARK_FUNDED;
  if (!none) return status === S.PARTIALLY_FUNDED ? null : ProposalAction.MARK_PARTIALLY_FUNDED;
  return status === S.PARTIALLY_FUNDED || status === S.FUNDED ? ProposalAction.MARK_UNFUNDED : null;
}
