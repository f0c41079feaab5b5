import { ANY } from './entities/standing-criteria.entity.js';
import { MATCHING_CRITERIA_SQL, needMatchKeys } from './standing-criteria.service.js';

type MatchedNeed = Parameters<typeof needMatchKeys>[0];

const NEED: MatchedNeed = {
  thematicAreas: ['MARKING', 'STOCKPILE'],
  assistanceTypes: ['EQUIPMENT'],
  stateIso3: 'GHA',
  originalLanguage: 'fr',
  budgetUsd: '125000.00',
};
/** Ghana: Africa, Sub-Saharan Africa, Western Africa. */
const GHANA_AREAS = ['002', '202', '011'];

/** The SQL on one line, with single spaces, for assertions on its text. */
const SQL = MATCHING_CRITERIA_SQL.replace(/\s+/g, ' ').trim();

describe('ANY', () => {
  it("is '*'", () => {
    expect(ANY).toBe('*');
  });
});

describe('needMatchKeys', () => {
  it('gives the five parameters of MATCHING_CRITERIA_SQL, in order', () => {
    expect(needMatchKeys(NEED, GHANA_AREAS, ['en', 'es'])).toEqual([
      ['MARKING', 'STOCKPILE', '*'],
      ['EQUIPMENT', '*'],
      ['GHA', 'M49:002', 'M49:202', 'M49:011', '*'],
      ['fr', 'en', 'es', '*'],
      '125000.00',
    ]);
  });

  it('adds ANY to every list, even an empty one', () => {
    const keys = needMatchKeys({ ...NEED, thematicAreas: [], assistanceTypes: [] }, [], []);
    expect(keys).toEqual([[ANY], [ANY], ['GHA', ANY], ['fr', ANY], '125000.00']);
    for (const list of keys.slice(0, 4)) expect(list).toContain(ANY);
  });

  it('prefixes the M49 areas with "M49:" and keeps the State as it is', () => {
    const places = needMatchKeys(NEED, ['419', '005'], [])[2];
    expect(places).toEqual(['GHA', 'M49:419', 'M49:005', ANY]);
    expect(places).not.toContain('419');
  });

  it('includes the original language first, then the translation languages', () => {
    expect(needMatchKeys({ ...NEED, originalLanguage: 'ar' }, [], ['zh', 'ru'])[3]).toEqual(['ar', 'zh', 'ru', ANY]);
  });

  it('passes the USD budget last, or null when the need has none', () => {
    const withBudget = needMatchKeys(NEED, GHANA_AREAS, []);
    expect(withBudget).toHaveLength(5);
    expect(withBudget[4]).toBe('125000.00');
    const withoutBudget = needMatchKeys({ ...NEED, budgetUsd: null }, GHANA_AREAS, []);
    expect(withoutBudget).toHaveLength(5);
    expect(withoutBudget[4]).toBeNull();
  });

  it('does not change the need', () => {
    const need: MatchedNeed = { ...NEED, thematicAreas: ['MARKING'], assistanceTypes: ['TRAINING'] };
    needMatchKeys(need, GHANA_AREAS, ['en']);
    expect(need.thematicAreas).toEqual(['MARKING']);
    expect(need.assistanceTypes).toEqual(['TRAINING']);
  });
});

describe('MATCHING_CRITERIA_SQL', () => {
  it('uses exactly the parameters $1 to $5', () => {
    const used = new Set([...SQL.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    expect([...used].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('selects the id and organisation of standing criteria', () => {
    expect(SQL).toMatch(/^SELECT c\.id, c\.organisation_id FROM standing_criteria c WHERE /);
  });

  it('considers only active criteria', () => {
    expect(SQL).toMatch(/WHERE c\.active AND /);
  });

  it.each([
    ['thematic_areas', 1],
    ['assistance_types', 2],
    ['places', 3],
    ['languages', 4],
  ])('requires %s to overlap parameter $%i', (column, index) => {
    expect(SQL).toContain(`AND c.${column} && $${index}::text[]`);
  });

  it('lets criteria without a budget band match any need, with or without a budget', () => {
    expect(SQL).toContain('((c.budget_usd_min IS NULL AND c.budget_usd_max IS NULL) OR (');
  });

  it('never lets a budget band match a need without a budget', () => {
    expect(SQL).toContain(
      'OR ($5::numeric IS NOT NULL AND (c.budget_usd_min IS NULL OR c.budget_usd_min <= $5::numeric) AND (c.budget_usd_max IS NULL OR c.budget_usd_max >= $5::numeric)))',
    );
  });

  it('treats the band bounds as inclusive', () => {
    expect(SQL).toContain('c.budget_usd_min <= $5::numeric');
    expect(SQL).toContain('c.budget_usd_max >= $5::numeric');
    expect(SQL).not.toMatch(/budget_usd_min < \$5|budget_usd_max > \$5/);
  });

  it('has balanced parentheses', () => {
    let depth = 0;
    for (const char of SQL) {
      depth += char === '(' ? 1 : char === ')' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
