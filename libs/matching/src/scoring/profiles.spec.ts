import {
  cents,
  centsToDecimal,
  dateOfDay,
  dayNumber,
  needProfile,
  needThemeKeys,
  offerProfile,
  offerThemeKeys,
  placeKey,
  termIds,
  type MatchingReference,
  type NeedProfile,
  type NeedRow,
  type OfferProfile,
  type OfferRow,
} from './profiles.js';
import { themeLevel } from './score.js';

const REFERENCE: MatchingReference = {
  placesByState: new Map([
    ['GHA', ['S:GHA', 'R:002', 'R:202', 'R:011', 'O:AU', 'O:ECOWAS']],
    ['KEN', ['S:KEN', 'R:002', 'R:202', 'R:014', 'O:AU', 'O:EAC']],
  ]),
  modulesByArea: new Map([
    ['MARKING', ['05.30']],
    ['RECORD_KEEPING', ['05.30']],
    ['TRACING', ['05.31']],
    ['LEGISLATION', ['03.10', '03.20', '03.30', '03.50']],
    ['MANUFACTURE', ['03.10']],
    ['BROKERING', []],
  ]),
};

const needRow = (overrides: Partial<NeedRow> = {}): NeedRow => ({
  id: 'need-1',
  status: 'PUBLISHED',
  visibility: 'PUBLIC',
  state_iso3: 'GHA',
  thematic_areas: ['TRACING', 'MARKING'],
  mosaic_modules: ['05.31'],
  assistance_types: ['TRAINING', 'EQUIPMENT'],
  budget_amount: '45000.00',
  budget_currency: 'EUR',
  budget_usd: '48825.50',
  timeframe_start: '2027-03-01',
  timeframe_end: '2027-08-31',
  valid_until: '2027-12-31',
  original_language: 'en',
  translation_languages: ['fr'],
  terms: ['mark', 'firearm', 'record'],
  ...overrides,
});

const offerRow = (overrides: Partial<OfferRow> = {}): OfferRow => ({
  id: 'offer-1',
  organisation_id: 'org-1',
  status: 'PUBLISHED',
  visibility: 'STATES_AND_DONORS',
  eligible_everywhere: false,
  eligible_regions: ['011'],
  eligible_states: ['KEN', 'GHA'],
  eligible_regional_organisations: ['ECOWAS'],
  thematic_areas: ['RECORD_KEEPING', 'LEGISLATION'],
  assistance_types: ['TRAINING'],
  budget_currency: 'EUR',
  budget_min_per_project: '10000.00',
  budget_max_per_project: '80000.00',
  budget_remaining: '150000.00',
  budget_min_per_project_usd: '10850.00',
  budget_max_per_project_usd: '86800.00',
  budget_remaining_usd: '162750.10',
  available_from: '2027-02-01',
  available_until: '2028-01-31',
  working_languages: ['fr', 'en'],
  original_language: 'es',
  translation_languages: ['fr', 'en'],
  terms: ['record', 'law'],
  ...overrides,
});

describe('cents', () => {
  it.each([
    ['0.1', 10],
    ['0.10', 10],
    ['0.01', 1],
    ['0.05', 5],
    ['1234.5', 123450],
    ['12.34', 1234],
    ['100', 10000],
    ['0', 0],
    ['0.00', 0],
    ['48825.50', 4882550],
    ['-5.00', -500],
    ['-0.50', -50],
    ['-0.05', -5],
    ['-1234.56', -123456],
    ['9999999999999.99', 999999999999999],
  ])('%s -> %i', (decimal, expected) => {
    expect(cents(decimal)).toBe(expected);
  });

  it('is exact where Number(decimal) * 100 is not (4.35 * 100 = 434.99999999999994)', () => {
    for (const [decimal, expected] of [
      ['4.35', 435],
      ['1.15', 115],
      ['0.29', 29],
      ['1.13', 113],
      ['8.20', 820],
      ['0.57', 57],
    ] as const) {
      expect(cents(decimal)).toBe(expected);
      expect(Number.isInteger(cents(decimal))).toBe(true);
    }
  });

  it('is null for null', () => {
    expect(cents(null)).toBeNull();
  });
});

