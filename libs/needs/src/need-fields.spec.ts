import { fieldsOf, messageFor, plainResult } from '../../core/src/validation/field-problems.fixtures.js';
import { NEED_LIMITS, validateNeedFields, validateNeedTranslation, type KnownCodes, type RawNeedFields } from './need-fields.js';

/** A few codes of each kind, standing in for the reference data. */
const known: KnownCodes = {
  thematicAreas: new Set(['MARKING', 'STOCKPILE', 'BORDER_CONTROL']),
  assistanceTypes: new Set(['EQUIPMENT', 'TRAINING']),
  mosaicModules: new Set(['05.30', '03.20']),
  currencies: new Set(['USD', 'EUR', 'XOF']),
};

const TODAY = '2026-11-27';

/** The three required fields, valid. */
const BASE: RawNeedFields = {
  title: 'Marking machines for the national police',
  problem: 'Weapons held by the police are not marked at import.',
  proposedActivities: 'Buy 3 marking machines and train 20 armourers.',
};

const create = (raw: RawNeedFields) => plainResult(validateNeedFields({ ...BASE, ...raw }, known, { partial: false, today: TODAY }));
const edit = (raw: RawNeedFields) => plainResult(validateNeedFields(raw, known, { partial: true, today: TODAY }));

describe('validateNeedFields', () => {
  describe('required fields', () => {
    it('accepts a new need with only its required fields, and gives every list as empty', () => {
      const { fields, problems } = create({});
      expect(problems).toEqual([]);
      expect(fields).toEqual({
        title: 'Marking machines for the national police',
        problem: 'Weapons held by the police are not marked at import.',
        proposedActivities: 'Buy 3 marking machines and train 20 armourers.',
        thematicAreas: [],
        assistanceTypes: [],
        mosaicModules: [],
        poaParagraphs: [],
        itiParagraphs: [],
      });
    });

    it('requires title, problem and proposedActivities on create', () => {
      const { fields, problems } = validateNeedFields({}, known, { partial: false, today: TODAY });
      expect(problems).toEqual([
        { field: 'title', reason: 'field.required', params: {}, message: 'is required' },
        { field: 'problem', reason: 'field.required', params: {}, message: 'is required' },
        { field: 'proposedActivities', reason: 'field.required', params: {}, message: 'is required' },
      ]);
      expect(fields).not.toHaveProperty('title');
    });

    it('counts a key set to undefined as absent', () => {
      const { problems } = create({ title: undefined });
      expect(problems).toEqual([{ field: 'title', message: 'is required' }]);
    });

    it.each(['title', 'problem', 'proposedActivities'] as const)('refuses a blank %s, on create and on edit', (key) => {
      for (const blank of ['', '   ', null]) {
        expect(create({ [key]: blank }).problems).toEqual([{ field: key, message: 'must not be empty' }]);
        expect(edit({ [key]: blank }).problems).toEqual([{ field: key, message: 'must not be empty' }]);
      }
    });

    it('refuses a text that is not a string', () => {
      const { fields, problems } = create({ title: 42, alreadyDone: ['a'] });
      expect(problems).toEqual([
        { field: 'title', message: 'must be text' },
        { field: 'alreadyDone', message: 'must be text' },
      ]);
      expect(fields).not.toHaveProperty('title');
      expect(fields).not.toHaveProperty('alreadyDone');
    });

    it('checks nothing and sets nothing on an empty edit', () => {
      const { fields, problems } = edit({});
      expect(problems).toEqual([]);
      expect(fields).toEqual({});
    });

    it('on an edit, sets only the keys present', () => {
      const { fields, problems } = edit({ alreadyDone: '  A survey of 12 armouries in 2025.  ', priorityRank: 2 });
      expect(problems).toEqual([]);
      expect(fields).toEqual({ alreadyDone: 'A survey of 12 armouries in 2025.', priorityRank: 2 });
    });

    it('on an edit, still checks the keys present', () => {
      const { fields, problems } = edit({ thematicAreas: 'NOPE', visibility: 'everyone' });
      expect(fieldsOf(problems)).toEqual(['thematicAreas', 'visibility']);
      expect(fields).toEqual({});
    });
  });

  describe('texts', () => {
    it('trims every text', () => {
      const { fields, problems } = create({
        title: '  Marking machines \n',
        problem: '\tNo marking at import. ',
        proposedActivities: ' Buy 3 machines. ',
        alreadyDone: ' Survey. ',
        nationalContribution: ' Premises. ',
      });
      expect(problems).toEqual([]);
      expect(fields).toMatchObject({
        title: 'Marking machines',
        problem: 'No marking at import.',
        proposedActivities: 'Buy 3 machines.',
        alreadyDone: 'Survey.',
        nationalContribution: 'Premises.',
      });
    });

    it('has the documented limits', () => {
      expect(NEED_LIMITS).toMatchObject({
        title: 200,
        problem: 5000,
        proposedActivities: 5000,
        alreadyDone: 3000,
        nationalContribution: 2000,
        listItems: 20,
        paragraph: 30,
        maxPriorityRank: 100,
      });
    });

    it.each([
      ['title', 200],
      ['problem', 5000],
      ['proposedActivities', 5000],
      ['alreadyDone', 3000],
      ['nationalContribution', 2000],
    ] as const)('accepts %s up to %i characters and names the length of a longer one', (key, limit) => {
      const atLimit = create({ [key]: `  ${'x'.repeat(limit)}  ` });
      expect(atLimit.problems).toEqual([]);
      expect(atLimit.fields[key]).toHaveLength(limit);

      const over = create({ [key]: 'x'.repeat(limit + 1) });
      expect(over.problems).toEqual([{ field: key, message: `must be at most ${limit} characters (it has ${limit + 1})` }]);
      expect(over.fields).not.toHaveProperty(key);
    });

    it.each(['alreadyDone', 'nationalContribution'] as const)('turns a blank optional %s into null', (key) => {
      for (const blank of ['', '  \n ', null]) {
        const { fields, problems } = create({ [key]: blank });
        expect(problems).toEqual([]);
        expect(fields[key]).toBeNull();
        expect(edit({ [key]: blank }).fields).toEqual({ [key]: null });
      }
    });
  });

  describe('lists', () => {
    it('upper-cases, trims and checks codes given as an array', () => {
      const { fields, problems } = create({
        thematicAreas: [' marking', 'Stockpile '],
        assistanceTypes: ['training'],
        mosaicModules: ['05.30'],
      });
      expect(problems).toEqual([]);
      expect(fields.thematicAreas).toEqual(['MARKING', 'STOCKPILE']);
      expect(fields.assistanceTypes).toEqual(['TRAINING']);
      expect(fields.mosaicModules).toEqual(['05.30']);
    });

    it.each([
      ['marking;stockpile', ['MARKING', 'STOCKPILE']],
      ['marking, stockpile', ['MARKING', 'STOCKPILE']],
      ['marking; stockpile, border_control', ['MARKING', 'STOCKPILE', 'BORDER_CONTROL']],
      ['marking;;', ['MARKING']],
      [' ; , ', []],
    ])('splits the text %j by ";" or ","', (text, expected) => {
      const { fields, problems } = create({ thematicAreas: text });
      expect(problems).toEqual([]);
      expect(fields.thematicAreas).toEqual(expected);
    });

    it('removes duplicate codes, whatever their case', () => {
      const { fields } = create({ thematicAreas: ['MARKING', 'marking', ' Marking ', 'stockpile'], assistanceTypes: 'training;TRAINING' });
      expect(fields.thematicAreas).toEqual(['MARKING', 'STOCKPILE']);
      expect(fields.assistanceTypes).toEqual(['TRAINING']);
    });

    it.each(['', '   ', null])('reads the blank value %j as an empty list', (blank) => {
      expect(create({ poaParagraphs: blank, thematicAreas: blank }).fields).toMatchObject({ poaParagraphs: [], thematicAreas: [] });
      expect(edit({ poaParagraphs: blank })).toEqual({ fields: { poaParagraphs: [] }, problems: [] });
    });

    it('names the unknown codes and keeps none of the list', () => {
      const { fields, problems } = create({ thematicAreas: 'marking; foo; Bar' });
      const message = messageFor(problems, 'thematicAreas');
      expect(message).toBe('unknown code(s): FOO, BAR');
      expect(message).not.toContain('MARKING');
      expect(fields).not.toHaveProperty('thematicAreas');
    });

    it('checks each code list against its own codes', () => {
      const { problems } = create({ thematicAreas: ['TRAINING'], assistanceTypes: ['MARKING'], mosaicModules: ['MARKING'] });
      expect(problems).toEqual([
        { field: 'thematicAreas', message: 'unknown code(s): TRAINING' },
        { field: 'assistanceTypes', message: 'unknown code(s): MARKING' },
        { field: 'mosaicModules', message: 'unknown code(s): MARKING' },
      ]);
    });

    it('keeps paragraph references as written (trimmed, not upper-cased), without duplicates', () => {
      const { fields, problems } = create({ poaParagraphs: 'II.4; ii.4 (a); II.4', itiParagraphs: [' 8(a) ', '8(a)'] });
      expect(problems).toEqual([]);
      expect(fields.poaParagraphs).toEqual(['II.4', 'ii.4 (a)']);
      expect(fields.itiParagraphs).toEqual(['8(a)']);
    });

    it.each(['poaParagraphs', 'itiParagraphs'] as const)('accepts %s items up to 30 characters', (key) => {
      expect(create({ [key]: ['p'.repeat(30)] }).problems).toEqual([]);
      const { fields, problems } = create({ [key]: ['II.4', 'p'.repeat(31)] });
      expect(problems).toEqual([{ field: key, message: 'items must be at most 30 characters' }]);
      expect(fields).not.toHaveProperty(key);
    });

    it.each(['poaParagraphs', 'itiParagraphs', 'thematicAreas'] as const)('accepts at most 20 items in %s', (key) => {
      const twenty = Array.from({ length: 20 }, (_, i) => `P${i}`);
      const many = create({ [key]: [...twenty, 'P20'] });
      expect(many.problems).toEqual([{ field: key, message: 'must have at most 20 items' }]);
      expect(many.fields).not.toHaveProperty(key);
      if (key !== 'thematicAreas') {
        const ok = create({ [key]: twenty.join(';') });
        expect(ok.problems).toEqual([]);
        expect(ok.fields[key]).toHaveLength(20);
      }
    });

    it('counts the items after removing duplicates', () => {
      const twenty = Array.from({ length: 20 }, (_, i) => `P${i}`);
      const { fields, problems } = create({ poaParagraphs: [...twenty, 'P0', 'P1', ' P2 '] });
      expect(problems).toEqual([]);
      expect(fields.poaParagraphs).toEqual(twenty);
    });

    it.each([
      ['thematicAreas', ['MARKING', 5]],
      ['assistanceTypes', [null]],
      ['poaParagraphs', ['II.4', { ref: 'II.5' }]],
    ] as const)('refuses a non-text item in %s', (key, value) => {
      const { fields, problems } = create({ [key]: value });
      expect(problems).toEqual([{ field: key, message: 'must be a list of texts' }]);
      expect(fields).not.toHaveProperty(key);
    });

    it.each([42, true, { a: 1 }])('refuses the list value %j', (value) => {
      const { problems } = create({ itiParagraphs: value });
      expect(problems).toEqual([{ field: 'itiParagraphs', message: 'must be a list (or text separated by ";" or ",")' }]);
    });
  });

  describe('budget', () => {
    it.each([
      ['250000', '250000'],
      ['250000.5', '250000.5'],
      ['250000.50', '250000.50'],
      [' 250000.00 ', '250000.00'],
      ['0.01', '0.01'],
      ['1234567890123', '1234567890123'],
    ])('accepts the amount %j as %j', (amount, expected) => {
      const { fields, problems } = create({ budgetAmount: amount, budgetCurrency: 'USD' });
      expect(problems).toEqual([]);
      expect(fields.budgetAmount).toBe(expected);
      expect(fields.budgetCurrency).toBe('USD');
    });

    it.each([['-5'], ['12,50'], ['1e5'], ['1.234'], ['12345678901234'], ['250000.'], ['.5'], ['USD 100'], ['+100']])('refuses the amount %j', (amount) => {
      const { fields, problems } = create({ budgetAmount: amount, budgetCurrency: 'USD' });
      expect(problems).toEqual([{ field: 'budgetAmount', message: 'must be a positive decimal amount with a "." and at most 2 decimals, e.g. 250000.00' }]);
      expect(fields).not.toHaveProperty('budgetAmount');
      expect(fields).not.toHaveProperty('budgetCurrency');
    });

    it.each(['0', '0.00', '000', '0.0'])('refuses the zero amount %j', (amount) => {
      const { fields, problems } = create({ budgetAmount: amount, budgetCurrency: 'USD' });
      expect(problems).toEqual([{ field: 'budgetAmount', message: 'must be more than zero' }]);
      expect(fields).not.toHaveProperty('budgetAmount');
    });

    it('writes an amount given as a JSON number as its decimal text', () => {
      expect(create({ budgetAmount: 250000, budgetCurrency: 'EUR' }).fields).toMatchObject({ budgetAmount: '250000', budgetCurrency: 'EUR' });
      expect(create({ budgetAmount: 1250.5, budgetCurrency: 'EUR' }).fields).toMatchObject({ budgetAmount: '1250.5' });
    });

    it.each([-5, 0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 0.125, true])('refuses the amount value %p', (amount) => {
      const { fields, problems } = create({ budgetAmount: amount, budgetCurrency: 'EUR' });
      expect(fieldsOf(problems)).toEqual(['budgetAmount']);
      expect(fields).not.toHaveProperty('budgetAmount');
    });

    it('reports an amount without a currency on the currency', () => {
      for (const currency of [undefined, null, '  ']) {
        const { fields, problems } = create({ budgetAmount: '1000', budgetCurrency: currency });
        expect(problems).toEqual([{ field: 'budgetCurrency', message: 'is required with a budget amount' }]);
        expect(fields).not.toHaveProperty('budgetAmount');
      }
    });

    it('reports a currency without an amount on the amount', () => {
      for (const amount of [undefined, null, '']) {
        const { fields, problems } = create({ budgetAmount: amount, budgetCurrency: 'USD' });
        expect(problems).toEqual([{ field: 'budgetAmount', message: 'is required with a budget currency' }]);
        expect(fields).not.toHaveProperty('budgetCurrency');
      }
    });

    it('reports half a budget on an edit too', () => {
      expect(edit({ budgetAmount: '1000' }).problems).toEqual([{ field: 'budgetCurrency', message: 'is required with a budget amount' }]);
      expect(edit({ budgetCurrency: 'USD' }).problems).toEqual([{ field: 'budgetAmount', message: 'is required with a budget currency' }]);
    });

    it('reports both a bad amount and the missing currency', () => {
      expect(fieldsOf(create({ budgetAmount: '-5' }).problems)).toEqual(['budgetAmount', 'budgetCurrency']);
    });

    it('refuses an unknown currency, naming it', () => {
      const { fields, problems } = create({ budgetAmount: '1000', budgetCurrency: 'xyz' });
      expect(problems).toEqual([{ field: 'budgetCurrency', message: 'unknown currency XYZ' }]);
      expect(fields).not.toHaveProperty('budgetAmount');
      expect(fields).not.toHaveProperty('budgetCurrency');
    });

    it.each(['US', 'US$', 'DOLLAR', 840])('refuses the currency %j as not an ISO 4217 code', (currency) => {
      const { problems } = create({ budgetAmount: '1000', budgetCurrency: currency });
      expect(problems).toEqual([{ field: 'budgetCurrency', message: 'must be an ISO 4217 code such as USD' }]);
    });

    it('accepts a lower-case currency and upper-cases it', () => {
      const { fields, problems } = create({ budgetAmount: '1000', budgetCurrency: ' xof ' });
      expect(problems).toEqual([]);
      expect(fields).toMatchObject({ budgetAmount: '1000', budgetCurrency: 'XOF' });
    });

    it('sets both to null when amount and currency are blank', () => {
      for (const [amount, currency] of [
        [null, null],
        ['', ' '],
        [null, undefined],
      ]) {
        const { fields, problems } = edit({ budgetAmount: amount, budgetCurrency: currency });
        expect(problems).toEqual([]);
        expect(fields).toEqual({ budgetAmount: null, budgetCurrency: null });
      }
    });

    it('leaves the budget alone when neither key is given', () => {
      expect(create({}).fields).not.toHaveProperty('budgetAmount');
      expect(create({}).fields).not.toHaveProperty('budgetCurrency');
    });
  });

  describe('priorityRank', () => {
    it.each([
      [1, 1],
      [100, 100],
      ['3', 3],
      [' 42 ', 42],
    ])('accepts %j as %i', (value, expected) => {
      const { fields, problems } = create({ priorityRank: value });
      expect(problems).toEqual([]);
      expect(fields.priorityRank).toBe(expected);
    });

    it.each([0, 101, 2.5, 'x', '2.5', -1, true, [1]])('refuses %j', (value) => {
      const { fields, problems } = create({ priorityRank: value });
      expect(problems).toEqual([{ field: 'priorityRank', message: 'must be a whole number from 1 (highest) to 100' }]);
      expect(fields).not.toHaveProperty('priorityRank');
    });

    it.each([null, '', '  '])('reads %j as no rank', (value) => {
      expect(edit({ priorityRank: value })).toEqual({ fields: { priorityRank: null }, problems: [] });
    });
  });

  describe('dates', () => {
    it.each(['timeframeStart', 'timeframeEnd', 'validUntil'] as const)('accepts a real date in %s', (key) => {
      const { fields, problems } = edit({ [key]: ' 2028-02-29 ' });
      expect(problems).toEqual([]);
      expect(fields[key]).toBe('2028-02-29');
    });

    it.each(['2027-02-30', '2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '27-01-01', '2027-1-5', '01/02/2027', '2027-01-01T00:00:00Z'])(
      'refuses %j',
      (value) => {
        for (const key of ['timeframeStart', 'timeframeEnd', 'validUntil'] as const) {
          const { fields, problems } = edit({ [key]: value });
          expect(problems).toEqual([{ field: key, message: 'must be a date written YYYY-MM-DD' }]);
          expect(fields).not.toHaveProperty(key);
        }
      },
    );

    it('refuses a date that is not text', () => {
      expect(edit({ timeframeStart: 20270101 }).problems).toEqual([{ field: 'timeframeStart', message: 'must be a date written YYYY-MM-DD' }]);
    });

    it.each(['timeframeStart', 'timeframeEnd', 'validUntil'] as const)('reads a blank %s as null', (key) => {
      expect(edit({ [key]: '' })).toEqual({ fields: { [key]: null }, problems: [] });
      expect(edit({ [key]: null })).toEqual({ fields: { [key]: null }, problems: [] });
    });

    it('accepts a timeframe that ends when or after it starts', () => {
      expect(create({ timeframeStart: '2027-01-01', timeframeEnd: '2027-01-01' }).problems).toEqual([]);
      expect(create({ timeframeStart: '2027-01-01', timeframeEnd: '2028-06-30' }).fields).toMatchObject({
        timeframeStart: '2027-01-01',
        timeframeEnd: '2028-06-30',
      });
    });

    it('refuses a timeframe that ends before it starts, on timeframeEnd', () => {
      const { problems } = create({ timeframeStart: '2027-06-01', timeframeEnd: '2027-05-31' });
      expect(problems).toEqual([{ field: 'timeframeEnd', message: 'ends (2027-05-31) before it starts (2027-06-01)' }]);
    });

    it('requires validUntil to be after today', () => {
      expect(create({ validUntil: '2026-11-28' }).problems).toEqual([]);
      expect(create({ validUntil: TODAY }).problems).toEqual([{ field: 'validUntil', message: `must be after today (${TODAY})` }]);
      expect(create({ validUntil: '2025-12-31' }).problems).toEqual([{ field: 'validUntil', message: `must be after today (${TODAY})` }]);
    });
  });

  describe('visibility and language', () => {
    it.each([
      ['public', 'PUBLIC'],
      [' States_And_Donors ', 'STATES_AND_DONORS'],
      ['PRIVATE', 'PRIVATE'],
    ])('reads the visibility %j as %s', (value, expected) => {
      const { fields, problems } = create({ visibility: value });
      expect(problems).toEqual([]);
      expect(fields.visibility).toBe(expected);
    });

    it.each(['everyone', 'STATES', 3])('refuses the visibility %j', (value) => {
      const { fields, problems } = create({ visibility: value });
      expect(problems).toEqual([{ field: 'visibility', message: 'must be one of PUBLIC, STATES_AND_DONORS, PRIVATE' }]);
      expect(fields).not.toHaveProperty('visibility');
    });

    it.each([
      ['EN', 'en'],
      [' Zh ', 'zh'],
      ['ar', 'ar'],
      ['fr', 'fr'],
      ['ru', 'ru'],
      ['es', 'es'],
    ])('reads the language %j as %s', (value, expected) => {
      const { fields, problems } = create({ language: value });
      expect(problems).toEqual([]);
      expect(fields.language).toBe(expected);
    });

    it.each(['de', 'english', 'en-GB', 1])('refuses the language %j', (value) => {
      const { fields, problems } = create({ language: value });
      expect(problems).toEqual([{ field: 'language', message: 'must be one of ar, zh, en, fr, ru, es' }]);
      expect(fields).not.toHaveProperty('language');
    });

    it('reads blank visibility and language as null', () => {
      expect(edit({ visibility: ' ', language: null })).toEqual({ fields: { visibility: null, language: null }, problems: [] });
    });
  });

  it('gives every problem its reason and params', () => {
    const { problems } = validateNeedFields({ ...BASE, title: 'x'.repeat(201), budgetAmount: '100', priorityRank: 0, validUntil: TODAY }, known, {
      partial: false,
      today: TODAY,
    });
    expect(problems).toEqual([
      { field: 'title', reason: 'field.tooLongHas', params: { max: 200, length: 201 }, message: 'must be at most 200 characters (it has 201)' },
      { field: 'budgetCurrency', reason: 'need.budgetCurrencyRequired', params: {}, message: 'is required with a budget amount' },
      { field: 'priorityRank', reason: 'field.notWholeNumberInRange', params: { min: 1, max: 100 }, message: 'must be a whole number from 1 (highest) to 100' },
      { field: 'validUntil', reason: 'field.notAfterToday', params: { today: TODAY }, message: `must be after today (${TODAY})` },
    ]);
  });

  it('names the field of every problem', () => {
    const { problems } = validateNeedFields(
      {
        title: '',
        problem: 5,
        proposedActivities: 'x'.repeat(5001),
        alreadyDone: 'x'.repeat(3001),
        nationalContribution: 'x'.repeat(2001),
        thematicAreas: 'NOPE',
        assistanceTypes: [1],
        mosaicModules: 7,
        poaParagraphs: ['p'.repeat(31)],
        itiParagraphs: Array.from({ length: 21 }, (_, i) => `${i}`),
        budgetAmount: '1,000',
        budgetCurrency: 'ABC',
        priorityRank: 0,
        timeframeStart: '2027-02-30',
        timeframeEnd: 'soon',
        validUntil: '2020-01-01',
        visibility: 'open',
        language: 'xx',
      },
      known,
      { partial: false, today: TODAY },
    );
    expect(fieldsOf(problems).sort()).toEqual(
      [
        'title',
        'problem',
        'proposedActivities',
        'alreadyDone',
        'nationalContribution',
        'thematicAreas',
        'assistanceTypes',
        'mosaicModules',
        'poaParagraphs',
        'itiParagraphs',
        'budgetAmount',
        'budgetCurrency',
        'priorityRank',
        'timeframeStart',
        'timeframeEnd',
        'validUntil',
        'visibility',
        'language',
      ].sort(),
    );
    for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
  });
});

describe('validateNeedTranslation', () => {
  it('trims the texts and keeps empty optional ones as null', () => {
    expect(validateNeedTranslation({ title: ' Titre ', problem: 'P', proposedActivities: 'A', alreadyDone: '  ', nationalContribution: null })).toEqual({
      texts: { title: 'Titre', problem: 'P', proposedActivities: 'A', alreadyDone: null, nationalContribution: null },
      problems: [],
    });
  });

  it('names each empty required text and each text over its limit', () => {
    const { problems } = validateNeedTranslation({ title: ' ', problem: 'P', proposedActivities: '', alreadyDone: 'x'.repeat(NEED_LIMITS.alreadyDone + 1) });
    expect(problems.map((p) => [p.field, p.reason, p.params])).toEqual([
      ['title', 'field.empty', {}],
      ['proposedActivities', 'field.empty', {}],
      ['alreadyDone', 'field.tooLong', { max: NEED_LIMITS.alreadyDone }],
    ]);
  });
});
