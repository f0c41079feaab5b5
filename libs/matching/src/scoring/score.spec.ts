import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from '#libs/core';
import { dateOfDay, dayNumber, placeKey, termIds, type NeedProfile, type OfferProfile } from './profiles.js';
import { needFixture, offerFixture, PAIR_A, TODAY } from './scoring.fixtures.js';
import {
  BudgetFit,
  budgetFit,
  eligibility,
  EligibilityBasis,
  explainMatch,
  HardFilter,
  hardFilter,
  languageScore,
  MATCH_CRITERIA,
  round4,
  scoreMatch,
  scoresWithoutText,
  textScore,
  textSimilarity,
  THEME_LEVEL_SCORES,
  ThemeLevel,
  themeLevel,
  timeframeFit,
  totalOf,
  partialSum,
  typeScore,
  UNKNOWN_SCORE,
  weightedTotal,
  windowEnded,
  type Scores,
} from './score.js';

const need = needFixture;
const offer = offerFixture;

const timeframe = (start: string, end: string) => ({ start: dayNumber(start), end: dayNumber(end) });

/** scoresWithoutText for a pair that passes the hard filters. */
const scoresOf = (n: NeedProfile, o: OfferProfile): Scores => {
  const scores = scoresWithoutText(n, o, TODAY);
  if (typeof scores === 'string') throw new Error(`${n.id}/${o.id} fails ${scores}`);
  return scores;
};

const ALL_ONE: Scores = { theme: 1, type: 1, budget: 1, timeframe: 1, language: 1, text: 1 };
const ALL_ZERO: Scores = { theme: 0, type: 0, budget: 0, timeframe: 0, language: 0, text: 0 };
const ONLY = (criterion: keyof Scores, weight = 1): MatchWeights => ({ ...zeroWeights(), [criterion]: weight });
const zeroWeights = (): Record<keyof Scores, number> => ({ theme: 0, type: 0, budget: 0, timeframe: 0, language: 0, text: 0 });

/**
 * Pair B, a weak one. Theme RELATED (RECORD_KEEPING and MARKING share 05.30) = 0.5; type: EQUIPMENT
 * of three asked = 1/3; budget USD 120,000 against cap min(100,000, 30,000.50) = 30,000.50: PARTIAL
 * = 3,000,050 / 12,000,000 = 0.2500042; timeframe: 2027 is 365 days, the window 01-01..06-30 holds
 * 31+28+31+30+31+30 = 181: 181/365 = 0.4958904; language: es against en, fr = 0; text: disjoint = 0.
 * Total = (35*0.5 + 20/3 + 20*0.2500042 + 10*0.4958904 + 10*0 + 5*0) / 100
 *       = (17.5 + 6.6666667 + 5.0000833 + 4.9589041) / 100 = 0.3412565 -> 0.3413.
 */
const PAIR_B = {
  need: need({
    id: 'need-b',
    areas: ['RECORD_KEEPING'],
    modules: [],
    areaModules: ['05.30'],
    types: ['TRAINING', 'EQUIPMENT', 'LEGAL_DRAFTING'],
    budgetUsdCents: 12_000_000,
    timeframe: timeframe('2027-01-01', '2027-12-31'),
    languages: ['es'],
    terms: termIds(['record', 'register']),
  }),
  offer: offer({
    id: 'offer-b',
    places: [placeKey.area('011')],
    areas: ['MARKING'],
    areaModules: ['05.30'],
    types: ['EQUIPMENT'],
    minUsdCents: 500_000,
    maxUsdCents: 10_000_000,
    remainingUsdCents: 3_000_050,
    availableFrom: dayNumber('2027-01-01'),
    availableUntil: dayNumber('2027-06-30'),
    languages: ['en', 'fr'],
    terms: termIds(['mark', 'stamp']),
  }),
};

describe('MATCH_CRITERIA and constants', () => {
  it('lists the six criteria in a fixed order', () => {
    expect(MATCH_CRITERIA).toEqual(['theme', 'type', 'budget', 'timeframe', 'language', 'text']);
  });

  it('scores the theme levels 1, 0.8, 0.5 and 0.5, and unknown criteria 0.5', () => {
    expect(THEME_LEVEL_SCORES).toEqual({ MODULE: 1, AREA: 0.8, RELATED: 0.5, OPEN: 0.5 });
    expect(UNKNOWN_SCORE).toBe(0.5);
  });
});

