import { fieldsOf, messageFor, plainProblems, plainResult } from '../../core/src/validation/field-problems.fixtures.js';
import {
  checkOfferConsistency,
  OFFER_LIMITS,
  validateOfferFields,
  validateOfferTranslation,
  type OfferCodes,
  type OfferFields,
  type RawOfferFields,
} from './offer-fields.js';
import { OfferVisibility } from './offer.enums.js';

/** A few codes of each kind, standing in for the reference data. */
const CODES: OfferCodes = {
  thematicAreas: new Set(['MARKING', 'STOCKPILE']),
  assistanceTypes: new Set(['EQUIPMENT', 'TRAINING']),
  currencies: new Set(['USD', 'EUR', 'XOF']),
  states: new Set(['GHA', 'SEN', 'PER']),
  m49Areas: new Set(['002', '202', '011', '419']),
  regionalOrganisations: new Set(['ECOWAS', 'AU']),
};

/** The five required fields, valid. */
const BASE: RawOfferFields = {
  title: 'Training for armourers',
  description: 'Two weeks of training on marking and record-keeping.',
  budgetCurrency: 'EUR',
  budgetTotal: '500000.00',
  availableFrom: '2026-01-01',
};

const create = (raw: RawOfferFields) => plainResult(validateOfferFields({ ...BASE, ...raw }, CODES, { partial: false }));
const edit = (raw: RawOfferFields) => plainResult(validateOfferFields(raw, CODES, { partial: true }));