describe('centsToDecimal', () => {
  it.each([
    [123450, '1234.50'],
    [1234, '12.34'],
    [10, '0.10'],
    [5, '0.05'],
    [0, '0.00'],
    [100, '1.00'],
    [-500, '-5.00'],
    [-5, '-0.05'],
    [-123456, '-1234.56'],
    [999999999999999, '9999999999999.99'],
  ])('%i -> %s', (value, expected) => {
    expect(centsToDecimal(value)).toBe(expected);
  });

  it('round-trips with cents for every amount from -20.00 to 20.00 and a few large ones', () => {
    for (let value = -2000; value <= 2000; value++) expect(cents(centsToDecimal(value))).toBe(value);
    for (const value of [4882550, 16275010, 100000000099, -100000000099]) expect(cents(centsToDecimal(value))).toBe(value);
  });
});

describe('dayNumber and dateOfDay', () => {
  it('counts days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-01-01')).toBe(10957);
    expect(dayNumber('2027-01-01')).toBe(20819);
  });

  it('counts leap days', () => {
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    expect(dayNumber('2027-03-01') - dayNumber('2027-02-28')).toBe(1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('2100-03-01') - dayNumber('2100-02-28')).toBe(1);
    expect(dayNumber('2029-01-01') - dayNumber('2028-01-01')).toBe(366);
    expect(dayNumber('2028-01-01') - dayNumber('2027-01-01')).toBe(365);
  });

  it('gives the date of a day number', () => {
    expect(dateOfDay(0)).toBe('1970-01-01');
    expect(dateOfDay(20819)).toBe('2027-01-01');
    expect(dateOfDay(dayNumber('2028-02-28') + 1)).toBe('2028-02-29');
    expect(dateOfDay(dayNumber('2028-02-29') + 1)).toBe('2028-03-01');
    expect(dateOfDay(dayNumber('2100-02-28') + 1)).toBe('2100-03-01');
  });

  it('round-trips every day from 2024 to 2032, one day apart', () => {
    let previous = dayNumber('2023-12-31');
    for (let day = dayNumber('2024-01-01'); day <= dayNumber('2032-12-31'); day++) {
      const date = dateOfDay(day);
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(dayNumber(date)).toBe(day);
      expect(day - previous).toBe(1);
      previous = day;
    }
    expect(dateOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(dateOfDay(dayNumber('2032-02-29'))).toBe('2032-02-29');
  });

  it('gives whole numbers', () => {
    for (const date of ['2027-03-31', '2027-10-31', '2028-02-29']) expect(Number.isInteger(dayNumber(date))).toBe(true);
  });
});

describe('termIds', () => {
  it('gives sorted unique ids', () => {
    const ids = termIds(['tz-b', 'tz-a', 'tz-b', 'tz-c', 'tz-a']);
    expect(ids).toBeInstanceOf(Int32Array);
    expect(ids).toHaveLength(3);
    for (let i = 1; i < ids.length; i++) expect(ids[i]).toBeGreaterThan(ids[i - 1]);
  });

  it('gives the same id to the same lexeme across calls, whatever the order', () => {
    const first = termIds(['ty-1', 'ty-2', 'ty-3']);
    expect([...termIds(['ty-3', 'ty-1', 'ty-2'])]).toEqual([...first]);
    const [one] = termIds(['ty-1']);
    const [two] = termIds(['ty-2']);
    expect([...first]).toEqual(expect.arrayContaining([one, two]));
    expect(one).not.toBe(two);
    expect([...termIds(['ty-2', 'ty-new', 'ty-1'])]).toEqual(expect.arrayContaining([one, two]));
  });

  it('sorts numerically, not as text', () => {
    const many = Array.from({ length: 40 }, (_, i) => `tx-${i}`);
    const ids = [...termIds([...many].reverse())];
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids).toHaveLength(40);
  });

  it('gives an empty array for no lexemes', () => {
    expect(termIds([])).toHaveLength(0);
  });
});