describe('hardFilter', () => {
  it('lets a plain pair through', () => {
    expect(hardFilter(need(), offer(), TODAY)).toBeNull();
  });

  describe('NOT_LISTED', () => {
    it.each([
      ['the need', { listed: false }, {}],
      ['the offer', {}, { listed: false }],
      ['both', { listed: false }, { listed: false }],
    ] as [string, Partial<NeedProfile>, Partial<OfferProfile>][])('fails when %s is not listed', (_side, n, o) => {
      expect(hardFilter(need(n), offer(o), TODAY)).toBe(HardFilter.NOT_LISTED);
      expect(scoreMatch(need(n), offer(o), DEFAULT_MATCH_WEIGHTS, TODAY)).toEqual({ fits: false, failed: HardFilter.NOT_LISTED });
    });
  });

  describe('NOT_ELIGIBLE', () => {
    it.each([
      ['the State itself', [placeKey.state('GHA')]],
      ['its M49 intermediate region (Western Africa)', [placeKey.area('011')]],
      ['its M49 region (Africa)', [placeKey.area('002')]],
      ['a regional organisation it belongs to (ECOWAS)', [placeKey.organisation('ECOWAS')]],
      ['one key among others that do not match', [placeKey.state('KEN'), placeKey.area('014'), placeKey.organisation('AU')]],
    ])('accepts an offer eligible for %s', (_what, places) => {
      expect(hardFilter(need(), offer({ places }), TODAY)).toBeNull();
    });

    it.each([
      ['another State', [placeKey.state('KEN')]],
      ['another M49 area (Eastern Africa)', [placeKey.area('014')]],
      ['a regional organisation it does not belong to', [placeKey.organisation('EAC')]],
      ['the M49 code of its region read as a State', [placeKey.state('002')]],
      ['nothing at all', []],
    ])('refuses an offer eligible only for %s', (_what, places) => {
      expect(hardFilter(need(), offer({ places }), TODAY)).toBe(HardFilter.NOT_ELIGIBLE);
    });

    it('accepts an offer eligible everywhere, whatever its places', () => {
      expect(hardFilter(need(), offer({ everywhere: true, places: [] }), TODAY)).toBeNull();
      expect(hardFilter(need(), offer({ everywhere: true, places: [placeKey.state('KEN')] }), TODAY)).toBeNull();
    });

    it('reads only the need places, not its State code', () => {
      expect(hardFilter(need({ stateIso3: 'KEN' }), offer({ places: [placeKey.state('GHA')] }), TODAY)).toBeNull();
      expect(hardFilter(need({ places: [placeKey.state('KEN')] }), offer({ places: [placeKey.state('GHA')] }), TODAY)).toBe(HardFilter.NOT_ELIGIBLE);
    });
  });

  describe('WINDOW_TOO_LATE', () => {
    const validUntil = dayNumber('2027-06-30');

    it('fails when the offer opens the day after the need expires', () => {
      expect(hardFilter(need({ validUntil }), offer({ availableFrom: dayNumber('2027-07-01') }), TODAY)).toBe(HardFilter.WINDOW_TOO_LATE);
    });

    it('passes when the offer opens on the valid-until day itself, or before', () => {
      expect(hardFilter(need({ validUntil }), offer({ availableFrom: validUntil }), TODAY)).toBeNull();
      expect(hardFilter(need({ validUntil }), offer({ availableFrom: dayNumber('2027-06-29') }), TODAY)).toBeNull();
    });

    it("ignores the need's timeframe and the offer's end", () => {
      const late = need({ validUntil, timeframe: timeframe('2028-01-01', '2028-12-31') });
      expect(hardFilter(late, offer({ availableFrom: dayNumber('2027-01-01'), availableUntil: dayNumber('2027-01-31') }), TODAY)).toBeNull();
    });
  });

  describe('NO_THEMATIC_RELATION', () => {
    it('fails without an area in common or a shared module', () => {
      const legislation = need({ areas: ['LEGISLATION'], areaModules: ['03.10', '03.20', '03.30', '03.50'] });
      expect(hardFilter(legislation, offer(), TODAY)).toBe(HardFilter.NO_THEMATIC_RELATION);
    });

    it('fails for a need that names no area against an offer that names one', () => {
      expect(hardFilter(need({ areas: [], areaModules: [] }), offer(), TODAY)).toBe(HardFilter.NO_THEMATIC_RELATION);
    });
  });

  describe('WINDOW_ENDED', () => {
    const end = dayNumber('2027-06-30');
    const ending = offer({ availableFrom: dayNumber('2027-01-01'), availableUntil: end });

    it('holds an offer available through the last day of its window and ended from the next (UTC days)', () => {
      // The rule on every day around the end, not one example: ended exactly when today > end.
      for (let today = end - 40; today <= end + 40; today++) {
        expect([dateOfDay(today), windowEnded(ending, today)]).toEqual([dateOfDay(today), today > end]);
        expect([dateOfDay(today), hardFilter(need(), ending, today)]).toEqual([dateOfDay(today), today > end ? HardFilter.WINDOW_ENDED : null]);
      }
    });

    it('never ends an open-ended window', () => {
      expect(hardFilter(need(), offer({ availableUntil: null }), dayNumber('2100-01-01'))).toBeNull();
      expect(windowEnded(offer({ availableUntil: null }), dayNumber('2100-01-01'))).toBe(false);
    });

    it('leaves the scores of a pair that still fits unchanged by the day', () => {
      expect(scoreMatch(PAIR_B.need, PAIR_B.offer, DEFAULT_MATCH_WEIGHTS, dayNumber('2027-06-30'))).toEqual(
        scoreMatch(PAIR_B.need, PAIR_B.offer, DEFAULT_MATCH_WEIGHTS, TODAY),
      );
    });

    it('is a hard filter for every entry point of the scorer, whatever the other criteria', () => {
      const after = dayNumber('2027-07-01');
      for (const { need: n, offer: o } of [PAIR_A, PAIR_B].map((p) => ({ ...p, offer: { ...p.offer, availableUntil: end } }))) {
        expect(scoreMatch(n, o, DEFAULT_MATCH_WEIGHTS, after)).toEqual({ fits: false, failed: HardFilter.WINDOW_ENDED });
        expect(scoresWithoutText(n, o, after)).toBe(HardFilter.WINDOW_ENDED);
        expect(partialSum(n, o, DEFAULT_MATCH_WEIGHTS, after)).toBeNull();
        expect(scoreMatch(n, o, DEFAULT_MATCH_WEIGHTS, end).fits).toBe(true);
      }
    });
  });

  it('tries the filters in order: listed, window not ended, eligible, window opening, theme', () => {
    const after = dayNumber('2028-02-01');
    const unlisted = { listed: false };
    const ended = { availableUntil: dayNumber('2028-01-31') };
    const ineligible = { places: [placeKey.state('KEN')] };
    const late = { availableFrom: dayNumber('2028-01-01') };
    const unrelated = { areas: ['DDR'], areaModules: ['02.30'] };
    expect(hardFilter(need(), offer({ ...unlisted, ...ended, ...ineligible, ...late, ...unrelated }), after)).toBe(HardFilter.NOT_LISTED);
    expect(hardFilter(need(), offer({ ...ended, ...ineligible, ...late, ...unrelated }), after)).toBe(HardFilter.WINDOW_ENDED);
    expect(hardFilter(need(), offer({ ...ineligible, ...late, ...unrelated }), after)).toBe(HardFilter.NOT_ELIGIBLE);
    expect(hardFilter(need(), offer({ ...late, ...unrelated }), after)).toBe(HardFilter.WINDOW_TOO_LATE);
    expect(hardFilter(need(), offer(unrelated), after)).toBe(HardFilter.NO_THEMATIC_RELATION);
    expect(Object.values(HardFilter)).toEqual(['NOT_LISTED', 'WINDOW_ENDED', 'NOT_ELIGIBLE', 'WINDOW_TOO_LATE', 'NO_THEMATIC_RELATION']);
  });
});

