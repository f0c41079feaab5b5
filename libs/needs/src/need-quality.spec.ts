import type { NeedFields } from './need-fields.js';
import { assessNeedQuality, PLAUSIBLE_BUDGET_USD, type QualityAssessment, type QualityCheckCode } from './need-quality.js';

/** A complete, specific need: every check passes. */
const COMPLETE: Partial<NeedFields> = {
  title: 'Marking machines for the national police',
  problem:
    'Small arms imported for the national police since 2019 are not marked at import, so lost or stolen weapons ' +
    'cannot be traced back to the police armouries that held them, in any of the four provinces.',
  proposedActivities:
    '1. Buy 3 dot-peen marking machines for the central armoury.\n' +
    '2. Train 20 armourers to mark and record 15,000 police weapons.\n' +
    '3. Enter every marked weapon in the national register.',
  alreadyDone: 'The police counted its weapons in 2025 with the regional centre.',
  nationalContribution: 'Premises, staff and electricity.',
  thematicAreas: ['MARKING'],
  assistanceTypes: ['EQUIPMENT', 'TRAINING'],
  budgetAmount: '250000.00',
  budgetCurrency: 'EUR',
  priorityRank: 1,
  timeframeStart: '2027-01-01',
  timeframeEnd: '2027-12-31',
};
const COMPLETE_USD = '270000.00';

const WEIGHTS: Record<QualityCheckCode, number> = {
  PROBLEM_STATED: 20,
  ACTIVITIES_CONCRETE: 20,
  TAXONOMY_CODED: 15,
  BUDGET_PRESENT: 10,
  BUDGET_PLAUSIBLE: 10,
  ALREADY_DONE: 8,
  NATIONAL_CONTRIBUTION: 7,
  PRIORITY_GIVEN: 5,
  TIMEFRAME_GIVEN: 5,
};