describe('needProfile', () => {
  it('reads a published public need', () => {
    const profile = needProfile(needRow(), REFERENCE);
    expect({ ...profile, terms: [...profile.terms], basis: typeof profile.basis }).toEqual({
      id: 'need-1',
      listed: true,
      stateIso3: 'GHA',
      places: ['S:GHA', 'R:002', 'R:202', 'R:011', 'O:AU', 'O:ECOWAS'],
      areas: ['MARKING', 'TRACING'],
      modules: ['05.31'],
      areaModules: ['05.30', '05.31'],
      types: ['EQUIPMENT', 'TRAINING'],
      budgetUsdCents: 4882550,
      timeframe: { start: dayNumber('2027-03-01'), end: dayNumber('2027-08-31') },
      validUntil: dayNumber('2027-12-31'),
      languages: ['en', 'fr'],
      terms: [...termIds(['mark', 'firearm', 'record'])],
      basis: 'string',
    });
  });

  it.each([
    ['PUBLISHED', 'PUBLIC', true],
    ['PUBLISHED', 'STATES_AND_DONORS', true],
    ['PUBLISHED', 'PRIVATE', false],
    ['SUBMITTED', 'PUBLIC', false],
    ['DRAFT', 'PUBLIC', false],
    ['CLOSED', 'PUBLIC', false],
    ['EXPIRED', 'PUBLIC', false],
  ])('a %s %s need is listed: %s', (status, visibility, listed) => {
    expect(needProfile(needRow({ status, visibility }), REFERENCE).listed).toBe(listed);
  });

  it("takes the State's places from the reference, or the State alone when unknown", () => {
    expect(needProfile(needRow({ state_iso3: 'KEN' }), REFERENCE).places).toEqual(['S:KEN', 'R:002', 'R:202', 'R:014', 'O:AU', 'O:EAC']);
    expect(needProfile(needRow({ state_iso3: 'XXA' }), REFERENCE).places).toEqual([placeKey.state('XXA')]);
  });

  it('takes the modules of its areas from the crosswalk, sorted and unique; unknown areas have none', () => {
    const profile = needProfile(needRow({ thematic_areas: ['RECORD_KEEPING', 'LEGISLATION', 'MARKING', 'UNKNOWN', 'BROKERING'] }), REFERENCE);
    expect(profile.areas).toEqual(['BROKERING', 'LEGISLATION', 'MARKING', 'RECORD_KEEPING', 'UNKNOWN']);
    expect(profile.areaModules).toEqual(['03.10', '03.20', '03.30', '03.50', '05.30']);
  });

  it('has no timeframe unless both ends are given', () => {
    expect(needProfile(needRow({ timeframe_start: null }), REFERENCE).timeframe).toBeNull();
    expect(needProfile(needRow({ timeframe_end: null }), REFERENCE).timeframe).toBeNull();
  });

  it('has no budget without a USD amount', () => {
    expect(needProfile(needRow({ budget_usd: null }), REFERENCE).budgetUsdCents).toBeNull();
    expect(needProfile(needRow({ budget_amount: null, budget_currency: null, budget_usd: null }), REFERENCE).budgetUsdCents).toBeNull();
  });

  it('trims, sorts and deduplicates the languages', () => {
    expect(needProfile(needRow({ original_language: 'fr ', translation_languages: [' en', 'fr', 'ar'] }), REFERENCE).languages).toEqual(['ar', 'en', 'fr']);
  });

  describe('basis', () => {
    const basis = (overrides: Partial<NeedRow>) => needProfile(needRow(overrides), REFERENCE).basis;
    const original = basis({});

    it('is a short stable fingerprint', () => {
      expect(original).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(basis({})).toBe(original);
    });

    it.each([
      ['the texts (terms)', { terms: ['entirely', 'different'] }],
      ['the status', { status: 'SUBMITTED' }],
      ['the visibility', { visibility: 'PRIVATE' }],
      [
        'the order of areas, modules, types and translations',
        {
          thematic_areas: ['MARKING', 'TRACING'],
          mosaic_modules: ['05.31', '05.31'],
          assistance_types: ['EQUIPMENT', 'TRAINING'],
          translation_languages: ['fr', 'en'],
        },
      ],
    ] as [string, Partial<NeedRow>][])('does not change with %s', (_what, overrides) => {
      expect(basis(overrides)).toBe(original);
    });

    it.each([
      ['the State', { state_iso3: 'KEN' }],
      ['an area', { thematic_areas: ['MARKING'] }],
      ['a module', { mosaic_modules: ['05.30'] }],
      ['a type', { assistance_types: ['TRAINING'] }],
      ['the budget amount', { budget_amount: '45000.01' }],
      ['the budget currency', { budget_currency: 'USD' }],
      ['the timeframe start', { timeframe_start: '2027-03-02' }],
      ['the timeframe end', { timeframe_end: null }],
      ['the valid-until date', { valid_until: '2028-01-01' }],
      ['a translation', { translation_languages: ['fr', 'es'] }],
      ['the original language', { original_language: 'es' }],
    ] as [string, Partial<NeedRow>][])('changes with %s', (_what, overrides) => {
      expect(basis(overrides)).not.toBe(original);
    });
  });
});