describe('eligibility', () => {
  it.each([
    [
      'the State itself, named by the offer',
      { places: [placeKey.state('GHA'), placeKey.organisation('ECOWAS'), placeKey.area('011')] },
      EligibilityBasis.STATE,
      ['GHA'],
    ],
    [
      'membership of the regional organisations the offer names',
      { places: [placeKey.organisation('AU'), placeKey.organisation('ECOWAS'), placeKey.area('002')] },
      EligibilityBasis.REGIONAL_ORGANISATION,
      ['AU', 'ECOWAS'],
    ],
    [
      'the M49 areas the offer names, the most specific first',
      { places: [placeKey.area('002'), placeKey.area('011'), placeKey.area('202')] },
      EligibilityBasis.M49_AREA,
      ['011', '202', '002'],
    ],
    ['an offer open everywhere', { everywhere: true, places: [] }, EligibilityBasis.EVERYWHERE, []],
  ] as [string, Partial<OfferProfile>, EligibilityBasis, string[]][])('names %s', (_what, o, basis, codes) => {
    expect(eligibility(need(), offer(o))).toEqual({ basis, stateIso3: 'GHA', codes });
  });

  it('gives a reason exactly when the pair passes NOT_ELIGIBLE', () => {
    const places = [
      placeKey.state('GHA'),
      placeKey.state('KEN'),
      placeKey.area('014'),
      placeKey.area('011'),
      placeKey.organisation('EAC'),
      placeKey.organisation('ECOWAS'),
    ];
    for (let mask = 0; mask < 1 << places.length; mask++) {
      const o = offer({ places: places.filter((_, i) => mask & (1 << i)) });
      expect(eligibility(need(), o) === null).toBe(hardFilter(need(), o, TODAY) === HardFilter.NOT_ELIGIBLE);
    }
  });
});

describe('themeLevel', () => {
  it("is MODULE when a module the need names is among the offer's area modules", () => {
    const precise = need({ areas: ['LEGISLATION'], modules: ['05.30'], areaModules: ['03.10', '03.20', '03.30', '03.50'] });
    expect(themeLevel(precise, offer())).toBe(ThemeLevel.MODULE);
    expect(scoresOf(precise, offer()).theme).toBe(1);
  });

  it('prefers MODULE to AREA when both hold', () => {
    expect(themeLevel(need({ modules: ['05.30'] }), offer())).toBe(ThemeLevel.MODULE);
  });

  it("is not MODULE when the named module is not among the offer's", () => {
    expect(themeLevel(need({ modules: ['05.31'] }), offer())).toBe(ThemeLevel.AREA);
  });

  it('is AREA for a thematic area in common', () => {
    const both = need({ areas: ['MARKING', 'TRACING'], areaModules: ['05.30', '05.31'] });
    expect(themeLevel(both, offer({ areas: ['TRACING'], areaModules: ['05.31'] }))).toBe(ThemeLevel.AREA);
    expect(scoresOf(both, offer()).theme).toBe(0.8);
  });

  it('is RELATED for different areas sharing a MOSAIC module (marking and record-keeping)', () => {
    const records = need({ areas: ['RECORD_KEEPING'], areaModules: ['05.30'] });
    expect(themeLevel(records, offer())).toBe(ThemeLevel.RELATED);
    expect(scoresOf(records, offer()).theme).toBe(0.5);
  });

  it('is OPEN when the offer names no area, whatever the need asks', () => {
    const open = offer({ areas: [], areaModules: [] });
    expect(themeLevel(need(), open)).toBe(ThemeLevel.OPEN);
    expect(themeLevel(need({ areas: [], areaModules: [], modules: [] }), open)).toBe(ThemeLevel.OPEN);
    expect(themeLevel(need({ modules: ['05.30'] }), open)).toBe(ThemeLevel.OPEN);
    expect(scoresOf(need(), open).theme).toBe(0.5);
  });

  it('is null without any relation', () => {
    expect(themeLevel(need({ areas: ['DDR'], areaModules: ['02.30'] }), offer())).toBeNull();
  });
});

