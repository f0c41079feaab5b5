import type { MatchCriterion } from '#libs/core';
import { MATCH_CRITERIA, BudgetFit, HardFilter, round4, ThemeLevel, type MatchBreakdown } from './score.js';

/**
 * A stored breakdown in words: one sentence per criterion with its share of the weights, its
 * score and what it added to the total, and a one-line summary. English; clients translate
 * from the structured fields (criterion, level, codes) where they need another language.
 */
export interface CriterionExplanation {
  criterion: MatchCriterion;
  /** The criterion's share of all weights, from 0 to 1. */
  weight: number;
  score: number;
  /** weight x score: what the criterion adds to the total. */
  contribution: number;
  explanation: string;
  codes: string[];
  missingCodes: string[];
}

export interface Explanation {
  summary: string;
  failedFilter: HardFilter | null;
  criteria: CriterionExplanation[];
}

const FILTER_TEXT: Record<HardFilter, string> = {
  [HardFilter.NOT_LISTED]: 'the need or the offer is not published, or is private',
  [HardFilter.NOT_ELIGIBLE]: "the need's State is not eligible under the offer",
  [HardFilter.WINDOW_TOO_LATE]: "the offer's window opens after the need's valid-until date",
  [HardFilter.NO_THEMATIC_RELATION]: 'they have no thematic area in common, nor one related through a MOSAIC module',
};

export function explain(breakdown: MatchBreakdown, strongScore: number): Explanation {
  if (!breakdown.fits) {
    return { summary: `Not a match: ${FILTER_TEXT[breakdown.failed!]}.`, failedFilter: breakdown.failed ?? null, criteria: [] };
  }
  const weights = breakdown.weights;
  const sum = MATCH_CRITERIA.reduce((s, c) => s + weights[c], 0);
  const criteria = MATCH_CRITERIA.map((criterion): CriterionExplanation => {
    const weight = round4(weights[criterion] / sum);
    const { score, text, codes = [], missingCodes = [] } = describe(criterion, breakdown);
    return { criterion, weight, score, contribution: round4(weight * score), explanation: text, codes, missingCodes };
  });
  const total = breakdown.total ?? 0;
  const best = criteria.filter((c) => c.criterion !== 'text' && c.weight > 0 && c.score >= 0.8).map((c) => c.criterion);
  return {
    summary: `Score ${total.toFixed(2)}${total >= strongScore ? ', a strong match' : ''}${best.length ? `: good fit on ${best.join(', ')}` : ''}.`,
    failedFilter: null,
    criteria,
  };
}

function describe(criterion: MatchCriterion, b: MatchBreakdown): { score: number; text: string; codes?: string[]; missingCodes?: string[] } {
  switch (criterion) {
    case 'theme': {
      const t = b.theme!;
      const text = {
        [ThemeLevel.MODULE]: `The need asks for MOSAIC module ${t.shared.join(', ')}, which the offer's thematic areas cover.`,
        [ThemeLevel.AREA]: `Both are about ${t.shared.join(', ')}.`,
        [ThemeLevel.RELATED]: `Related themes: their thematic areas share MOSAIC module ${t.shared.join(', ')}.`,
        [ThemeLevel.OPEN]: 'The offer is open to any theme.',
      }[t.level];
      return { score: t.score, text, codes: t.shared };
    }
    case 'type': {
      const t = b.type!;
      if (!t.covered.length && !t.missing.length) return { score: t.score, text: 'The need or the offer names no assistance type.' };
      const asked = t.covered.length + t.missing.length;
      const text = `The offer gives ${t.covered.length} of the ${asked} assistance type${asked === 1 ? '' : 's'} asked${
        t.covered.length ? ` (${t.covered.join(', ')})` : ''
      }${t.missing.length ? `; not ${t.missing.join(', ')}` : ''}.`;
      return { score: t.score, text, codes: t.covered, missingCodes: t.missing };
    }
    case 'budget': {
      const m = b.budget!;
      const text = {
        [BudgetFit.FULL]: `The need's budget (USD ${m.needUsd}) is within what the offer can give a project (up to USD ${m.offerCapUsd}).`,
        [BudgetFit.PARTIAL]: `The offer can give up to USD ${m.offerCapUsd} of the USD ${m.needUsd} asked.`,
        [BudgetFit.BELOW_MINIMUM]: `The need's budget (USD ${m.needUsd}) is below the offer's minimum per project (USD ${m.offerMinUsd}).`,
        [BudgetFit.UNKNOWN]: 'The need gives no budget, or no exchange rate converts one side to US dollars.',
      }[m.fit];
      return { score: m.score, text };
    }
    case 'timeframe': {
      const t = b.timeframe!;
      const text =
        t.needDays === null
          ? 'The need gives no timeframe.'
          : `${t.overlapDays} of the ${t.needDays} days of the need's timeframe fall within the offer's window.`;
      return { score: t.score, text };
    }
    case 'language': {
      const l = b.language!;
      const text = !l.offered.length
        ? 'The offer names no working language.'
        : l.shared.length
          ? `The donor works in ${l.shared.join(', ')}, a language the need is written in.`
          : `The donor works in ${l.offered.join(', ')}; the need is not written in any of them.`;
      return { score: l.score, text, codes: l.shared };
    }
    case 'text':
      return { score: b.text!.score, text: `Their texts share ${Math.round(b.text!.score * 100)}% of their terms (a tie-breaker).` };
  }
}