describe('validateOfferFields', () => {
  describe('required fields', () => {
    it('accepts a new offer with only its required fields, with every list empty and no place eligible yet', () => {
      const { fields, problems } = create({});
      expect(problems).toEqual([]);
      expect(fields).toEqual({
        title: 'Training for armourers',
        description: 'Two weeks of training on marking and record-keeping.',
        budgetCurrency: 'EUR',
        budgetTotal: '500000.00',
        availableFrom: '2026-01-01',
        eligibleEverywhere: false,
        assistanceTypes: [],
        thematicAreas: [],
        eligibleRegions: [],
        eligibleStates: [],
        eligibleRegionalOrganisations: [],
        workingLanguages: [],
      });
    });

    it('says which required fields are missing on creation', () => {
      const { problems } = validateOfferFields({}, CODES, { partial: false });
      expect(problems).toEqual([
        { field: 'title', reason: 'field.required', params: {}, message: 'is required' },
        { field: 'description', reason: 'field.required', params: {}, message: 'is required' },
        { field: 'budgetCurrency', reason: 'field.required', params: {}, message: 'is required' },
        { field: 'budgetTotal', reason: 'field.required', params: {}, message: 'is required' },
        { field: 'availableFrom', reason: 'field.required', params: {}, message: 'is required' },
      ]);
    });

    it.each(['title', 'description', 'budgetCurrency', 'budgetTotal', 'availableFrom'] as const)('requires %s on creation (absent or undefined)', (field) => {
      const { problems } = validateOfferFields({ ...BASE, [field]: undefined }, CODES, { partial: false });
      expect(problems).toEqual([{ field, reason: 'field.required', params: {}, message: 'is required' }]);
    });

    it.each(['title', 'description', 'budgetCurrency', 'budgetTotal', 'availableFrom'] as const)(
      'refuses %s blank or null, on creation and in an edit',
      (field) => {
        expect(create({ [field]: '  ' }).problems).toEqual([{ field, message: 'must not be empty' }]);
        expect(edit({ [field]: '' }).problems).toEqual([{ field, message: 'must not be empty' }]);
        expect(edit({ [field]: null }).problems).toEqual([{ field, message: 'must not be empty' }]);
      },
    );

    it('accepts an edit of a single field, giving only that field (no defaults)', () => {
      expect(edit({ title: '  New title ' })).toEqual({ fields: { title: 'New title' }, problems: [] });
      expect(edit({})).toEqual({ fields: {}, problems: [] });
    });

    it('does not default the lists or eligibleEverywhere in an edit', () => {
      const { fields } = edit({ thematicAreas: ['marking'] });
      expect(fields).toEqual({ thematicAreas: ['MARKING'] });
      expect('eligibleEverywhere' in fields).toBe(false);
      expect('eligibleStates' in fields).toBe(false);
    });
  });

  describe('text fields', () => {
    it('trims text and reads blank optional text as null (clearing it)', () => {
      const { fields, problems } = create({ modality: '  Grant  ', conditions: '', contactName: null });
      expect(problems).toEqual([]);
      expect(fields.modality).toBe('Grant');
      expect(fields.conditions).toBeNull();
      expect(fields.contactName).toBeNull();
    });

    it.each([
      ['title', OFFER_LIMITS.title],
      ['description', OFFER_LIMITS.description],
      ['modality', OFFER_LIMITS.modality],
      ['conditions', OFFER_LIMITS.conditions],
      ['contactName', OFFER_LIMITS.contactName],
    ] as const)('limits %s to %i characters', (field, max) => {
      expect(edit({ [field]: 'x'.repeat(max) }).problems).toEqual([]);
      expect(edit({ [field]: 'x'.repeat(max + 1) }).problems).toEqual([{ field, message: `must be at most ${max} characters (it has ${max + 1})` }]);
    });

    it('refuses text that is not text', () => {
      expect(edit({ title: 42 }).problems).toEqual([{ field: 'title', message: 'must be text' }]);
    });
  });

  describe('contactEmail', () => {
    it.each(['donor@example.org', ' a.b+c@mail.example.co.uk '])('accepts %j', (email) => {
      const { fields, problems } = edit({ contactEmail: email });
      expect(problems).toEqual([]);
      expect(fields.contactEmail).toBe(email.trim());
    });

    it.each(['donor', 'donor@example', '@example.org', 'donor@@example.org', 'do nor@example.org', 'donor@example .org'])('refuses %j', (email) => {
      expect(edit({ contactEmail: email }).problems).toEqual([{ field: 'contactEmail', message: 'must be an e-mail address' }]);
    });

    it('reads a blank e-mail as null', () => {
      expect(edit({ contactEmail: ' ' })).toEqual({ fields: { contactEmail: null }, problems: [] });
    });

    it('checks the length limit first', () => {
      const tooLong = `${'a'.repeat(OFFER_LIMITS.contactEmail)}@example.org`;
      expect(messageFor(edit({ contactEmail: tooLong }).problems, 'contactEmail')).toMatch(/^must be at most 320 characters/);
    });
  });

  describe('coded lists', () => {
    it('upper-cases, deduplicates and accepts known codes, from a list or from text', () => {
      const { fields, problems } = create({
        thematicAreas: 'marking; stockpile, MARKING',
        assistanceTypes: ['training'],
        eligibleRegions: ['002', ' 202 '],
        eligibleStates: 'gha,sen',
        eligibleRegionalOrganisations: ['ecowas'],
      });
      expect(problems).toEqual([]);
      expect(fields).toMatchObject({
        thematicAreas: ['MARKING', 'STOCKPILE'],
        assistanceTypes: ['TRAINING'],
        eligibleRegions: ['002', '202'],
        eligibleStates: ['GHA', 'SEN'],
        eligibleRegionalOrganisations: ['ECOWAS'],
      });
    });

    it.each([
      ['thematicAreas', ['MARKING', 'FISHING'], 'unknown thematic area code(s): FISHING'],
      ['assistanceTypes', ['cash', 'loans'], 'unknown assistance type code(s): CASH, LOANS'],
      ['eligibleRegions', ['002', '999'], 'unknown M49 area code(s): 999'],
      ['eligibleStates', 'gha;fra', 'unknown Member State code(s): FRA'],
      ['eligibleRegionalOrganisations', ['EU'], 'unknown regional organisation code(s): EU'],
    ] as const)('checks %s against its own codes, naming the kind', (field, input, message) => {
      expect(edit({ [field]: input }).problems).toEqual([{ field, message }]);
    });

    it('checks each list against its own set only', () => {
      expect(edit({ thematicAreas: ['TRAINING'] }).problems).toEqual([{ field: 'thematicAreas', message: 'unknown thematic area code(s): TRAINING' }]);
      expect(edit({ eligibleStates: ['002'] }).problems).toEqual([{ field: 'eligibleStates', message: 'unknown Member State code(s): 002' }]);
    });

    it('keeps the other list messages as they are', () => {
      expect(edit({ thematicAreas: 5 }).problems).toEqual([{ field: 'thematicAreas', message: 'must be a list (or text separated by ";" or ",")' }]);
      expect(edit({ eligibleStates: ['GHA', 7] }).problems).toEqual([{ field: 'eligibleStates', message: 'must be a list of texts' }]);
    });

    it(`limits each list to ${OFFER_LIMITS.listItems} items`, () => {
      const many = Array.from({ length: OFFER_LIMITS.listItems + 1 }, (_, i) => `CODE${i}`);
      expect(edit({ thematicAreas: many }).problems).toEqual([{ field: 'thematicAreas', message: `must have at most ${OFFER_LIMITS.listItems} items` }]);
    });

    it('reads a blank list as empty (clearing it in an edit)', () => {
      expect(edit({ eligibleStates: '', thematicAreas: null })).toEqual({ fields: { eligibleStates: [], thematicAreas: [] }, problems: [] });
    });
  });

  describe('eligibleEverywhere', () => {
    it.each([true, false])('accepts %j', (flag) => {
      expect(edit({ eligibleEverywhere: flag })).toEqual({ fields: { eligibleEverywhere: flag }, problems: [] });
      expect(create({ eligibleEverywhere: flag }).fields.eligibleEverywhere).toBe(flag);
    });

    it.each(['true', 1, 0, 'yes', null, []])('refuses %j, which is not a boolean', (flag) => {
      const { fields, problems } = edit({ eligibleEverywhere: flag });
      expect(problems).toEqual([{ field: 'eligibleEverywhere', message: 'must be true or false' }]);
      expect(fields).toEqual({});
    });
  });

  describe('workingLanguages', () => {
    it('accepts UN languages, lower-cased', () => {
      const { fields, problems } = edit({ workingLanguages: ['EN', 'fr', ' Es '] });
      expect(problems).toEqual([]);
      expect(fields.workingLanguages).toEqual(['en', 'fr', 'es']);
    });

    it('accepts them as text separated by ";" or ","', () => {
      expect(edit({ workingLanguages: 'ar;ZH, ru' }).fields.workingLanguages).toEqual(['ar', 'zh', 'ru']);
    });

    it('refuses other languages, naming them', () => {
      expect(edit({ workingLanguages: ['en', 'DE', 'pt'] }).problems).toEqual([
        { field: 'workingLanguages', message: 'must be UN languages (ar, zh, en, fr, ru, es), not de, pt' },
      ]);
    });

    it('refuses more than 6 languages', () => {
      expect(edit({ workingLanguages: ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'de'] }).problems).toEqual([
        { field: 'workingLanguages', message: 'must have at most 6 items' },
      ]);
    });

    it('refuses a list of non-texts', () => {
      expect(edit({ workingLanguages: [1] }).problems).toEqual([{ field: 'workingLanguages', message: 'must be a list of texts' }]);
    });
  });

  describe('budget', () => {
    it('reads the currency case-insensitively', () => {
      expect(create({ budgetCurrency: 'xof' }).fields.budgetCurrency).toBe('XOF');
    });

    it('names an unknown currency and refuses a badly written one', () => {
      expect(edit({ budgetCurrency: 'gbp' }).problems).toEqual([{ field: 'budgetCurrency', message: 'unknown currency GBP' }]);
      expect(edit({ budgetCurrency: 'EURO' }).problems).toEqual([{ field: 'budgetCurrency', message: 'must be an ISO 4217 code such as USD' }]);
    });

    it('reads amounts exactly, as decimal strings', () => {
      const { fields, problems } = create({ budgetTotal: 1234, budgetMinPerProject: '0050000', budgetMaxPerProject: '100000.5' });
      expect(problems).toEqual([]);
      expect(fields).toMatchObject({ budgetTotal: '1234', budgetMinPerProject: '50000', budgetMaxPerProject: '100000.5' });
    });

    it('refuses bad amounts in every amount field', () => {
      const { problems } = edit({ budgetTotal: '0', budgetMinPerProject: '-5', budgetMaxPerProject: '12,50' });
      expect(problems).toEqual([
        { field: 'budgetTotal', message: 'must be more than zero' },
        { field: 'budgetMinPerProject', message: expect.stringMatching(/^must be a positive decimal amount/) },
        { field: 'budgetMaxPerProject', message: expect.stringMatching(/^must be a positive decimal amount/) },
      ]);
    });

    it('lets an edit clear the per-project bounds', () => {
      expect(edit({ budgetMinPerProject: null, budgetMaxPerProject: '' })).toEqual({
        fields: { budgetMinPerProject: null, budgetMaxPerProject: null },
        problems: [],
      });
    });

    it('leaves the consistency of the bounds to checkOfferConsistency', () => {
      expect(create({ budgetMinPerProject: '900000', budgetMaxPerProject: '100' }).problems).toEqual([]);
    });
  });

  describe('dates', () => {
    it('accepts real dates and clears availableUntil when blank', () => {
      expect(edit({ availableFrom: '2024-02-29', availableUntil: '' })).toEqual({
        fields: { availableFrom: '2024-02-29', availableUntil: null },
        problems: [],
      });
    });

    it('refuses dates that do not exist', () => {
      expect(edit({ availableFrom: '2025-02-29', availableUntil: '2026-13-01' }).problems).toEqual([
        { field: 'availableFrom', message: 'must be a date written YYYY-MM-DD' },
        { field: 'availableUntil', message: 'must be a date written YYYY-MM-DD' },
      ]);
    });
  });

  describe('visibility and language', () => {
    it.each([
      ['public', OfferVisibility.PUBLIC],
      ['States_and_Donors', OfferVisibility.STATES_AND_DONORS],
      ['PRIVATE', OfferVisibility.PRIVATE],
    ])('reads visibility %j as %s', (input, expected) => {
      expect(edit({ visibility: input })).toEqual({ fields: { visibility: expected }, problems: [] });
    });

    it('refuses another visibility, listing the choices', () => {
      expect(edit({ visibility: 'SECRET' }).problems).toEqual([{ field: 'visibility', message: 'must be one of PUBLIC, STATES_AND_DONORS, PRIVATE' }]);
    });

    it('reads the language lower-cased and refuses a non-UN language', () => {
      expect(edit({ language: 'FR' }).fields.language).toBe('fr');
      expect(edit({ language: 'de' }).problems).toEqual([{ field: 'language', message: 'must be one of ar, zh, en, fr, ru, es' }]);
    });
  });

  it('reports every problem at once, one per field', () => {
    const { problems } = validateOfferFields(
      { title: '', thematicAreas: ['X'], eligibleEverywhere: 'yes', budgetCurrency: 'ZZZ', contactEmail: 'nobody', visibility: 'ALL' },
      CODES,
      { partial: false },
    );
    expect(fieldsOf(problems).sort()).toEqual(
      ['availableFrom', 'budgetCurrency', 'budgetTotal', 'contactEmail', 'description', 'eligibleEverywhere', 'thematicAreas', 'title', 'visibility'].sort(),
    );
    expect(messageFor(problems, 'title')).toBe('must not be empty');
    expect(messageFor(problems, 'description')).toBe('is required');
    expect(messageFor(problems, 'thematicAreas')).toBe('unknown thematic area code(s): X');
  });

  it('does not put a field with a problem in the fields', () => {
    const { fields } = create({ title: 'x'.repeat(OFFER_LIMITS.title + 1), budgetTotal: '-1' });
    expect('title' in fields).toBe(false);
    expect('budgetTotal' in fields).toBe(false);
    expect(fields.description).toBe(BASE.description);
  });
});

