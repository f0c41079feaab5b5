import { MATCH_CRITERIA_NAMES, type MatchCriterion, type MatchWeights } from '#libs/core';
import { centsToDecimal, dateOfDay, type NeedProfile, type OfferProfile } from './profiles.js';

/**
 * The score of a need against an offer: hard filters first, then six weighted criteria, each
 * scored from 0 to 1. The total is the weighted mean, rounded to four decimals. docs/MATCHING.md
 * explains every rule; the unit tests pin them on hand-made pairs.
 */

export const MATCH_CRITERIA = MATCH_CRITERIA_NAMES;

/** Why a pair is not a match at all, in the order the filters are tried. */
export enum HardFilter {
  /** The need or the offer is not published, or is private. */
  NOT_LISTED = 'NOT_LISTED',
  /** The offer's availability window has ended (it is available through its last day, UTC). */
  WINDOW_ENDED = 'WINDOW_ENDED',
  /** The need's State is not eligible under the offer. */
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  /** The offer's window opens after the need's valid-until date. */
  WINDOW_TOO_LATE = 'WINDOW_TOO_LATE',
  /** No thematic area in common, nor related through a MOSAIC module. */
  NO_THEMATIC_RELATION = 'NO_THEMATIC_RELATION',
}

/** How the themes fit, best first. OPEN: the offer names no theme, so it takes any. */
export enum ThemeLevel {
  MODULE = 'MODULE',
  AREA = 'AREA',
  RELATED = 'RELATED',
  OPEN = 'OPEN',
}

export const THEME_LEVEL_SCORES: Readonly<Record<ThemeLevel, number>> = {
  [ThemeLevel.MODULE]: 1,
  [ThemeLevel.AREA]: 0.8,
  [ThemeLevel.RELATED]: 0.5,
  [ThemeLevel.OPEN]: 0.5,
};

/** The score of a criterion one side says nothing about (no budget, no timeframe ...). */
export const UNKNOWN_SCORE = 0.5;

export type Scores = Record<MatchCriterion, number>;

export type MatchScore = { fits: false; failed: HardFilter } | { fits: true; total: number; scores: Scores };

/**
 * Whether an offer's window has ended on `today` (a day number, UTC): it is available through its
 * last day and ended from the next, as the daily expiry (offers.freshness) reads `available_until`.
 */
export function windowEnded(offer: Pick<OfferProfile, 'availableUntil'>, today: number): boolean {
  return offer.availableUntil !== null && offer.availableUntil < today;
}

/** The first hard filter the pair fails on `today` (a day number), or null. */
export function hardFilter(need: NeedProfile, offer: OfferProfile, today: number): HardFilter | null {
  return listedAndEligible(need, offer, today) ?? (themeLevel(need, offer) === null ? HardFilter.NO_THEMATIC_RELATION : null);
}

/** The hard filters before the thematic one, in order. */
function listedAndEligible(need: NeedProfile, offer: OfferProfile, today: number): HardFilter | null {
  if (!need.listed || !offer.listed) return HardFilter.NOT_LISTED;
  if (windowEnded(offer, today)) return HardFilter.WINDOW_ENDED;
  if (!offer.everywhere && !overlaps(need.places, offer.places)) return HardFilter.NOT_ELIGIBLE;
  if (offer.availableFrom > need.validUntil) return HardFilter.WINDOW_TOO_LATE;
  return null;
}

/**
 * The total and each criterion's score, or the first hard filter the pair fails. `today` (a day
 * number, UTC) is the day it is scored on: an offer whose window has ended fits no need.
 */
export function scoreMatch(need: NeedProfile, offer: OfferProfile, weights: MatchWeights, today: number): MatchScore {
  const scores = scoresWithoutText(need, offer, today);
  if (typeof scores === 'string') return { fits: false, failed: scores };
  scores.text = textScore(need, offer);
  return { fits: true, total: weightedTotal(scores, weights), scores };
}

/**
 * Every criterion's score but the text similarity (left at 0), or the hard filter the pair
 * fails. The engine ranks candidates by the best total these allow (the text at 1) and compares
 * texts only for those that can still make a need's list; scoreMatch is the same computation
 * with the text.
 */
export function scoresWithoutText(need: NeedProfile, offer: OfferProfile, today: number): Scores | HardFilter {
  const failed = listedAndEligible(need, offer, today);
  if (failed) return failed;
  const level = themeLevel(need, offer);
  if (level === null) return HardFilter.NO_THEMATIC_RELATION;
  return {
    theme: THEME_LEVEL_SCORES[level],
    type: typeScore(need, offer),
    budget: budgetFit(need, offer).score,
    timeframe: timeframeFit(need, offer).score,
    language: languageScore(need, offer),
    text: 0,
  };
}

export function weightedTotal(scores: Scores, weights: MatchWeights): number {
  let partial = 0;
  for (const c of MATCH_CRITERIA) if (c !== 'text') partial += weights[c] * scores[c];
  return totalOf(partial, scores.text, weights);
}