describe('typeScore', () => {
  it.each([
    [['TRAINING', 'EQUIPMENT'], ['TRAINING'], 0.5],
    [['TRAINING', 'EQUIPMENT'], ['EQUIPMENT', 'FINANCIAL', 'TRAINING'], 1],
    [['TRAINING', 'EQUIPMENT', 'LEGAL_DRAFTING'], ['TRAINING'], 1 / 3],
    [['TRAINING', 'EQUIPMENT', 'LEGAL_DRAFTING'], ['LEGAL_DRAFTING', 'TRAINING'], 2 / 3],
    [['TRAINING'], ['FINANCIAL'], 0],
  ])('need %j, offer %j: the share covered, %d', (needTypes, offerTypes, expected) => {
    expect(typeScore(need({ types: needTypes }), offer({ types: offerTypes }))).toBe(expected);
  });

  it.each([
    [[], ['TRAINING']],
    [['TRAINING'], []],
    [[], []],
  ])('is unknown (0.5) when need %j or offer %j names none', (needTypes, offerTypes) => {
    expect(typeScore(need({ types: needTypes }), offer({ types: offerTypes }))).toBe(UNKNOWN_SCORE);
  });
});

describe('budgetFit', () => {
  const withBudget = (budgetUsdCents: number | null) => need({ budgetUsdCents });
  const money = (minUsdCents: number | null, maxUsdCents: number | null, remainingUsdCents: number | null) =>
    offer({ minUsdCents, maxUsdCents, remainingUsdCents });

  it('is UNKNOWN when the need gives no budget', () => {
    expect(budgetFit(withBudget(null), money(100, 1_000_000, 1_000_000))).toEqual({
      score: 0.5,
      fit: BudgetFit.UNKNOWN,
      needCents: null,
      capCents: null,
    });
  });

  it('is UNKNOWN when no exchange rate gives what remains in USD', () => {
    expect(budgetFit(withBudget(5_000_000), money(null, null, null))).toEqual({
      score: 0.5,
      fit: BudgetFit.UNKNOWN,
      needCents: 5_000_000,
      capCents: null,
    });
  });

  it('is UNKNOWN for a budget of zero', () => {
    expect(budgetFit(withBudget(0), money(null, null, 1_000_000)).fit).toBe(BudgetFit.UNKNOWN);
  });

  it('is FULL within the cap and above the minimum', () => {
    expect(budgetFit(withBudget(5_000_000), money(1_000_000, 8_000_000, 20_000_000))).toEqual({
      score: 1,
      fit: BudgetFit.FULL,
      needCents: 5_000_000,
      capCents: 8_000_000,
    });
  });

  it('caps at what remains when there is no maximum per project', () => {
    expect(budgetFit(withBudget(5_000_000), money(null, null, 20_000_000))).toMatchObject({ fit: BudgetFit.FULL, capCents: 20_000_000 });
    expect(budgetFit(withBudget(5_000_000), money(null, null, 4_000_000))).toEqual({
      score: 0.8,
      fit: BudgetFit.PARTIAL,
      needCents: 5_000_000,
      capCents: 4_000_000,
    });
  });

  it('is PARTIAL with cap / budget, the cap being the lesser of the maximum and what remains', () => {
    // The maximum is the lesser: 2,000,000 / 5,000,000.
    expect(budgetFit(withBudget(5_000_000), money(null, 2_000_000, 10_000_000))).toEqual({
      score: 0.4,
      fit: BudgetFit.PARTIAL,
      needCents: 5_000_000,
      capCents: 2_000_000,
    });
    // What remains is the lesser: 3,000,000 / 5,000,000.
    expect(budgetFit(withBudget(5_000_000), money(null, 8_000_000, 3_000_000))).toEqual({
      score: 0.6,
      fit: BudgetFit.PARTIAL,
      needCents: 5_000_000,
      capCents: 3_000_000,
    });
  });

  it('is FULL exactly at the cap and PARTIAL one cent above', () => {
    expect(budgetFit(withBudget(3_000_000), money(null, 3_000_000, 9_000_000))).toMatchObject({ score: 1, fit: BudgetFit.FULL });
    expect(budgetFit(withBudget(3_000_001), money(null, 3_000_000, 9_000_000))).toEqual({
      score: 3_000_000 / 3_000_001,
      fit: BudgetFit.PARTIAL,
      needCents: 3_000_001,
      capCents: 3_000_000,
    });
  });

  it('is PARTIAL with score 0 when nothing remains', () => {
    expect(budgetFit(withBudget(100_000), money(null, 1_000_000, 0))).toEqual({ score: 0, fit: BudgetFit.PARTIAL, needCents: 100_000, capCents: 0 });
  });

  it('is BELOW_MINIMUM with budget / minimum', () => {
    expect(budgetFit(withBudget(1_500_000), money(2_000_000, 8_000_000, 20_000_000))).toEqual({
      score: 0.75,
      fit: BudgetFit.BELOW_MINIMUM,
      needCents: 1_500_000,
      capCents: 8_000_000,
    });
  });

  it('is FULL exactly at the minimum and BELOW_MINIMUM one cent under', () => {
    expect(budgetFit(withBudget(2_000_000), money(2_000_000, 8_000_000, 20_000_000))).toMatchObject({ score: 1, fit: BudgetFit.FULL });
    expect(budgetFit(withBudget(1_999_999), money(2_000_000, 8_000_000, 20_000_000))).toMatchObject({
      score: 1_999_999 / 2_000_000,
      fit: BudgetFit.BELOW_MINIMUM,
    });
  });

  it('is FULL when the minimum equals the cap and the budget both', () => {
    expect(budgetFit(withBudget(2_000_000), money(2_000_000, 2_000_000, 2_000_000))).toMatchObject({ score: 1, fit: BudgetFit.FULL });
  });

  it('calls a budget above the cap PARTIAL even when the cap is under the minimum', () => {
    // Min 2,000,000 but only 1,000,000 left: 1,500,000 is above the cap.
    expect(budgetFit(withBudget(1_500_000), money(2_000_000, 8_000_000, 1_000_000))).toMatchObject({
      score: 1_000_000 / 1_500_000,
      fit: BudgetFit.PARTIAL,
      capCents: 1_000_000,
    });
  });

  it('is the budget criterion of scoresWithoutText', () => {
    expect(scoresOf(withBudget(5_000_000), money(null, 2_000_000, 10_000_000)).budget).toBe(0.4);
    expect(scoresOf(withBudget(null), money(null, 2_000_000, 10_000_000)).budget).toBe(0.5);
  });
});

