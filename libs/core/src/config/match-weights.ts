/**
 * The weights of the match score's criteria, as configured (MATCH_WEIGHTS). Read here so the
 * configuration is checked once at boot; libs/matching scores with them.
 */
export const MATCH_CRITERIA_NAMES = ['theme', 'type', 'budget', 'timeframe', 'language', 'text'] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA_NAMES)[number];
export type MatchWeights = Readonly<Record<MatchCriterion, number>>;

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = { theme: 35, type: 20, budget: 20, timeframe: 10, language: 10, text: 5 };

/**
 * Reads `theme:35,type:20,...`: relative whole-number weights (only their proportions count);
 * criteria left out keep their default weight.
 */
export function readMatchWeights(text: string): { weights: MatchWeights } | { error: string } {
  const weights: Record<MatchCriterion, number> = { ...DEFAULT_MATCH_WEIGHTS };
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z]+)\s*:\s*(\d{1,4})$/i.exec(part);
    if (!match) return { error: `"${part}" is not criterion:weight (e.g. theme:35)` };
    const criterion = match[1].toLowerCase() as MatchCriterion;
    if (!MATCH_CRITERIA_NAMES.includes(criterion)) return { error: `"${match[1]}" is not a criterion (${MATCH_CRITERIA_NAMES.join(', ')})` };
    weights[criterion] = Number(match[2]);
  }
  if (MATCH_CRITERIA_NAMES.every((c) => weights[c] === 0)) return { error: 'needs at least one weight above 0' };
  return { weights };
}