/**
 * The total from the weighted sum of every criterion but the text (added in criteria order, as
 * partialSum and weightedTotal both do, so the two give the same number to the last bit).
 */
export function totalOf(partial: number, text: number, weights: MatchWeights): number {
  let weight = 0;
  for (const c of MATCH_CRITERIA) weight += weights[c];
  return round4((partial + weights.text * text) / weight);
}

/**
 * The weighted sum of every criterion but the text, or null when the pair fails a hard filter:
 * what the engine ranks candidates by before it compares texts, without building a Scores.
 */
export function partialSum(need: NeedProfile, offer: OfferProfile, weights: MatchWeights, today: number): number | null {
  if (listedAndEligible(need, offer, today)) return null;
  const level = themeLevel(need, offer);
  if (level === null) return null;
  let partial = 0;
  partial += weights.theme * THEME_LEVEL_SCORES[level];
  partial += weights.type * typeScore(need, offer);
  partial += weights.budget * budgetFit(need, offer).score;
  partial += weights.timeframe * timeframeFit(need, offer).score;
  partial += weights.language * languageScore(need, offer);
  return partial;
}

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * MODULE: the need names a MOSAIC module one of the offer's areas covers (a precise request met);
 * AREA: a thematic area in common; RELATED: different areas that share a MOSAIC module in the
 * crosswalk (e.g. marking and record-keeping); OPEN: the offer names no area.
 */
export function themeLevel(need: NeedProfile, offer: OfferProfile): ThemeLevel | null {
  if (!offer.areas.length) return ThemeLevel.OPEN;
  if (overlaps(need.modules, offer.areaModules)) return ThemeLevel.MODULE;
  if (overlaps(need.areas, offer.areas)) return ThemeLevel.AREA;
  if (overlaps(need.areaModules, offer.areaModules)) return ThemeLevel.RELATED;
  return null;
}

/** The share of the need's assistance types the offer gives; either naming none is unknown. */
export function typeScore(need: NeedProfile, offer: OfferProfile): number {
  if (!need.types.length || !offer.types.length) return UNKNOWN_SCORE;
  let covered = 0;
  for (const t of need.types) if (offer.types.includes(t)) covered++;
  return covered / need.types.length;
}

export enum BudgetFit {
  /** The need's budget lies within what the offer gives a project. */
  FULL = 'FULL',
  /** The need asks more than the offer can give a project (or has left): it covers a part. */
  PARTIAL = 'PARTIAL',
  /** The need asks less than the offer's minimum per project. */
  BELOW_MINIMUM = 'BELOW_MINIMUM',
  /** No budget, or no exchange rate to compare in USD. */
  UNKNOWN = 'UNKNOWN',
}

/**
 * The need's USD budget against the most the offer can give one project (its maximum per
 * project and what remains, whichever is less) and its minimum. A partial fit scores the share
 * the offer can cover.
 */
export function budgetFit(need: NeedProfile, offer: OfferProfile): { score: number; fit: BudgetFit; needCents: number | null; capCents: number | null } {
  const budget = need.budgetUsdCents;
  if (budget === null || budget <= 0 || offer.remainingUsdCents === null) {
    return { score: UNKNOWN_SCORE, fit: BudgetFit.UNKNOWN, needCents: budget, capCents: null };
  }
  const cap = offer.maxUsdCents === null ? offer.remainingUsdCents : Math.min(offer.maxUsdCents, offer.remainingUsdCents);
  if (budget > cap) return { score: Math.max(cap, 0) / budget, fit: BudgetFit.PARTIAL, needCents: budget, capCents: cap };
  if (offer.minUsdCents !== null && budget < offer.minUsdCents) {
    return { score: budget / offer.minUsdCents, fit: BudgetFit.BELOW_MINIMUM, needCents: budget, capCents: cap };
  }
  return { score: 1, fit: BudgetFit.FULL, needCents: budget, capCents: cap };
}

/** The share of the need's timeframe (in days, both ends included) inside the offer's window. */
export function timeframeFit(need: NeedProfile, offer: OfferProfile): { score: number; overlapDays: number | null; needDays: number | null } {
  if (!need.timeframe) return { score: UNKNOWN_SCORE, overlapDays: null, needDays: null };
  const { start, end } = need.timeframe;
  const needDays = end - start + 1;
  const overlap = Math.min(end, offer.availableUntil ?? end) - Math.max(start, offer.availableFrom) + 1;
  const overlapDays = Math.max(0, overlap);
  return { score: needDays > 0 ? overlapDays / needDays : 0, overlapDays, needDays };
}

/** 1 when the donor works in a language the need is written in (original or translation). */
export function languageScore(need: NeedProfile, offer: OfferProfile): number {
  if (!offer.languages.length) return UNKNOWN_SCORE;
  return overlaps(need.languages, offer.languages) ? 1 : 0;
}

/**
 * The TEXT criterion: the Jaccard similarity of the two texts' terms, when they are written in a
 * common language (the need's original or a translation, the offer's likewise). Texts in no
 * common language are not compared: the terms of different languages meet only by accident
 * (a cognate, a name, a number), so the criterion scores 0 and says so.
 */