const failed = (assessment: QualityAssessment) => assessment.checks.filter((c) => !c.passed).map((c) => c.code);
const check = (assessment: QualityAssessment, code: QualityCheckCode) => {
  const found = assessment.checks.find((c) => c.code === code);
  if (!found) throw new Error(`no check ${code}`);
  return found;
};
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('assessNeedQuality', () => {
  it('scores a complete, specific need 100 with all 9 checks passed', () => {
    const assessment = assessNeedQuality(COMPLETE, COMPLETE_USD);
    expect(assessment.score).toBe(100);
    expect(assessment.checks).toHaveLength(9);
    expect(failed(assessment)).toEqual([]);
  });

  it('has one check per code, with the documented weights summing to 100', () => {
    const { checks } = assessNeedQuality(COMPLETE, COMPLETE_USD);
    expect(Object.fromEntries(checks.map((c) => [c.code, c.weight]))).toEqual(WEIGHTS);
    expect(checks.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    for (const c of checks) expect(c.hint.length).toBeGreaterThan(10);
  });

  it('scores an empty need 0 with every check failed', () => {
    const assessment = assessNeedQuality({}, null);
    expect(assessment.score).toBe(0);
    expect(failed(assessment)).toHaveLength(9);
  });

  it.each<[string, Partial<NeedFields>, QualityCheckCode]>([
    ['no problem', { problem: undefined }, 'PROBLEM_STATED'],
    ['a problem of 19 words', { problem: words(19) }, 'PROBLEM_STATED'],
    ['no activities', { proposedActivities: undefined }, 'ACTIVITIES_CONCRETE'],
    ['activities under 80 characters, with figures and steps', { proposedActivities: '1. Buy 3 machines.\n2. Train 20 armourers.' }, 'ACTIVITIES_CONCRETE'],
    [
      'long activities without steps or figures',
      { proposedActivities: 'The project will strengthen the capacity of the national police to manage its weapons in a better way overall.' },
      'ACTIVITIES_CONCRETE',
    ],
    ['no thematic area', { thematicAreas: [] }, 'TAXONOMY_CODED'],
    ['no type of assistance', { assistanceTypes: undefined }, 'TAXONOMY_CODED'],
    ['no budget amount (USD still known)', { budgetAmount: null }, 'BUDGET_PRESENT'],
    ['no budget currency (USD still known)', { budgetCurrency: null }, 'BUDGET_PRESENT'],
    ['no alreadyDone', { alreadyDone: null }, 'ALREADY_DONE'],
    ['an alreadyDone of 4 words', { alreadyDone: 'A survey in 2025.' }, 'ALREADY_DONE'],
    ['no national contribution', { nationalContribution: null }, 'NATIONAL_CONTRIBUTION'],
    ['a national contribution of 2 words', { nationalContribution: 'Premises, staff.' }, 'NATIONAL_CONTRIBUTION'],
    ['no priority', { priorityRank: null }, 'PRIORITY_GIVEN'],
    ['a priority left out', { priorityRank: undefined }, 'PRIORITY_GIVEN'],
    ['no timeframe start', { timeframeStart: null }, 'TIMEFRAME_GIVEN'],
    ['no timeframe end', { timeframeEnd: undefined }, 'TIMEFRAME_GIVEN'],
  ])('with %s, fails only %s', (_label, change, code) => {
    const assessment = assessNeedQuality({ ...COMPLETE, ...change }, COMPLETE_USD);
    expect(failed(assessment)).toEqual([code]);
    expect(assessment.score).toBe(100 - WEIGHTS[code]);
  });

  it('passes PROBLEM_STATED from 20 words', () => {
    expect(check(assessNeedQuality({ problem: words(20) }, null), 'PROBLEM_STATED').passed).toBe(true);
    expect(check(assessNeedQuality({ problem: `  ${words(19)}\n\n ` }, null), 'PROBLEM_STATED').passed).toBe(false);
  });

  it('passes ALREADY_DONE from 5 words and NATIONAL_CONTRIBUTION from 3', () => {
    const assessment = assessNeedQuality({ alreadyDone: words(5), nationalContribution: words(3) }, null);
    expect(check(assessment, 'ALREADY_DONE').passed).toBe(true);
    expect(check(assessment, 'NATIONAL_CONTRIBUTION').passed).toBe(true);
  });

  it('reads activities listed as steps without figures as concrete', () => {
    const stepped = 'Train the customs officers in marking; buy the marking machines for the armoury; set up the register';
    expect(stepped.length).toBeGreaterThanOrEqual(80);
    expect(check(assessNeedQuality({ proposedActivities: stepped }, null), 'ACTIVITIES_CONCRETE').passed).toBe(true);
    const bulleted = '- Train the customs officers in marking\n- Buy the marking machines for the armoury\n- Set up the register';
    expect(check(assessNeedQuality({ proposedActivities: bulleted }, null), 'ACTIVITIES_CONCRETE').passed).toBe(true);
  });

  it('reads long activities with figures as concrete, even in one sentence', () => {
    const text = 'The project would train about 40 police armourers in the safe management of the stocks of the armouries.';
    expect(check(assessNeedQuality({ proposedActivities: text }, null), 'ACTIVITIES_CONCRETE').passed).toBe(true);
  });

  it('fails BUDGET_PRESENT and BUDGET_PLAUSIBLE for a need without a budget', () => {
    const assessment = assessNeedQuality({ ...COMPLETE, budgetAmount: null, budgetCurrency: null }, null);
    expect(failed(assessment)).toEqual(['BUDGET_PRESENT', 'BUDGET_PLAUSIBLE']);
    expect(assessment.score).toBe(80);
  });

  it('has the documented plausible range', () => {
    expect(PLAUSIBLE_BUDGET_USD).toEqual({ min: 5000, max: 25_000_000 });
  });

  it.each([
    ['5000', true],
    ['5000.00', true],
    ['25000000.00', true],
    ['4999.99', false],
    ['25000000.01', false],
    ['120', false],
    ['90000000', false],
  ])('with a budget of USD %s, BUDGET_PLAUSIBLE passes: %s (BUDGET_PRESENT always)', (usd, plausible) => {
    const assessment = assessNeedQuality(COMPLETE, usd);
    expect(check(assessment, 'BUDGET_PRESENT').passed).toBe(true);
    expect(check(assessment, 'BUDGET_PLAUSIBLE').passed).toBe(plausible);
    expect(assessment.score).toBe(plausible ? 100 : 90);
  });

  it('does not call a budget plausible without its USD equivalent (no exchange rate)', () => {
    const assessment = assessNeedQuality(COMPLETE, null);
    expect(failed(assessment)).toEqual(['BUDGET_PLAUSIBLE']);
    expect(check(assessment, 'BUDGET_PRESENT').passed).toBe(true);
    expect(assessment.score).toBe(90);
  });

  describe('Chinese text', () => {
    const chinese = (n: number) => '标记登记追查枪支弹药库存管理边境'.repeat(3).slice(0, n);

    it('counts a 40-character Chinese problem as 20 words', () => {
      expect(chinese(40)).toHaveLength(40);
      expect(check(assessNeedQuality({ problem: chinese(40) }, null), 'PROBLEM_STATED').passed).toBe(true);
    });

    it('counts a 38-character Chinese problem as 19 words', () => {
      expect(check(assessNeedQuality({ problem: chinese(38) }, null), 'PROBLEM_STATED').passed).toBe(false);
    });

    it('counts Chinese pairs and Latin words together', () => {
      // 10 Chinese characters (5 words) + 15 Latin words
      expect(check(assessNeedQuality({ problem: `${chinese(10)} ${words(15)}` }, null), 'PROBLEM_STATED').passed).toBe(true);
      expect(check(assessNeedQuality({ problem: `${chinese(8)} ${words(15)}` }, null), 'PROBLEM_STATED').passed).toBe(false);
    });

    it('counts a 10-character Chinese alreadyDone as 5 words', () => {
      expect(check(assessNeedQuality({ alreadyDone: chinese(10) }, null), 'ALREADY_DONE').passed).toBe(true);
      expect(check(assessNeedQuality({ alreadyDone: chinese(7) }, null), 'ALREADY_DONE').passed).toBe(false);
    });
  });
});
