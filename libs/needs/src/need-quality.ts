import type { NeedFields } from './need-fields.js';

export type QualityCheckCode =
  | 'PROBLEM_STATED'
  | 'ACTIVITIES_CONCRETE'
  | 'PRIORITY_GIVEN'
  | 'ALREADY_DONE'
  | 'NATIONAL_CONTRIBUTION'
  | 'BUDGET_PRESENT'
  | 'BUDGET_PLAUSIBLE'
  | 'TAXONOMY_CODED'
  | 'TIMEFRAME_GIVEN';

export interface QualityCheck {
  code: QualityCheckCode;
  passed: boolean;
  /** Points this check is worth out of 100. */
  weight: number;
  /** What to do to pass it, in English (clients translate by code). */
  hint: string;
}

export interface QualityAssessment {
  /** 0-100: the weights of the checks passed. */
  score: number;
  checks: QualityCheck[];
}

/** Below this many USD a request is rarely a project; above this, rarely one need. */
export const PLAUSIBLE_BUDGET_USD = { min: 5_000, max: 25_000_000 } as const;

/** Activities read as concrete when they list steps or give figures. */
function activitiesAreConcrete(text: string): boolean {
  const steps = text.split(/\n|;|(?:^|\s)\d+[.)]\s|(?:^|\n)\s*[-•*]\s/).filter((s) => s.trim().length >= 10).length;
  const hasFigures = /\d/.test(text);
  return text.trim().length >= 80 && (steps >= 2 || hasFigures);
}

/** Words, counting CJK characters in pairs (there are no spaces between Chinese words). */
function wordCount(text: string): number {
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = text
    .replace(/[\u3400-\u9fff]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return words + Math.ceil(cjk / 2);
}

/**
 * The request-quality meter: how complete and specific a need is, as a score and a checklist.
 * The NPC sees it before submitting; moderators use the failed checks as the return-for-edits
 * checklist. Heuristics, documented in docs/NEEDS.md; `budgetUsd` is the USD equivalent if known.
 */
export function assessNeedQuality(need: Partial<NeedFields>, budgetUsd: string | null): QualityAssessment {
  const usd = budgetUsd === null ? null : Number(budgetUsd); // a comparison only, never stored
  const checks: QualityCheck[] = [
    {
      code: 'PROBLEM_STATED',
      weight: 20,
      passed: wordCount(need.problem ?? '') >= 20,
      hint: 'Describe the problem in at least 20 words: what is lacking, where, and its consequences.',
    },
    {
      code: 'ACTIVITIES_CONCRETE',
      weight: 20,
      passed: activitiesAreConcrete(need.proposedActivities ?? ''),
      hint: 'List the activities as steps, with quantities (machines, people trained, sites).',
    },
    {
      code: 'TAXONOMY_CODED',
      weight: 15,
      passed: (need.thematicAreas?.length ?? 0) > 0 && (need.assistanceTypes?.length ?? 0) > 0,
      hint: 'Choose at least one thematic area and one type of assistance.',
    },
    {
      code: 'BUDGET_PRESENT',
      weight: 10,
      passed: !!need.budgetAmount && !!need.budgetCurrency,
      hint: 'Give an indicative budget with its currency.',
    },
    {
      code: 'BUDGET_PLAUSIBLE',
      weight: 10,
      passed: usd !== null && usd >= PLAUSIBLE_BUDGET_USD.min && usd <= PLAUSIBLE_BUDGET_USD.max,
      hint: `Keep the budget between USD ${PLAUSIBLE_BUDGET_USD.min.toLocaleString('en')} and ${PLAUSIBLE_BUDGET_USD.max.toLocaleString('en')}, or split the need.`,
    },
    {
      code: 'ALREADY_DONE',
      weight: 8,
      passed: wordCount(need.alreadyDone ?? '') >= 5,
      hint: 'Say what has already been done, by the State or with other partners.',
    },
    {
      code: 'NATIONAL_CONTRIBUTION',
      weight: 7,
      passed: wordCount(need.nationalContribution ?? '') >= 3,
      hint: 'Say what the State contributes itself (staff, premises, funds).',
    },
    {
      code: 'PRIORITY_GIVEN',
      weight: 5,
      passed: need.priorityRank !== null && need.priorityRank !== undefined,
      hint: "Rank the need among the State's priorities (1 = highest).",
    },
    {
      code: 'TIMEFRAME_GIVEN',
      weight: 5,
      passed: !!need.timeframeStart && !!need.timeframeEnd,
      hint: 'Give the period in which the activities would take place.',
    },
  ];
  const score = checks.reduce((sum, c) => sum + (c.passed ? c.weight : 0), 0);
  return { score, checks };
}
