import { createHash } from 'node:crypto';
import { MatchStatus } from '../match.enums.js';
import type { MatchSettings } from './match-settings.js';
import type { NeedProfile, OfferProfile } from './profiles.js';
import { explainMatch, partialSum, scoreMatch, textScore, totalOf, type MatchBreakdown } from './score.js';

/**
 * What the engine decides for one need: which offers it suggests (the best few above the
 * minimum), which suggestions it withdraws, which rows it rescores. Pure: the writer applies
 * the plan in SQL, guarding people's decisions taken meanwhile.
 */

/** A stored match, as the planner needs it. */
export interface ExistingMatch {
  needId: string;
  offerId: string;
  status: MatchStatus;
  score: number | null;
  fits: boolean;
  basis: string;
  /** Fingerprint of the stored breakdown (see breakdownDigest). */
  digest: string;
  dismissedBasis: string | null;
  strongAnnounced: boolean;
}

/** A row to write: the status the engine wants and the fresh score. */
export interface MatchWrite {
  needId: string;
  offerId: string;
  status: MatchStatus;
  score: number | null;
  fits: boolean;
  breakdown: MatchBreakdown;
  digest: string;
  basis: string;
  /** Newly strong: announce it (outbox `match.suggested`) once the write lands. */
  announce: boolean;
  /** The status it had, to tell a return from dismissal (audited) from other changes. */
  previousStatus: MatchStatus | null;
}

/** Statuses that hold a person's decision: the engine rescores them but never moves them. */
export const DECIDED_STATUSES: readonly MatchStatus[] = [
  MatchStatus.CONFIRMED,
  MatchStatus.INTEREST_EXPRESSED,
  MatchStatus.INTEREST_ACCEPTED,
  MatchStatus.INTEREST_DECLINED,
];

/** The fingerprint of a pair: the material fields of both sides. */
export function pairBasis(need: NeedProfile, offer: OfferProfile): string {
  return `${need.basis}.${offer.basis}`;
}

/** Whether a pair's stored decision keeps it out of the suggestions whatever its score. */
export function heldBack(existing: ExistingMatch | undefined, basis: string): boolean {
  if (!existing) return false;
  if (DECIDED_STATUSES.includes(existing.status)) return true;
  return existing.status === MatchStatus.DISMISSED && existing.dismissedBasis === basis;
}

interface Ranked {
  offer: OfferProfile;
  total: number;
}

/** Better first: higher total, then the offer id, so every run orders ties alike. */
function better(a: Ranked, b: Ranked): number {
  return b.total - a.total || (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0);
}

/**
 * The need's suggestions on `today` (a day number): the `perNeed` best offers that pass the hard
 * filters and score at least `minScore`, leaving out pairs people decided on. Every candidate gets
 * its score without the text (cheap); texts are compared first for the candidates that could
 * score best, then only for those whose best possible total can still enter the list.
 */
export function rankOffers(
  need: NeedProfile,
  candidates: Iterable<OfferProfile>,
  existing: ReadonlyMap<string, ExistingMatch>,
  settings: MatchSettings,
  today: number,
): Ranked[] {
  const { weights, minScore, perNeed } = settings;
  const offers: OfferProfile[] = [];
  const partials: number[] = [];
  const bounds: number[] = [];
  for (const offer of candidates) {
    const partial = partialSum(need, offer, weights, today);
    if (partial === null) continue;
    const bound = totalOf(partial, 1, weights);
    if (bound < minScore) continue;
    const before = existing.get(offer.id);
    if (before && heldBack(before, pairBasis(need, offer))) continue;
    offers.push(offer);
    partials.push(partial);
    bounds.push(bound);
  }
  const best: Ranked[] = [];
  const consider = (i: number) => {
    // The list is full and even a perfect text would not beat its last: skip the text.
    if (best.length === perNeed && bounds[i] < best[perNeed - 1].total) return;
    const total = totalOf(partials[i], textScore(need, offers[i]), weights);
    if (total < minScore) return;
    const entry = { offer: offers[i], total };
    if (best.length === perNeed && better(entry, best[perNeed - 1]) > 0) return;
    let at = best.length;
    while (at > 0 && better(entry, best[at - 1]) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > perNeed) best.pop();
  };
  // The highest bounds first (a partial selection, not a sort), so the list fills with strong
  // totals early and most later candidates are skipped on their bound alone.
  const first = topIndexes(bounds, perNeed);
  for (const i of first) consider(i);
  const taken = new Set(first);
  for (let i = 0; i < offers.length; i++) if (!taken.has(i)) consider(i);
  return best;
}

/** Indexes of the `k` largest values (in no particular order). */
function topIndexes(values: readonly number[], k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (top.length < k) {
      top.push(i);
      continue;
    }
    let low = 0;
    for (let j = 1; j < k; j++) if (values[top[j]] < values[top[low]]) low = j;
    if (values[i] > values[top[low]]) top[low] = i;
  }
  return top;
}