describe('checkOfferConsistency', () => {
  /** A coherent offer. */
  const OFFER: Partial<OfferFields> = {
    budgetTotal: '500000.00',
    budgetMinPerProject: '10000.00',
    budgetMaxPerProject: '100000.00',
    availableFrom: '2026-01-01',
    availableUntil: '2026-12-31',
    eligibleEverywhere: false,
    eligibleRegions: [],
    eligibleStates: ['GHA'],
    eligibleRegionalOrganisations: [],
  };
  const check = (changes: Partial<OfferFields>) => plainProblems(checkOfferConsistency({ ...OFFER, ...changes }));

  it('gives each problem its reason, with the amounts as decimal strings', () => {
    expect(checkOfferConsistency({ ...OFFER, budgetMinPerProject: '200000.00', budgetMaxPerProject: '100000.00' })).toEqual([
      {
        field: 'budgetMinPerProject',
        reason: 'offer.minAboveMax',
        params: { min: '200000.00', max: '100000.00' },
        message: 'is above the maximum per project (200000.00 > 100000.00)',
      },
    ]);
    expect(validateOfferFields({ thematicAreas: ['FISHING'] }, CODES, { partial: true }).problems).toEqual([
      {
        field: 'thematicAreas',
        reason: 'field.unknownCodes',
        params: { kind: 'thematicArea', codes: ['FISHING'] },
        message: 'unknown thematic area code(s): FISHING',
      },
    ]);
  });

  it('accepts a coherent offer', () => {
    expect(check({})).toEqual([]);
  });

  it('accepts bounds equal to each other and to the total, and a one-day window', () => {
    expect(check({ budgetMinPerProject: '500000', budgetMaxPerProject: '500000.00', availableUntil: '2026-01-01' })).toEqual([]);
  });

  it('accepts absent bounds and an open-ended window', () => {
    expect(check({ budgetMinPerProject: null, budgetMaxPerProject: null, availableUntil: null })).toEqual([]);
  });

  it('refuses a minimum per project above the maximum', () => {
    expect(check({ budgetMinPerProject: '200000.00', budgetMaxPerProject: '100000.00' })).toEqual([
      { field: 'budgetMinPerProject', message: 'is above the maximum per project (200000.00 > 100000.00)' },
    ]);
  });

  it('refuses a maximum per project above the total', () => {
    expect(check({ budgetMinPerProject: null, budgetMaxPerProject: '600000.00' })).toEqual([
      { field: 'budgetMaxPerProject', message: 'is above the total available (600000.00 > 500000.00)' },
    ]);
  });

  it('refuses a minimum per project above the total, even without a maximum', () => {
    expect(check({ budgetMinPerProject: '500000.01', budgetMaxPerProject: null })).toEqual([
      { field: 'budgetMinPerProject', message: 'is above the total available (500000.01 > 500000.00)' },
    ]);
  });

  it('reports every budget problem together', () => {
    expect(fieldsOf(check({ budgetMinPerProject: '900000', budgetMaxPerProject: '700000' }))).toEqual([
      'budgetMinPerProject',
      'budgetMaxPerProject',
      'budgetMinPerProject',
    ]);
  });

  it('compares amounts as exact decimals, not as text or floats', () => {
    expect(check({ budgetMinPerProject: '100000.10', budgetMaxPerProject: '100000.09' })).toEqual([
      { field: 'budgetMinPerProject', message: 'is above the maximum per project (100000.10 > 100000.09)' },
    ]);
    expect(check({ budgetMinPerProject: '100000.09', budgetMaxPerProject: '100000.10' })).toEqual([]);
    // As text, '9' > '10' and '90000' > '100000'.
    expect(check({ budgetTotal: '10', budgetMinPerProject: '9', budgetMaxPerProject: null })).toEqual([]);
    expect(check({ budgetMinPerProject: '90000', budgetMaxPerProject: '100000' })).toEqual([]);
    expect(check({ budgetMinPerProject: '100000.5', budgetMaxPerProject: '100000.50' })).toEqual([]);
    expect(check({ budgetTotal: '9007199254740993.00', budgetMinPerProject: null, budgetMaxPerProject: '9007199254740993.01' })).toEqual([
      { field: 'budgetMaxPerProject', message: 'is above the total available (9007199254740993.01 > 9007199254740993.00)' },
    ]);
  });

  it('refuses a window that ends before it starts', () => {
    expect(check({ availableFrom: '2026-06-01', availableUntil: '2026-05-31' })).toEqual([
      { field: 'availableUntil', message: 'ends (2026-05-31) before the window starts (2026-06-01)' },
    ]);
  });

  it('refuses an offer that nobody may benefit from', () => {
    expect(check({ eligibleStates: [] })).toEqual([
      { field: 'eligibleEverywhere', message: 'say who may benefit: everywhere, or regions, States or regional organisations' },
    ]);
    expect(fieldsOf(checkOfferConsistency({ budgetTotal: '1' }))).toEqual(['eligibleEverywhere']);
  });

  it.each([
    ['everywhere alone', { eligibleEverywhere: true, eligibleStates: [] }],
    [
      'everywhere without any list',
      { eligibleEverywhere: true, eligibleStates: undefined, eligibleRegions: undefined, eligibleRegionalOrganisations: undefined },
    ],
    ['a region', { eligibleStates: [], eligibleRegions: ['002'] }],
    ['a State', { eligibleStates: ['SEN'] }],
    ['a regional organisation', { eligibleStates: [], eligibleRegionalOrganisations: ['ECOWAS'] }],
  ] as [string, Partial<OfferFields>][])('is satisfied with %s as eligibility', (_, changes) => {
    expect(check(changes)).toEqual([]);
  });

  it('skips the checks whose fields are absent (a partial offer)', () => {
    expect(plainProblems(checkOfferConsistency({ eligibleEverywhere: true, budgetMinPerProject: '100', availableUntil: '2020-01-01' }))).toEqual([]);
  });
});