export function textScore(need: NeedProfile, offer: OfferProfile): number {
  return overlaps(need.languages, offer.textLanguages) ? textSimilarity(need.terms, offer.terms) : 0;
}

/** Jaccard similarity of two sorted sets of term ids: shared terms over all terms. */
export function textSimilarity(a: Int32Array, b: Int32Array): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** Why the need's State may benefit from the offer, most specific first. */
export enum EligibilityBasis {
  /** The offer names the State. */
  STATE = 'STATE',
  /** The State is a member of a regional organisation the offer names. */
  REGIONAL_ORGANISATION = 'REGIONAL_ORGANISATION',
  /** The State is in an M49 area (region, subregion, intermediate region) the offer names. */
  M49_AREA = 'M49_AREA',
  /** The offer is open to every State. */
  EVERYWHERE = 'EVERYWHERE',
}

export interface Eligibility {
  basis: EligibilityBasis;
  stateIso3: string;
  /** What the offer names that makes the State eligible: the State, organisations or areas (the most specific area first). */
  codes: string[];
}

/** Why the need's State is eligible under the offer (the most specific reason), or null when it is not. */
export function eligibility(need: NeedProfile, offer: OfferProfile): Eligibility | null {
  const stateIso3 = need.stateIso3;
  if (offer.everywhere) return { basis: EligibilityBasis.EVERYWHERE, stateIso3, codes: [] };
  const shared = need.places.filter((p) => offer.places.includes(p));
  const of = (prefix: string) => shared.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  const [states, organisations, areas] = [of('S:'), of('O:'), of('R:')];
  if (states.length) return { basis: EligibilityBasis.STATE, stateIso3, codes: states };
  if (organisations.length) return { basis: EligibilityBasis.REGIONAL_ORGANISATION, stateIso3, codes: organisations };
  // A State's places list its areas from the region down: the most specific is named first.
  if (areas.length) return { basis: EligibilityBasis.M49_AREA, stateIso3, codes: areas.reverse() };
  return null;
}

/** What the API explains: each criterion's score and the facts behind it, or the failed filter. */
export interface MatchBreakdown {
  fits: boolean;
  failed?: HardFilter;
  /** The last day of the offer's window, when the pair fails WINDOW_ENDED (YYYY-MM-DD). */
  windowEnd?: string;
  total?: number;
  weights: MatchWeights;
  eligibility?: Eligibility;
  theme?: { score: number; level: ThemeLevel; shared: string[] };
  type?: { score: number; covered: string[]; missing: string[] };
  budget?: { score: number; fit: BudgetFit; needUsd: string | null; offerCapUsd: string | null; offerMinUsd: string | null };
  timeframe?: { score: number; overlapDays: number | null; needDays: number | null };
  language?: { score: number; shared: string[]; offered: string[] };
  /** `languages`: those both texts are written in; none means the texts could not be compared. */
  text?: { score: number; languages?: string[] };
}

/** The breakdown stored with a match on `today` (computed for the pairs written, not for every candidate). */
export function explainMatch(need: NeedProfile, offer: OfferProfile, weights: MatchWeights, today: number): MatchBreakdown {
  const result = scoreMatch(need, offer, weights, today);
  if (!result.fits) {
    return result.failed === HardFilter.WINDOW_ENDED
      ? { fits: false, failed: result.failed, windowEnd: dateOfDay(offer.availableUntil!), weights }
      : { fits: false, failed: result.failed, weights };
  }
  const level = themeLevel(need, offer)!;
  const shared =
    level === ThemeLevel.MODULE
      ? need.modules.filter((m) => offer.areaModules.includes(m))
      : level === ThemeLevel.AREA
        ? need.areas.filter((a) => offer.areas.includes(a))
        : level === ThemeLevel.RELATED
          ? need.areaModules.filter((m) => offer.areaModules.includes(m))
          : [];
  const budget = budgetFit(need, offer);
  const s = result.scores;
  return {
    fits: true,
    total: result.total,
    weights,
    eligibility: eligibility(need, offer)!,
    theme: { score: round4(s.theme), level, shared },
    type: {
      score: round4(s.type),
      covered: need.types.filter((t) => offer.types.includes(t)),
      missing: offer.types.length ? need.types.filter((t) => !offer.types.includes(t)) : [],
    },
    budget: {
      score: round4(s.budget),
      fit: budget.fit,
      needUsd: budget.needCents === null ? null : centsToDecimal(budget.needCents),
      offerCapUsd: budget.capCents === null ? null : centsToDecimal(budget.capCents),
      offerMinUsd: offer.minUsdCents === null ? null : centsToDecimal(offer.minUsdCents),
    },
    timeframe: { score: round4(s.timeframe), ...pick(timeframeFit(need, offer), 'overlapDays', 'needDays') },
    language: { score: round4(s.language), shared: need.languages.filter((l) => offer.languages.includes(l)), offered: [...offer.languages] },
    text: { score: round4(s.text), languages: need.languages.filter((l) => offer.textLanguages.includes(l)) },
  };
}

function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}