describe('timeframeFit', () => {
  /** March 2027: 31 days. */
  const march = need({ timeframe: timeframe('2027-03-01', '2027-03-31') });
  const window = (from: string, until: string | null) => offer({ availableFrom: dayNumber(from), availableUntil: until === null ? null : dayNumber(until) });

  it('is unknown (0.5) when the need gives no timeframe', () => {
    expect(timeframeFit(need({ timeframe: null }), window('2027-01-01', null))).toEqual({ score: 0.5, overlapDays: null, needDays: null });
  });

  it('is 1 when the window covers the timeframe', () => {
    expect(timeframeFit(march, window('2027-01-01', '2027-12-31'))).toEqual({ score: 1, overlapDays: 31, needDays: 31 });
  });

  it('is 1 when the window is exactly the timeframe (both ends included)', () => {
    expect(timeframeFit(march, window('2027-03-01', '2027-03-31'))).toEqual({ score: 1, overlapDays: 31, needDays: 31 });
  });

  it('counts an open-ended window to the end of the timeframe', () => {
    expect(timeframeFit(march, window('2027-03-21', null))).toEqual({ score: 11 / 31, overlapDays: 11, needDays: 31 });
    expect(timeframeFit(march, window('2026-01-01', null))).toEqual({ score: 1, overlapDays: 31, needDays: 31 });
  });

  it('counts the days inside a window within the timeframe', () => {
    expect(timeframeFit(march, window('2027-03-11', '2027-03-20'))).toEqual({ score: 10 / 31, overlapDays: 10, needDays: 31 });
  });

  it('counts one day when the window ends on the first day, or opens on the last', () => {
    expect(timeframeFit(march, window('2027-01-01', '2027-03-01'))).toEqual({ score: 1 / 31, overlapDays: 1, needDays: 31 });
    expect(timeframeFit(march, window('2027-03-31', null))).toEqual({ score: 1 / 31, overlapDays: 1, needDays: 31 });
  });

  it('is 0 without overlap, never negative', () => {
    expect(timeframeFit(march, window('2027-01-01', '2027-02-28'))).toEqual({ score: 0, overlapDays: 0, needDays: 31 });
    expect(timeframeFit(march, window('2027-04-01', null))).toEqual({ score: 0, overlapDays: 0, needDays: 31 });
  });

  it('counts a one-day timeframe and the leap day of February 2028', () => {
    expect(timeframeFit(need({ timeframe: timeframe('2027-05-05', '2027-05-05') }), window('2027-05-05', '2027-05-05'))).toEqual({
      score: 1,
      overlapDays: 1,
      needDays: 1,
    });
    expect(timeframeFit(need({ timeframe: timeframe('2028-02-01', '2028-02-29') }), window('2028-02-15', null))).toEqual({
      score: 15 / 29,
      overlapDays: 15,
      needDays: 29,
    });
  });

  it('scores 0 for a timeframe that ends before it starts', () => {
    expect(timeframeFit(need({ timeframe: timeframe('2027-03-31', '2027-03-01') }), window('2027-01-01', null)).score).toBe(0);
  });
});

describe('languageScore', () => {
  it('is 1 when the donor works in a language the need is written in', () => {
    expect(languageScore(need({ languages: ['en'] }), offer({ languages: ['en'] }))).toBe(1);
    expect(languageScore(need({ languages: ['en', 'fr'] }), offer({ languages: ['es', 'fr'] }))).toBe(1);
  });

  it('is 0 without a shared language', () => {
    expect(languageScore(need({ languages: ['es'] }), offer({ languages: ['en', 'fr'] }))).toBe(0);
  });

  it('is unknown (0.5) when the offer names no working language', () => {
    expect(languageScore(need({ languages: ['es'] }), offer({ languages: [] }))).toBe(0.5);
  });
});

describe('textScore', () => {
  const terms = termIds(['polic', 'ecowas', '2027']);
  const other = termIds(['polic', 'ecowas', 'mark']);

  it('compares texts written in a common language (originals or translations)', () => {
    expect(textScore(need({ languages: ['fr'], terms }), offer({ textLanguages: ['fr'], terms: other }))).toBe(textSimilarity(terms, other));
    expect(textScore(need({ languages: ['en', 'fr'], terms }), offer({ textLanguages: ['es', 'fr'], terms: other }))).toBe(0.5);
  });

  it('does not compare texts in no common language: 0, whatever terms they happen to share', () => {
    // French and English stems meet on names, numbers and cognates: an accident, not similarity.
    expect(textSimilarity(terms, other)).toBe(0.5);
    expect(textScore(need({ languages: ['fr'], terms }), offer({ textLanguages: ['en'], terms: other }))).toBe(0);
    const scores = scoreMatch(need({ languages: ['fr'], terms }), offer({ textLanguages: ['en'], terms }), DEFAULT_MATCH_WEIGHTS, TODAY);
    expect(scores.fits && scores.scores.text).toBe(0);
  });
});

