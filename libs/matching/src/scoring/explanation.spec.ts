import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from '#libs/core';
import { explain, type Explanation } from './explanation.js';
import { dayNumber, placeKey, termIds, type NeedProfile, type OfferProfile } from './profiles.js';
import { needFixture, offerFixture } from './scoring.fixtures.js';
import { BudgetFit, explainMatch, HardFilter, MATCH_CRITERIA, ThemeLevel, type MatchBreakdown } from './score.js';

const need = needFixture;
const offer = offerFixture;

/**
 * The strong pair of score.spec.ts: theme MODULE 1, type 0.5, budget FULL 1, timeframe 21/31,
 * language 1, text 0.5; total 0.8427.
 */
const STRONG = explainMatch(
  need({
    modules: ['05.30'],
    budgetUsdCents: 5_000_000,
    timeframe: { start: dayNumber('2027-03-01'), end: dayNumber('2027-03-31') },
    languages: ['en', 'fr'],
    terms: termIds(['mark', 'record', 'firearm', 'train']),
  }),
  offer({
    places: [placeKey.organisation('ECOWAS')],
    areas: ['MARKING', 'TRACING'],
    areaModules: ['05.30', '05.31'],
    types: ['TRAINING'],
    minUsdCents: 1_000_000,
    maxUsdCents: 8_000_000,
    remainingUsdCents: 20_000_000,
    availableFrom: dayNumber('2027-03-11'),
    languages: ['fr'],
    terms: termIds(['mark', 'firearm', 'trace', 'train', 'kit']),
  }),
  DEFAULT_MATCH_WEIGHTS,
);

const criterion = (explanation: Explanation, name: string) => {
  const found = explanation.criteria.find((c) => c.criterion === name);
  if (!found) throw new Error(`no ${name} criterion`);
  return found;
};
const sentence = (breakdown: MatchBreakdown, name: string) => criterion(explain(breakdown, 0.75), name).explanation;
const breakdownOf = (n: Partial<NeedProfile>, o: Partial<OfferProfile>, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS) =>
  explainMatch(need(n), offer(o), weights);