describe('working languages', () => {
  it('counts a language once whatever its case', () => {
    const codes = {
      thematicAreas: new Set<string>(),
      assistanceTypes: new Set<string>(),
      currencies: new Set<string>(),
      states: new Set<string>(),
      m49Areas: new Set<string>(),
      regionalOrganisations: new Set<string>(),
    };
    const { fields, problems } = validateOfferFields({ workingLanguages: ['en', 'EN', 'fr', 'FR', 'es', 'ES', 'ar'] }, codes, { partial: true });
    expect(problems).toEqual([]);
    expect(fields.workingLanguages).toEqual(['en', 'fr', 'es', 'ar']);
  });
});

describe('validateOfferTranslation', () => {
  it('trims the title and description', () => {
    expect(validateOfferTranslation({ title: ' Seguridad ', description: 'Equipo. ' })).toEqual({
      texts: { title: 'Seguridad', description: 'Equipo.' },
      problems: [],
    });
  });

  it('names an empty title and a description over its limit', () => {
    const { problems } = validateOfferTranslation({ title: '  ', description: 'x'.repeat(OFFER_LIMITS.description + 1) });
    expect(problems.map((p) => [p.field, p.reason, p.params])).toEqual([
      ['title', 'field.lengthOutOfRange', { min: 1, max: OFFER_LIMITS.title }],
      ['description', 'field.lengthOutOfRange', { min: 1, max: OFFER_LIMITS.description }],
    ]);
  });
});