describe('textSimilarity', () => {
  it('is the Jaccard similarity: shared terms over all terms', () => {
    const a = termIds(['arm', 'mark', 'record']);
    const b = termIds(['mark', 'record', 'trace', 'weapon']);
    expect(textSimilarity(a, b)).toBe(2 / 5);
    expect(textSimilarity(b, a)).toBe(2 / 5);
  });

  it('is 1 for the same terms and 0 for disjoint ones', () => {
    expect(textSimilarity(termIds(['x-1', 'x-2']), termIds(['x-2', 'x-1']))).toBe(1);
    expect(textSimilarity(termIds(['x-1', 'x-2']), termIds(['x-3']))).toBe(0);
  });

  it('is 1/n when one term of n in all is shared', () => {
    expect(textSimilarity(termIds(['j-1']), termIds(['j-1', 'j-2', 'j-3', 'j-4']))).toBe(0.25);
  });

  it('is 0 when either side has no terms', () => {
    expect(textSimilarity(termIds([]), termIds(['mark']))).toBe(0);
    expect(textSimilarity(termIds(['mark']), termIds([]))).toBe(0);
    expect(textSimilarity(termIds([]), termIds([]))).toBe(0);
  });
});

describe('weightedTotal', () => {
  const scores: Scores = { theme: 1, type: 0.5, budget: 1, timeframe: 0, language: 1, text: 0 };

  it('is the weighted mean with the default weights', () => {
    // (35 + 10 + 20 + 0 + 10 + 0) / 100
    expect(weightedTotal(scores, DEFAULT_MATCH_WEIGHTS)).toBe(0.75);
    expect(weightedTotal(ALL_ONE, DEFAULT_MATCH_WEIGHTS)).toBe(1);
    expect(weightedTotal(ALL_ZERO, DEFAULT_MATCH_WEIGHTS)).toBe(0);
  });

  it('counts only the proportions of the weights', () => {
    const doubled = Object.fromEntries(MATCH_CRITERIA.map((c) => [c, DEFAULT_MATCH_WEIGHTS[c] * 2])) as MatchWeights;
    expect(weightedTotal(scores, doubled)).toBe(weightedTotal(scores, DEFAULT_MATCH_WEIGHTS));
    const equal = { theme: 3, type: 3, budget: 3, timeframe: 3, language: 3, text: 3 };
    // (1 + 0.5 + 1 + 0 + 1 + 0) / 6 = 0.58333
    expect(weightedTotal(scores, equal)).toBe(0.5833);
    // (30 + 1.5 + 3 + 0 + 3 + 0) / 45 = 0.83333
    expect(weightedTotal(scores, { ...equal, theme: 30 })).toBe(0.8333);
  });

  it('reads one criterion alone when the others weigh 0', () => {
    for (const criterion of MATCH_CRITERIA) {
      expect(weightedTotal({ ...ALL_ZERO, [criterion]: 0.42 }, ONLY(criterion, 7))).toBe(0.42);
      expect(weightedTotal({ ...ALL_ONE, [criterion]: 0 }, ONLY(criterion, 7))).toBe(0);
    }
  });

  it('rounds to four decimals', () => {
    expect(weightedTotal({ ...ALL_ZERO, type: 1 / 3 }, DEFAULT_MATCH_WEIGHTS)).toBe(0.0667);
    expect(weightedTotal({ ...ALL_ZERO, theme: 1 }, { ...zeroWeights(), theme: 1, type: 1, budget: 1 })).toBe(0.3333);
    expect(weightedTotal({ ...ALL_ZERO, theme: 1, type: 1 }, { ...zeroWeights(), theme: 1, type: 1, budget: 1 })).toBe(0.6667);
    expect(round4(0.123449)).toBe(0.1234);
    expect(round4(0.98766)).toBe(0.9877);
    expect(round4(2 / 3)).toBe(0.6667);
    expect(round4(1)).toBe(1);
  });
});

describe('scoreMatch on hand-computed pairs', () => {
  it('scores pair A 0.8427', () => {
    const result = scoreMatch(PAIR_A.need, PAIR_A.offer, DEFAULT_MATCH_WEIGHTS, TODAY);
    expect(result).toEqual({
      fits: true,
      total: 0.8427,
      scores: { theme: 1, type: 0.5, budget: 1, timeframe: 21 / 31, language: 1, text: 0.5 },
    });
  });

  it('scores pair B 0.3413', () => {
    const result = scoreMatch(PAIR_B.need, PAIR_B.offer, DEFAULT_MATCH_WEIGHTS, TODAY);
    expect(result).toEqual({
      fits: true,
      total: 0.3413,
      scores: { theme: 0.5, type: 1 / 3, budget: 3_000_050 / 12_000_000, timeframe: 181 / 365, language: 0, text: 0 },
    });
  });

  it('scores pair A with custom weights: theme and text only', () => {
    // (1 * 1 + 1 * 0.5) / 2
    const result = scoreMatch(PAIR_A.need, PAIR_A.offer, { ...zeroWeights(), theme: 1, text: 1 }, TODAY);
    expect(result.fits && result.total).toBe(0.75);
  });

  it('scores pair B with custom weights: budget and timeframe 3:1', () => {
    // (3 * 0.2500042 + 1 * 0.4958904) / 4 = 0.3114757
    const result = scoreMatch(PAIR_B.need, PAIR_B.offer, { ...zeroWeights(), budget: 3, timeframe: 1 }, TODAY);
    expect(result.fits && result.total).toBe(0.3115);
  });

  it('returns only the failed filter for a pair that does not fit', () => {
    expect(scoreMatch(PAIR_A.need, { ...PAIR_A.offer, places: [placeKey.state('KEN')] }, DEFAULT_MATCH_WEIGHTS, TODAY)).toEqual({
      fits: false,
      failed: HardFilter.NOT_ELIGIBLE,
    });
  });

  it('is scoresWithoutText with the text similarity added', () => {
    const pairs = [
      PAIR_A,
      PAIR_B,
      { need: need(), offer: offer({ areas: [], areaModules: [] }) },
      { need: need({ terms: termIds(['mark']) }), offer: offer({ terms: termIds(['mark', 'trace']) }) },
    ];
    for (const { need: n, offer: o } of pairs) {
      const without = scoresOf(n, o);
      expect(without.text).toBe(0);
      const scores = { ...without, text: textSimilarity(n.terms, o.terms) };
      expect(scoreMatch(n, o, DEFAULT_MATCH_WEIGHTS, TODAY)).toEqual({ fits: true, total: weightedTotal(scores, DEFAULT_MATCH_WEIGHTS), scores });
    }
  });
});