describe('offerProfile', () => {
  it('reads a published offer', () => {
    const profile = offerProfile(offerRow(), REFERENCE);
    expect({ ...profile, terms: [...profile.terms], basis: typeof profile.basis }).toEqual({
      id: 'offer-1',
      organisationId: 'org-1',
      listed: true,
      everywhere: false,
      places: ['O:ECOWAS', 'R:011', 'S:GHA', 'S:KEN'],
      areas: ['LEGISLATION', 'RECORD_KEEPING'],
      areaModules: ['03.10', '03.20', '03.30', '03.50', '05.30'],
      types: ['TRAINING'],
      minUsdCents: 1085000,
      maxUsdCents: 8680000,
      remainingUsdCents: 16275010,
      availableFrom: dayNumber('2027-02-01'),
      availableUntil: dayNumber('2028-01-31'),
      languages: ['en', 'fr'],
      textLanguages: ['en', 'es', 'fr'],
      terms: [...termIds(['record', 'law'])],
      basis: 'string',
    });
  });

  it.each([
    ['PUBLISHED', 'PUBLIC', true],
    ['PUBLISHED', 'STATES_AND_DONORS', true],
    ['PUBLISHED', 'PRIVATE', false],
    ['EXHAUSTED', 'PUBLIC', false],
    ['SUBMITTED', 'PUBLIC', false],
    ['EXPIRED', 'PUBLIC', false],
  ])('a %s %s offer is listed: %s', (status, visibility, listed) => {
    expect(offerProfile(offerRow({ status, visibility }), REFERENCE).listed).toBe(listed);
  });

  it('has no places when eligible everywhere', () => {
    const profile = offerProfile(offerRow({ eligible_everywhere: true }), REFERENCE);
    expect(profile.everywhere).toBe(true);
    expect(profile.places).toEqual([]);
  });

  it('has no USD amounts without an exchange rate, and an open window without an end', () => {
    const profile = offerProfile(
      offerRow({ budget_min_per_project_usd: null, budget_max_per_project_usd: null, budget_remaining_usd: null, available_until: null }),
      REFERENCE,
    );
    expect([profile.minUsdCents, profile.maxUsdCents, profile.remainingUsdCents, profile.availableUntil]).toEqual([null, null, null, null]);
  });

  it('has no areas and no modules when open to any theme', () => {
    const profile = offerProfile(offerRow({ thematic_areas: [] }), REFERENCE);
    expect(profile.areas).toEqual([]);
    expect(profile.areaModules).toEqual([]);
  });

  describe('basis', () => {
    const basis = (overrides: Partial<OfferRow>) => offerProfile(offerRow(overrides), REFERENCE).basis;
    const original = basis({});

    it.each([
      ['the texts (terms)', { terms: ['other'] }],
      ['the languages of its text', { original_language: 'fr', translation_languages: [] }],
      ['the status', { status: 'EXHAUSTED' }],
      [
        'the order of states, areas and languages',
        {
          eligible_states: ['GHA', 'KEN'],
          thematic_areas: ['LEGISLATION', 'RECORD_KEEPING'],
          working_languages: ['en', 'fr'],
        },
      ],
    ] as [string, Partial<OfferRow>][])('does not change with %s', (_what, overrides) => {
      expect(basis(overrides)).toBe(original);
    });

    it.each([
      ['eligibility everywhere', { eligible_everywhere: true }],
      ['an eligible State', { eligible_states: ['GHA'] }],
      ['an eligible region', { eligible_regions: ['014'] }],
      ['an eligible regional organisation', { eligible_regional_organisations: ['AU'] }],
      ['an area', { thematic_areas: ['RECORD_KEEPING'] }],
      ['a type', { assistance_types: ['TRAINING', 'FINANCIAL'] }],
      ['the currency', { budget_currency: 'USD' }],
      ['the minimum', { budget_min_per_project: null }],
      ['the maximum', { budget_max_per_project: '80000.50' }],
      ['what remains', { budget_remaining: '149000.00' }],
      ['the opening date', { available_from: '2027-02-02' }],
      ['the closing date', { available_until: null }],
      ['a language', { working_languages: ['fr'] }],
    ] as [string, Partial<OfferRow>][])('changes with %s', (_what, overrides) => {
      expect(basis(overrides)).not.toBe(original);
    });
  });
});