describe('explain: a strong match', () => {
  const explanation = explain(STRONG, 0.75);

  it('is the breakdown of the pair pinned in score.spec.ts', () => {
    expect(STRONG.total).toBe(0.8427);
  });

  it('has one entry per criterion, in order, with the weights as shares summing to 1', () => {
    expect(explanation.failedFilter).toBeNull();
    expect(explanation.criteria.map((c) => c.criterion)).toEqual([...MATCH_CRITERIA]);
    expect(explanation.criteria.map((c) => c.weight)).toEqual([0.35, 0.2, 0.2, 0.1, 0.1, 0.05]);
    expect(explanation.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 10);
  });

  it('gives each score and its contribution, weight x score', () => {
    expect(explanation.criteria.map((c) => [c.criterion, c.score, c.contribution])).toEqual([
      ['theme', 1, 0.35],
      ['type', 0.5, 0.1],
      ['budget', 1, 0.2],
      ['timeframe', 0.6774, 0.0677],
      ['language', 1, 0.1],
      ['text', 0.5, 0.025],
    ]);
    // The contributions add up to the total (here exactly; at most 6 x 0.00005 apart in general).
    expect(explanation.criteria.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(0.8427, 10);
  });

  it('sums up the total, calls it strong and names the criteria scoring 0.8 or more (not the text)', () => {
    expect(explanation.summary).toBe('Score 0.84, a strong match: good fit on theme, budget, language.');
  });

  it('never names the text as a good fit, even at 1', () => {
    const sameText = breakdownOf({ languages: ['es'], terms: termIds(['mark', 'trace']) }, { types: ['FINANCIAL'], terms: termIds(['trace', 'mark']) });
    expect(sameText.text).toEqual({ score: 1 });
    // AREA 0.8, type 0, budget and timeframe 0.5, language 0, text 1: (28 + 0 + 10 + 5 + 0 + 5) / 100.
    expect(explain(sameText, 0.75).summary).toBe('Score 0.48: good fit on theme.');
  });

  it('does not call it strong under a higher strong score', () => {
    expect(explain(STRONG, 0.9).summary).toBe('Score 0.84: good fit on theme, budget, language.');
    expect(explain(STRONG, 0.8427).summary).toBe('Score 0.84, a strong match: good fit on theme, budget, language.');
    expect(explain(STRONG, 0.8428).summary).toBe('Score 0.84: good fit on theme, budget, language.');
  });

  it('writes one sentence per criterion, with codes, amounts and days', () => {
    expect(explanation.criteria.map((c) => [c.criterion, c.explanation, c.codes, c.missingCodes])).toEqual([
      ['theme', "The need asks for MOSAIC module 05.30, which the offer's thematic areas cover.", ['05.30'], []],
      ['type', 'The offer gives 1 of the 2 assistance types asked (TRAINING); not EQUIPMENT.', ['TRAINING'], ['EQUIPMENT']],
      ['budget', "The need's budget (USD 50000.00) is within what the offer can give a project (up to USD 80000.00).", [], []],
      ['timeframe', "21 of the 31 days of the need's timeframe fall within the offer's window.", [], []],
      ['language', 'The donor works in fr, a language the need is written in.', ['fr'], []],
      ['text', 'Their texts share 50% of their terms (a tie-breaker).', [], []],
    ]);
  });
});

describe('explain: a weak match', () => {
  // Theme RELATED 0.5, type 0 of 1, budget PARTIAL, no shared language, no text: no criterion at 0.8.
  const weak = breakdownOf(
    { areas: ['RECORD_KEEPING'], types: ['LEGAL_DRAFTING'], budgetUsdCents: 12_000_000, languages: ['es'] },
    { types: ['FINANCIAL'], remainingUsdCents: 3_000_050, languages: ['en', 'fr'] },
  );

  it('sums up only the score', () => {
    // (35*0.5 + 0 + 20*0.2500042 + 10*0.5 + 0 + 0) / 100 = 0.275
    expect(weak.total).toBe(0.275);
    expect(explain(weak, 0.75).summary).toBe('Score 0.28.');
  });

  it('says what is missing', () => {
    const e = explain(weak, 0.75);
    expect(criterion(e, 'theme')).toMatchObject({
      explanation: 'Related themes: their thematic areas share MOSAIC module 05.30.',
      codes: ['05.30'],
      score: 0.5,
      contribution: 0.175,
    });
    expect(criterion(e, 'type')).toMatchObject({
      explanation: 'The offer gives 0 of the 1 assistance type asked; not LEGAL_DRAFTING.',
      codes: [],
      missingCodes: ['LEGAL_DRAFTING'],
      score: 0,
      contribution: 0,
    });
    expect(criterion(e, 'budget')).toMatchObject({
      explanation: 'The offer can give up to USD 30000.50 of the USD 120000.00 asked.',
      score: 0.25,
      contribution: 0.05,
    });
    expect(criterion(e, 'timeframe').explanation).toBe('The need gives no timeframe.');
    expect(criterion(e, 'language')).toMatchObject({
      explanation: 'The donor works in en, fr; the need is not written in any of them.',
      codes: [],
      score: 0,
    });
    expect(criterion(e, 'text')).toMatchObject({ explanation: 'Their texts share 0% of their terms (a tie-breaker).', score: 0 });
  });
});

describe('explain: a pair that fails a hard filter', () => {
  it.each([
    [HardFilter.NOT_LISTED, 'Not a match: the need or the offer is not published, or is private.'],
    [HardFilter.NOT_ELIGIBLE, "Not a match: the need's State is not eligible under the offer."],
    [HardFilter.WINDOW_TOO_LATE, "Not a match: the offer's window opens after the need's valid-until date."],
    [HardFilter.NO_THEMATIC_RELATION, 'Not a match: they have no thematic area in common, nor one related through a MOSAIC module.'],
  ])('explains %s', (failed, summary) => {
    expect(explain({ fits: false, failed, weights: DEFAULT_MATCH_WEIGHTS }, 0.75)).toEqual({ summary, failedFilter: failed, criteria: [] });
  });

  it('explains the breakdown explainMatch stores for an ineligible pair', () => {
    const breakdown = breakdownOf({}, { places: [placeKey.state('KEN')] });
    expect(explain(breakdown, 0.75)).toEqual({
      summary: "Not a match: the need's State is not eligible under the offer.",
      failedFilter: HardFilter.NOT_ELIGIBLE,
      criteria: [],
    });
  });
});

describe('explain: weights', () => {
  it('reads the proportions of the stored weights', () => {
    const doubled = Object.fromEntries(MATCH_CRITERIA.map((c) => [c, DEFAULT_MATCH_WEIGHTS[c] * 2])) as MatchWeights;
    const shares = explain({ ...STRONG, weights: doubled }, 0.75).criteria.map((c) => c.weight);
    expect(shares).toEqual([0.35, 0.2, 0.2, 0.1, 0.1, 0.05]);
  });

  it('gives thirds, rounded to four decimals, and zero for criteria weighing nothing', () => {
    const weights = { theme: 1, type: 1, budget: 1, timeframe: 0, language: 0, text: 0 };
    const breakdown = explainMatch(
      need({ budgetUsdCents: 100_000, languages: ['es'] }),
      offer({ types: ['TRAINING'], remainingUsdCents: 1_000_000 }),
      weights,
    );
    const e = explain(breakdown, 0.75);
    expect(e.criteria.map((c) => c.weight)).toEqual([0.3333, 0.3333, 0.3333, 0, 0, 0]);
    expect(e.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 3);
    // AREA 0.8, type 0.5, budget FULL 1: contributions 0.2666, 0.1667, 0.3333; total (0.8 + 0.5 + 1) / 3 = 0.7667.
    expect(e.criteria.map((c) => c.contribution)).toEqual([0.2666, 0.1667, 0.3333, 0, 0, 0]);
    expect(breakdown.total).toBe(0.7667);
    expect(e.summary).toBe('Score 0.77, a strong match: good fit on theme, budget.');
  });

  it('does not name a criterion that weighs nothing as a good fit', () => {
    // The language scores 1 (both in Spanish) but weighs 0: the summary leaves it out.
    const weights = { theme: 1, type: 1, budget: 1, timeframe: 0, language: 0, text: 0 };
    const breakdown = explainMatch(need({ languages: ['es'] }), offer({ languages: ['es'] }), weights);
    expect(breakdown.language!.score).toBe(1);
    expect(explain(breakdown, 0.75).summary).not.toContain('language');
  });

  it('computes every contribution as the rounded weight share times the score', () => {
    const weights = { theme: 3, type: 7, budget: 11, timeframe: 13, language: 17, text: 19 };
    const sum = 3 + 7 + 11 + 13 + 17 + 19;
    const e = explain({ ...STRONG, weights }, 0.75);
    for (const c of e.criteria) {
      expect(c.weight).toBe(Math.round((weights[c.criterion] / sum) * 10_000) / 10_000);
      expect(c.contribution).toBe(Math.round(c.weight * c.score * 10_000) / 10_000);
    }
  });
});

describe('explain: one sentence per level and fit', () => {
  it.each([
    [ThemeLevel.MODULE, { modules: ['05.30'] }, {}, "The need asks for MOSAIC module 05.30, which the offer's thematic areas cover.", ['05.30']],
    [ThemeLevel.AREA, { areas: ['MARKING', 'TRACING'], areaModules: ['05.30', '05.31'] }, { areas: ['MARKING', 'TRACING'], areaModules: ['05.30', '05.31'] }, 'Both are about MARKING, TRACING.', ['MARKING', 'TRACING']],
    [ThemeLevel.RELATED, { areas: ['RECORD_KEEPING'] }, {}, 'Related themes: their thematic areas share MOSAIC module 05.30.', ['05.30']],
    [ThemeLevel.OPEN, {}, { areas: [], areaModules: [] }, 'The offer is open to any theme.', []],
  ] as [ThemeLevel, Partial<NeedProfile>, Partial<OfferProfile>, string, string[]][])('theme %s', (level, n, o, text, codes) => {
    const breakdown = breakdownOf(n, o);
    expect(breakdown.theme?.level).toBe(level);
    expect(criterion(explain(breakdown, 0.75), 'theme')).toMatchObject({ explanation: text, codes, missingCodes: [] });
  });

  it.each([
    [BudgetFit.FULL, { budgetUsdCents: 2_000_000 }, { minUsdCents: 500_000, remainingUsdCents: 9_999_999 }, "The need's budget (USD 20000.00) is within what the offer can give a project (up to USD 99999.99)."],
    [BudgetFit.PARTIAL, { budgetUsdCents: 2_000_001 }, { maxUsdCents: 2_000_000, remainingUsdCents: 9_999_999 }, 'The offer can give up to USD 20000.00 of the USD 20000.01 asked.'],
    [BudgetFit.BELOW_MINIMUM, { budgetUsdCents: 150_000 }, { minUsdCents: 500_000, remainingUsdCents: 9_999_999 }, "The need's budget (USD 1500.00) is below the offer's minimum per project (USD 5000.00)."],
    [BudgetFit.UNKNOWN, { budgetUsdCents: null }, { remainingUsdCents: 9_999_999 }, 'The need gives no budget, or no exchange rate converts one side to US dollars.'],
    [BudgetFit.UNKNOWN, { budgetUsdCents: 150_000 }, { remainingUsdCents: null }, 'The need gives no budget, or no exchange rate converts one side to US dollars.'],
  ] as [BudgetFit, Partial<NeedProfile>, Partial<OfferProfile>, string][])('budget %s', (fit, n, o, text) => {
    const breakdown = breakdownOf(n, o);
    expect(breakdown.budget?.fit).toBe(fit);
    expect(criterion(explain(breakdown, 0.75), 'budget')).toMatchObject({ explanation: text, codes: [], score: breakdown.budget?.score });
  });

  it.each([
    [{ types: ['TRAINING'] }, { types: ['TRAINING'] }, 'The offer gives 1 of the 1 assistance type asked (TRAINING).'],
    [{ types: ['TRAINING', 'EQUIPMENT'] }, { types: ['EQUIPMENT', 'TRAINING'] }, 'The offer gives 2 of the 2 assistance types asked (TRAINING, EQUIPMENT).'],
    [{ types: ['TRAINING', 'EQUIPMENT'] }, { types: ['FINANCIAL'] }, 'The offer gives 0 of the 2 assistance types asked; not TRAINING, EQUIPMENT.'],
    [{ types: [] }, { types: ['FINANCIAL'] }, 'The need or the offer names no assistance type.'],
    [{ types: ['TRAINING'] }, { types: [] }, 'The need or the offer names no assistance type.'],
  ] as [Partial<NeedProfile>, Partial<OfferProfile>, string][])('type: need %j, offer %j', (n, o, text) => {
    expect(sentence(breakdownOf(n, o), 'type')).toBe(text);
  });

  it('timeframe: the days within the window, or none given', () => {
    const march = { timeframe: { start: dayNumber('2027-03-01'), end: dayNumber('2027-03-31') } };
    expect(sentence(breakdownOf(march, { availableUntil: dayNumber('2027-02-28') }), 'timeframe')).toBe(
      "0 of the 31 days of the need's timeframe fall within the offer's window.",
    );
    expect(sentence(breakdownOf(march, {}), 'timeframe')).toBe("31 of the 31 days of the need's timeframe fall within the offer's window.");
    expect(sentence(breakdownOf({}, {}), 'timeframe')).toBe('The need gives no timeframe.');
  });

  it('language: shared, not shared, or none offered', () => {
    expect(sentence(breakdownOf({ languages: ['en', 'fr'] }, { languages: ['en', 'fr'] }), 'language')).toBe(
      'The donor works in en, fr, a language the need is written in.',
    );
    expect(sentence(breakdownOf({ languages: ['ar'] }, { languages: ['ru'] }), 'language')).toBe(
      'The donor works in ru; the need is not written in any of them.',
    );
    expect(sentence(breakdownOf({ languages: ['ar'] }, { languages: [] }), 'language')).toBe('The offer names no working language.');
  });

  it('text: the share of terms in percent, rounded', () => {
    expect(sentence(breakdownOf({ terms: termIds(['a-1', 'a-2', 'a-3']) }, { terms: termIds(['a-1']) }), 'text')).toBe(
      'Their texts share 33% of their terms (a tie-breaker).',
    );
    expect(sentence(breakdownOf({ terms: termIds(['a-1']) }, { terms: termIds(['a-1']) }), 'text')).toBe(
      'Their texts share 100% of their terms (a tie-breaker).',
    );
  });
});