describe('scoresWithoutText, partialSum and totalOf', () => {
  const WEIGHTS: MatchWeights[] = [
    DEFAULT_MATCH_WEIGHTS,
    { theme: 1, type: 2, budget: 3, timeframe: 4, language: 5, text: 6 },
    { theme: 0, type: 0, budget: 0, timeframe: 0, language: 0, text: 1 },
    { theme: 9999, type: 1, budget: 0, timeframe: 7, language: 3, text: 0 },
  ];
  const FITTING = [
    PAIR_A,
    PAIR_B,
    { need: need(), offer: offer({ areas: [], areaModules: [], languages: [] }) },
    {
      need: need({ budgetUsdCents: 333_333, timeframe: timeframe('2027-02-01', '2027-04-30') }),
      offer: offer({ remainingUsdCents: 100_000, availableUntil: dayNumber('2027-03-03'), types: ['TRAINING'] }),
    },
  ];
  const FAILING: [HardFilter, NeedProfile, OfferProfile][] = [
    [HardFilter.NOT_LISTED, need({ listed: false }), offer()],
    [HardFilter.NOT_ELIGIBLE, need(), offer({ places: [placeKey.state('KEN')] })],
    [HardFilter.WINDOW_TOO_LATE, need(), offer({ availableFrom: dayNumber('2028-01-01') })],
    [HardFilter.NO_THEMATIC_RELATION, need(), offer({ areas: ['DDR'], areaModules: ['02.30'] })],
  ];

  it.each(FAILING)('scoresWithoutText gives the failed filter (%s) instead of scores, as hardFilter does', (failed, n, o) => {
    expect(scoresWithoutText(n, o, TODAY)).toBe(failed);
    expect(hardFilter(n, o, TODAY)).toBe(failed);
  });

  it.each(FAILING)('partialSum is null for a pair failing %s', (_failed, n, o) => {
    for (const weights of WEIGHTS) expect(partialSum(n, o, weights, TODAY)).toBeNull();
  });

  it('partialSum is the weighted sum of every criterion but the text', () => {
    // Pair A: 35*1 + 20*0.5 + 20*1 + 10*21/31 + 10*1.
    expect(partialSum(PAIR_A.need, PAIR_A.offer, DEFAULT_MATCH_WEIGHTS, TODAY)).toBeCloseTo(35 + 10 + 20 + 210 / 31 + 10, 10);
    expect(partialSum(PAIR_A.need, PAIR_A.offer, WEIGHTS[2], TODAY)).toBe(0);
  });

  it('totalOf(partialSum, text) is scoreMatch total to the last bit, and weightedTotal too', () => {
    for (const weights of WEIGHTS) {
      for (const { need: n, offer: o } of FITTING) {
        const result = scoreMatch(n, o, weights, TODAY);
        if (!result.fits) throw new Error('expected the pair to fit');
        const partial = partialSum(n, o, weights, TODAY)!;
        expect(totalOf(partial, result.scores.text, weights)).toBe(result.total);
        expect(weightedTotal(result.scores, weights)).toBe(result.total);
        // The text at 1 bounds the total from above.
        expect(totalOf(partial, 1, weights)).toBeGreaterThanOrEqual(result.total);
        expect(totalOf(partial, 1, weights)).toBe(weightedTotal({ ...result.scores, text: 1 }, weights));
      }
    }
  });

  it('totalOf divides by the sum of all weights and rounds to four decimals', () => {
    expect(totalOf(70, 1, DEFAULT_MATCH_WEIGHTS)).toBe(0.75);
    expect(totalOf(70, 0, DEFAULT_MATCH_WEIGHTS)).toBe(0.7);
    expect(totalOf(1, 0, { theme: 1, type: 1, budget: 1, timeframe: 0, language: 0, text: 0 })).toBe(0.3333);
    expect(totalOf(0, 0.5, { theme: 0, type: 0, budget: 0, timeframe: 0, language: 0, text: 2 })).toBe(0.5);
  });
});