describe('needThemeKeys and offerThemeKeys', () => {
  /** Every combination of up to two areas of the reference (and none), with or without a named module. */
  const AREAS = [...REFERENCE.modulesByArea.keys()];
  const areaSets: string[][] = [[]];
  for (let i = 0; i < AREAS.length; i++) {
    areaSets.push([AREAS[i]]);
    for (let j = i + 1; j < AREAS.length; j++) areaSets.push([AREAS[i], AREAS[j]]);
  }
  const modulesOf = (areas: string[]) => [...new Set(areas.flatMap((a) => REFERENCE.modulesByArea.get(a) ?? []))].sort();
  const baseNeed = needProfile(needRow(), REFERENCE);
  const baseOffer = offerProfile(offerRow(), REFERENCE);
  const needs: NeedProfile[] = areaSets.flatMap((areas) =>
    [[], ['05.30'], ['05.31'], ['03.10', '03.21']].map((modules) => ({ ...baseNeed, areas, modules, areaModules: modulesOf(areas) })),
  );
  const offers: OfferProfile[] = areaSets.map((areas) => ({ ...baseOffer, areas, areaModules: modulesOf(areas) }));

  it('overlap exactly when the pair has a theme level', () => {
    let related = 0;
    for (const n of needs) {
      const keys = new Set(needThemeKeys(n));
      for (const o of offers) {
        const overlap = offerThemeKeys(o).some((k) => keys.has(k));
        const level = themeLevel(n, o);
        const pair = { need: [n.areas, n.modules], offer: o.areas };
        expect({ pair, overlap }).toEqual({ pair, overlap: level !== null });
        if (level !== null) related++;
      }
    }
    expect(related).toBeGreaterThan(100);
    expect(related).toBeLessThan(needs.length * offers.length);
  });

  it('gives an open offer the wildcard key every need has', () => {
    expect(offerThemeKeys({ areas: [], areaModules: [] })).toEqual(['A:*']);
    expect(needThemeKeys({ areas: [], modules: [], areaModules: [] })).toEqual(['A:*']);
  });

  it('keys areas and modules apart, and lists a module once', () => {
    expect(needThemeKeys({ areas: ['MARKING'], modules: ['05.30', '05.31'], areaModules: ['05.30'] })).toEqual(['A:MARKING', 'M:05.30', 'M:05.31', 'A:*']);
    expect(offerThemeKeys({ areas: ['MARKING', 'TRACING'], areaModules: ['05.30', '05.31'] })).toEqual(['A:MARKING', 'A:TRACING', 'M:05.30', 'M:05.31']);
  });
});