/**
 * The writes for one need on `today` (a day number): its suggestions (new, rescored, returning
 * from withdrawal or, after a material change, from dismissal), the suggestions it loses, and
 * fresh scores for the rows people decided on. Rows whose status, score and basis do not change
 * are left alone. `need` is null when the need no longer exists.
 */
export function planNeed(
  needId: string,
  need: NeedProfile | null,
  candidates: Iterable<OfferProfile>,
  offersById: ReadonlyMap<string, OfferProfile>,
  existingRows: readonly ExistingMatch[],
  settings: MatchSettings,
  today: number,
): MatchWrite[] {
  const existing = new Map(existingRows.map((e) => [e.offerId, e]));
  const suggested = need ? rankOffers(need, candidates, existing, settings, today) : [];
  const chosen = new Set(suggested.map((s) => s.offer.id));
  const writes: MatchWrite[] = [];
  for (const { offer, total } of suggested) {
    const before = existing.get(offer.id);
    const basis = pairBasis(need!, offer);
    const breakdown = explainMatch(need!, offer, settings.weights, today);
    const digest = breakdownDigest(breakdown);
    if (before?.status === MatchStatus.SUGGESTED && before.basis === basis && before.digest === digest) continue;
    const strong = total >= settings.strongScore;
    writes.push({
      needId,
      offerId: offer.id,
      status: MatchStatus.SUGGESTED,
      score: total,
      fits: true,
      breakdown,
      digest,
      basis,
      announce: strong && !(before?.status === MatchStatus.SUGGESTED && before.strongAnnounced),
      previousStatus: before?.status ?? null,
    });
  }
  for (const before of existingRows) {
    if (chosen.has(before.offerId)) continue;
    const offer = offersById.get(before.offerId);
    // A side that no longer exists takes its matches with it (the rows cascade).
    if (!need || !offer) continue;
    const status = before.status === MatchStatus.SUGGESTED ? MatchStatus.WITHDRAWN : before.status;
    const breakdown = explainMatch(need, offer, settings.weights, today);
    const digest = breakdownDigest(breakdown);
    const basis = pairBasis(need, offer);
    if (status === before.status && basis === before.basis && digest === before.digest) continue;
    writes.push({
      needId,
      offerId: offer.id,
      status,
      score: breakdown.fits ? breakdown.total! : null,
      fits: breakdown.fits,
      breakdown,
      digest,
      basis,
      announce: false,
      previousStatus: before.status,
    });
  }
  return writes;
}

/**
 * A short fingerprint of a breakdown: a stored match is rewritten when it changes, even if its
 * score does not (an exchange rate moved the USD figures it explains, or the weights changed).
 */
export function breakdownDigest(breakdown: MatchBreakdown): string {
  return createHash('sha256').update(JSON.stringify(breakdown)).digest('base64url').slice(0, 16);
}

/** What an offer's change means for one need: the engine reruns that need when it may change. */
export interface NeedStanding {
  /** The need's suggestions now. */
  suggested: number;
  /** The lowest total among them (null when it has none). */
  lowest: number | null;
}

/**
 * The needs whose lists an offer's change can alter on `today`: those where it is or was
 * suggested or decided on and its score or basis moved, and those whose lists it could now enter.
 * The engine reruns each (the need is the unit of ranking); the rest cannot change.
 */
export function needsAffectedByOffer(
  offer: OfferProfile | null,
  candidates: readonly NeedProfile[],
  existingRows: readonly ExistingMatch[],
  standing: ReadonlyMap<string, NeedStanding>,
  settings: MatchSettings,
  today: number,
): string[] {
  const affected = new Set<string>();
  const existing = new Map(existingRows.map((e) => [e.needId, e]));
  for (const need of offer ? candidates : []) {
    const before = existing.get(need.id);
    const result = scoreMatch(need, offer!, settings.weights, today);
    const basis = pairBasis(need, offer!);
    if (before) {
      if (before.basis !== basis || before.digest !== breakdownDigest(explainMatch(need, offer!, settings.weights, today))) {
        affected.add(need.id);
        continue;
      }
    }
    if (!result.fits || result.total < settings.minScore || before?.status === MatchStatus.SUGGESTED || heldBack(before, basis)) continue;
    const stand = standing.get(need.id);
    if (!stand || stand.suggested < settings.perNeed || stand.lowest === null || result.total >= stand.lowest) affected.add(need.id);
  }
  // Rows of needs that are no longer candidates (the offer left, or they stopped fitting).
  const candidateIds = new Set(candidates.map((n) => n.id));
  for (const row of existingRows) {
    if (!candidateIds.has(row.needId) && (row.fits || row.status === MatchStatus.SUGGESTED)) affected.add(row.needId);
  }
  return [...affected].sort();
}