describe('explainMatch', () => {
  it('explains pair A with the shared codes and exact USD amounts', () => {
    expect(explainMatch(PAIR_A.need, PAIR_A.offer, DEFAULT_MATCH_WEIGHTS, TODAY)).toEqual({
      fits: true,
      total: 0.8427,
      weights: DEFAULT_MATCH_WEIGHTS,
      eligibility: { basis: EligibilityBasis.REGIONAL_ORGANISATION, stateIso3: 'GHA', codes: ['ECOWAS'] },
      theme: { score: 1, level: ThemeLevel.MODULE, shared: ['05.30'] },
      type: { score: 0.5, covered: ['TRAINING'], missing: ['EQUIPMENT'] },
      budget: { score: 1, fit: BudgetFit.FULL, needUsd: '50000.00', offerCapUsd: '80000.00', offerMinUsd: '10000.00' },
      timeframe: { score: 0.6774, overlapDays: 21, needDays: 31 },
      language: { score: 1, shared: ['fr'], offered: ['fr'] },
      text: { score: 0.5, languages: ['en'] },
    });
  });

  it('explains pair B: related through a module, a partial budget with cents', () => {
    expect(explainMatch(PAIR_B.need, PAIR_B.offer, DEFAULT_MATCH_WEIGHTS, TODAY)).toEqual({
      fits: true,
      total: 0.3413,
      weights: DEFAULT_MATCH_WEIGHTS,
      eligibility: { basis: EligibilityBasis.M49_AREA, stateIso3: 'GHA', codes: ['011'] },
      theme: { score: 0.5, level: ThemeLevel.RELATED, shared: ['05.30'] },
      type: { score: 0.3333, covered: ['EQUIPMENT'], missing: ['TRAINING', 'LEGAL_DRAFTING'] },
      budget: { score: 0.25, fit: BudgetFit.PARTIAL, needUsd: '120000.00', offerCapUsd: '30000.50', offerMinUsd: '5000.00' },
      timeframe: { score: 0.4959, overlapDays: 181, needDays: 365 },
      language: { score: 0, shared: [], offered: ['en', 'fr'] },
      // Spanish against an offer written in English: no language to compare the texts in.
      text: { score: 0, languages: [] },
    });
  });

  it('names the areas in common for AREA, none for OPEN', () => {
    const both = need({ areas: ['MARKING', 'TRACING'], areaModules: ['05.30', '05.31'] });
    expect(explainMatch(both, offer({ areas: ['MARKING', 'STOCKPILE_MANAGEMENT'] }), DEFAULT_MATCH_WEIGHTS, TODAY).theme).toEqual({
      score: 0.8,
      level: ThemeLevel.AREA,
      shared: ['MARKING'],
    });
    expect(explainMatch(both, offer({ areas: [], areaModules: [] }), DEFAULT_MATCH_WEIGHTS, TODAY).theme).toEqual({
      score: 0.5,
      level: ThemeLevel.OPEN,
      shared: [],
    });
  });

  it('lists no missing type when the offer names none, and no amounts when the budget is unknown', () => {
    const breakdown = explainMatch(need({ types: ['TRAINING'] }), offer({ types: [] }), DEFAULT_MATCH_WEIGHTS, TODAY);
    expect(breakdown.type).toEqual({ score: 0.5, covered: [], missing: [] });
    expect(breakdown.budget).toEqual({ score: 0.5, fit: BudgetFit.UNKNOWN, needUsd: null, offerCapUsd: null, offerMinUsd: null });
    expect(breakdown.timeframe).toEqual({ score: 0.5, overlapDays: null, needDays: null });
  });

  it('gives the need amount but no cap when no exchange rate converts the offer', () => {
    const breakdown = explainMatch(need({ budgetUsdCents: 123_456 }), offer({ minUsdCents: null, remainingUsdCents: null }), DEFAULT_MATCH_WEIGHTS, TODAY);
    expect(breakdown.budget).toEqual({ score: 0.5, fit: BudgetFit.UNKNOWN, needUsd: '1234.56', offerCapUsd: null, offerMinUsd: null });
  });

  it('gives the minimum for a budget below it', () => {
    const breakdown = explainMatch(
      need({ budgetUsdCents: 150_000 }),
      offer({ minUsdCents: 500_000, remainingUsdCents: 9_000_005 }),
      DEFAULT_MATCH_WEIGHTS,
      TODAY,
    );
    expect(breakdown.budget).toEqual({
      score: 0.3,
      fit: BudgetFit.BELOW_MINIMUM,
      needUsd: '1500.00',
      offerCapUsd: '90000.05',
      offerMinUsd: '5000.00',
    });
  });

  it('gives only the failed filter and the weights for a pair that does not fit', () => {
    const weights = { ...DEFAULT_MATCH_WEIGHTS, text: 0 };
    expect(explainMatch(need(), offer({ availableFrom: dayNumber('2028-01-01') }), weights, TODAY)).toEqual({
      fits: false,
      failed: HardFilter.WINDOW_TOO_LATE,
      weights,
    });
  });

  it("gives the window's last day for an offer whose window has ended", () => {
    const ended = offer({ availableUntil: dayNumber('2027-03-31') });
    expect(explainMatch(need(), ended, DEFAULT_MATCH_WEIGHTS, dayNumber('2027-04-01'))).toEqual({
      fits: false,
      failed: HardFilter.WINDOW_ENDED,
      windowEnd: '2027-03-31',
      weights: DEFAULT_MATCH_WEIGHTS,
    });
  });

  it('records the languages both texts are written in (the need: original and translations; the offer: the same)', () => {
    const text = (n: string[], o: string[]) => explainMatch(need({ languages: n }), offer({ textLanguages: o }), DEFAULT_MATCH_WEIGHTS, TODAY).text;
    expect(text(['en', 'fr'], ['fr', 'ru'])?.languages).toEqual(['fr']);
    expect(text(['ar'], ['zh'])?.languages).toEqual([]);
  });

  it('carries the total scoreMatch gives, for any weights', () => {
    const weights = { theme: 1, type: 2, budget: 3, timeframe: 4, language: 5, text: 6 };
    for (const { need: n, offer: o } of [PAIR_A, PAIR_B]) {
      const result = scoreMatch(n, o, weights, TODAY);
      expect(explainMatch(n, o, weights, TODAY).total).toBe(result.fits ? result.total : NaN);
    }
  });
});
