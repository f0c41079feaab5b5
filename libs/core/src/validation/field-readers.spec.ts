import {
  HTTP_LINK,
  isBlank,
  LINK_MAX,
  readAmount,
  readChoice,
  readCurrency,
  readDate,
  readDateTime,
  readHttpLink,
  readList,
  readMediaType,
  readRequiredAmount,
  readRequiredText,
  readText,
  readTextInRange,
  type Read,
} from './field-readers.js';

const value = <T>(value: T): Read<T> => ({ ok: true, value });
/** A failed read: its English message (as before), with a registered reason and params beside it. */
const wrong = (message: string) => expect.objectContaining({ ok: false, message, reason: expect.stringMatching(/^field\./), params: expect.any(Object) });

const AMOUNT_FORMAT = 'must be a positive decimal amount with a "." and at most 2 decimals, e.g. 250000.00';
const CODES = new Set(['MARKING', 'STOCKPILE', 'BORDER_CONTROL']);
const CURRENCIES = new Set(['USD', 'EUR', 'XOF']);

describe('isBlank', () => {
  it.each([undefined, null, '', ' ', ' \t\n '])('%j is blank', (input) => {
    expect(isBlank(input)).toBe(true);
  });

  it.each([0, false, [], {}, 'a', ' x '])('%j is not blank', (input) => {
    expect(isBlank(input)).toBe(false);
  });
});

describe('readText', () => {
  it.each([undefined, null, '', '   \n'])('reads blank %j as null', (input) => {
    expect(readText(input, 10)).toEqual(value(null));
  });

  it('trims the text', () => {
    expect(readText('  Marking machines \n', 50)).toEqual(value('Marking machines'));
  });

  it.each([42, true, ['a'], { text: 'a' }])('refuses %j, which is not text', (input) => {
    expect(readText(input, 50)).toEqual(wrong('must be text'));
  });

  it('accepts text of exactly the limit, counted after trimming', () => {
    expect(readText(`  ${'a'.repeat(10)}  `, 10)).toEqual(value('a'.repeat(10)));
  });

  it('gives the reason of a refusal with its params', () => {
    expect(readText('a'.repeat(11), 10)).toEqual({
      ok: false,
      reason: 'field.tooLongHas',
      params: { max: 10, length: 11 },
      message: 'must be at most 10 characters (it has 11)',
    });
    expect(readList(['x'], { codes: CODES, maxItems: 5, kind: 'thematicArea' })).toMatchObject({
      reason: 'field.unknownCodes',
      params: { kind: 'thematicArea', codes: ['X'] },
    });
    expect(readCurrency('ABC', CURRENCIES)).toMatchObject({ reason: 'field.unknownCurrency', params: { currency: 'ABC' } });
    expect(readAmount('1,5')).toMatchObject({ reason: 'field.notAmount', params: {} });
  });

  it('refuses longer text, saying the limit and the length', () => {
    expect(readText('a'.repeat(11), 10)).toEqual(wrong('must be at most 10 characters (it has 11)'));
    expect(readText(` ${'b'.repeat(250)} `, 200)).toEqual(wrong('must be at most 200 characters (it has 250)'));
  });
});

describe('readText and readList: text the database cannot store', () => {
  it.each([
    ['a NUL character', 'Mark\u0000ing', 'U+0000'],
    ['a lone high surrogate', 'Half \uD83D of an emoji', 'valid Unicode'],
    ['a lone low surrogate', 'Half \uDE00 of an emoji', 'valid Unicode'],
  ])('refuses %s', (_, text, message) => {
    const read = readText(text, 100);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain(message);
    const list = readList(['fine', text], { maxItems: 5 });
    expect(!list.ok && list.message).toContain(message);
  });

  it('accepts well-formed text in any script, emoji included', () => {
    expect(readText('🌍 ترقيم 武器 — marquage', 100)).toEqual(value('🌍 ترقيم 武器 — marquage'));
  });
});

describe('readList', () => {
  it.each([undefined, null, '', '  '])('reads blank %j as an empty list', (input) => {
    expect(readList(input, { maxItems: 5 })).toEqual(value([]));
  });

  it('reads an array of texts, trimmed, without empty items', () => {
    expect(readList([' first ', '', 'second', '   '], { maxItems: 5 })).toEqual(value(['first', 'second']));
  });

  it('reads text separated by ";" or ","', () => {
    expect(readList('one; two,three ;; four,', { maxItems: 5 })).toEqual(value(['one', 'two', 'three', 'four']));
  });

  it('removes duplicates, keeping the first occurrence order', () => {
    expect(readList(['b', 'a', 'b', ' a '], { maxItems: 5 })).toEqual(value(['b', 'a']));
    expect(readList('x;y;x', { maxItems: 5 })).toEqual(value(['x', 'y']));
  });

  it('keeps the case of free-text items (no codes)', () => {
    expect(readList(['Armourers', 'armourers'], { maxItems: 5 })).toEqual(value(['Armourers', 'armourers']));
  });

  it('upper-cases codes, checks them, and removes duplicates after upper-casing', () => {
    expect(readList(' marking ; Stockpile, MARKING', { codes: CODES, maxItems: 5 })).toEqual(value(['MARKING', 'STOCKPILE']));
    expect(readList(['border_control'], { codes: CODES, maxItems: 5 })).toEqual(value(['BORDER_CONTROL']));
  });

  it('names the unknown codes, upper-cased', () => {
    expect(readList(['marking', 'fishing', 'Mining'], { codes: CODES, maxItems: 5 })).toEqual(wrong('unknown code(s): FISHING, MINING'));
  });

  it.each([42, true, { a: 1 }])('refuses %j, which is neither a list nor text', (input) => {
    expect(readList(input, { maxItems: 5 })).toEqual(wrong('must be a list (or text separated by ";" or ",")'));
  });

  it.each([[['a', 1]], [['a', null]], [[['a']]], [[{}]]])('refuses %j, a list with items that are not text', (input) => {
    expect(readList(input, { maxItems: 5 })).toEqual(wrong('must be a list of texts'));
  });

  it('accepts up to maxItems distinct items, counted after removing duplicates', () => {
    expect(readList(['a', 'b', 'c', 'a', 'b'], { maxItems: 3 })).toEqual(value(['a', 'b', 'c']));
  });

  it('refuses more than maxItems items', () => {
    expect(readList('a;b;c;d', { maxItems: 3 })).toEqual(wrong('must have at most 3 items'));
  });

  it('checks the count before the codes', () => {
    expect(readList(['X', 'Y', 'Z'], { codes: CODES, maxItems: 2 })).toEqual(wrong('must have at most 2 items'));
  });

  it('refuses an item longer than itemMax, counted after trimming', () => {
    expect(readList([' abcde ', 'ab'], { maxItems: 5, itemMax: 5 })).toEqual(value(['abcde', 'ab']));
    expect(readList(['abcdef', 'ab'], { maxItems: 5, itemMax: 5 })).toEqual(wrong('items must be at most 5 characters'));
  });
});

describe('readDate', () => {
  it.each([undefined, null, '', '  '])('reads blank %j as null', (input) => {
    expect(readDate(input)).toEqual(value(null));
  });

  it.each([
    ['2026-01-31', '2026-01-31'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-12-31', '2026-12-31'],
    [' 2026-06-15 ', '2026-06-15'],
  ])('accepts the real date %j as %s', (input, expected) => {
    expect(readDate(input)).toEqual(value(expected));
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '05/01/2026',
    '2026-01-05T00:00:00Z',
    'tomorrow',
  ])('refuses %j, which is not a real date written YYYY-MM-DD', (input) => {
    expect(readDate(input)).toEqual(wrong('must be a date written YYYY-MM-DD'));
  });

  it.each([20260105, new Date('2026-01-05'), true])('refuses %j, which is not text', (input) => {
    expect(readDate(input)).toEqual(wrong('must be a date written YYYY-MM-DD'));
  });

  it('refuses year 0, which PostgreSQL has not, and accepts the ends of the range', () => {
    expect(readDate('0000-06-15')).toEqual(wrong('must be between 0001-01-01 and 9999-12-31'));
    expect(readDate('0001-01-01')).toEqual(value('0001-01-01'));
    expect(readDate('9999-12-31')).toEqual(value('9999-12-31'));
  });
});

describe('readAmount', () => {
  it.each([undefined, null, '', '  '])('reads blank %j as null', (input) => {
    expect(readAmount(input)).toEqual(value(null));
  });

  it.each([
    ['250000', '250000'],
    ['250000.5', '250000.5'],
    ['250000.00', '250000.00'],
    [' 1250.75 ', '1250.75'],
    ['0.01', '0.01'],
    ['0.5', '0.5'],
    ['00012', '12'],
    ['0012.50', '12.50'],
    ['000.05', '0.05'],
    ['9999999999999.99', '9999999999999.99'],
  ])('accepts %j as %s', (input, expected) => {
    expect(readAmount(input)).toEqual(value(expected));
  });

  it.each([
    [1234, '1234'],
    [12.5, '12.5'],
    [0.01, '0.01'],
  ])('accepts the number %j as written, %s', (input, expected) => {
    expect(readAmount(input)).toEqual(value(expected));
  });

  it.each(['-5', '-0.01', '+5', '12,50', '1 000', '1e5', '1.234', '12.', '.5', '12345678901234', '12345678901234.00', 'abc', '0x10'])('refuses %j', (input) => {
    expect(readAmount(input)).toEqual(wrong(AMOUNT_FORMAT));
  });

  it.each([-5, 1e21, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, true, ['5'], { amount: '5' }])('refuses %j, which is not a decimal amount', (input) => {
    expect(readAmount(input)).toEqual(wrong(AMOUNT_FORMAT));
  });

  it.each(['0', '0.00', '0.0', '000', '00.00', 0])('refuses %j, which is not more than zero', (input) => {
    expect(readAmount(input)).toEqual(wrong('must be more than zero'));
  });
});

describe('readCurrency', () => {
  it.each([undefined, null, '', '  '])('reads blank %j as null', (input) => {
    expect(readCurrency(input, CURRENCIES)).toEqual(value(null));
  });

  it.each([
    ['USD', 'USD'],
    ['usd', 'USD'],
    ['eUr', 'EUR'],
    [' xof ', 'XOF'],
  ])('accepts %j as %s', (input, expected) => {
    expect(readCurrency(input, CURRENCIES)).toEqual(value(expected));
  });

  it('names an unknown currency, upper-cased', () => {
    expect(readCurrency('gbp', CURRENCIES)).toEqual(wrong('unknown currency GBP'));
    expect(readCurrency('ABC', CURRENCIES)).toEqual(wrong('unknown currency ABC'));
  });

  it.each(['US', 'USDX', 'US1', '123', 'U S', 'dollars', 840, true])('refuses %j, which is not written like an ISO 4217 code', (input) => {
    expect(readCurrency(input, CURRENCIES)).toEqual(wrong('must be an ISO 4217 code such as USD'));
  });
});

describe('readChoice', () => {
  const CHOICES = ['PUBLIC', 'STATES_AND_DONORS', 'PRIVATE'] as const;
  const upper = (s: string) => s.toUpperCase();

  it.each([undefined, null, '', '  '])('reads blank %j as null', (input) => {
    expect(readChoice(input, CHOICES, upper)).toEqual(value(null));
  });

  it.each([
    ['PUBLIC', 'PUBLIC'],
    ['public', 'PUBLIC'],
    [' states_and_donors ', 'STATES_AND_DONORS'],
  ])('accepts %j as %s after trimming and normalising', (input, expected) => {
    expect(readChoice(input, CHOICES, upper)).toEqual(value(expected));
  });

  it('compares after the given normalisation only', () => {
    expect(readChoice('FR', ['fr', 'en'], (s) => s.toLowerCase())).toEqual(value('fr'));
    expect(readChoice('public', CHOICES, (s) => s)).toEqual(wrong('must be one of PUBLIC, STATES_AND_DONORS, PRIVATE'));
  });

  it.each(['SECRET', 'PUB', 1, true, ['PUBLIC']])('refuses %j, listing the choices', (input) => {
    expect(readChoice(input, CHOICES, upper)).toEqual(wrong('must be one of PUBLIC, STATES_AND_DONORS, PRIVATE'));
  });
});

describe('readRequiredText', () => {
  it('reads text as readText, and refuses blank as required', () => {
    expect(readRequiredText('  Marking  ', 10)).toEqual(value('Marking'));
    expect(readRequiredText('  ', 10)).toMatchObject({ ok: false, reason: 'field.required' });
    expect(readRequiredText(null, 10)).toMatchObject({ ok: false, reason: 'field.required' });
    expect(readRequiredText('a'.repeat(11), 10)).toMatchObject({ ok: false, reason: 'field.tooLongHas' });
  });
});

describe('readTextInRange', () => {
  it('reads 1 to max characters, trimmed, and refuses blank and longer alike', () => {
    expect(readTextInRange(' Budget ', 6)).toEqual(value('Budget'));
    expect(readTextInRange(' ', 6)).toEqual({ ok: false, reason: 'field.lengthOutOfRange', params: { min: 1, max: 6 }, message: 'must be 1 to 6 characters' });
    expect(readTextInRange('Budgets', 6)).toMatchObject({ ok: false, reason: 'field.lengthOutOfRange' });
  });
});

describe('readHttpLink', () => {
  it('reads an http(s) link, trimmed; blank is null unless required', () => {
    expect(readHttpLink(' https://example.org/report.pdf ')).toEqual(value('https://example.org/report.pdf'));
    expect(readHttpLink('http://example.org')).toEqual(value('http://example.org'));
    expect(readHttpLink('  ')).toEqual(value(null));
    expect(readHttpLink(null)).toEqual(value(null));
    expect(readHttpLink('', { required: true })).toMatchObject({ ok: false, reason: 'field.notHttpLink', params: { max: LINK_MAX } });
  });

  it.each([
    ['another scheme', 'ftp://example.org'],
    ['no scheme', 'example.org'],
    ['a space', 'https://exa mple.org'],
    ['a link too long', `https://example.org/${'a'.repeat(LINK_MAX)}`],
  ])('refuses %s', (_case, link) => {
    expect(readHttpLink(link)).toEqual({
      ok: false,
      reason: 'field.notHttpLink',
      params: { max: 2000 },
      message: 'must be an http(s) link of at most 2000 characters',
    });
  });

  it('is the pattern configured addresses are checked with', () => {
    expect(HTTP_LINK.test('https://gis.example.org')).toBe(true);
    expect(HTTP_LINK.test('mailto:someone@example.org')).toBe(false);
  });
});

describe('readMediaType', () => {
  it('reads a media type as written; absent or empty is null', () => {
    expect(readMediaType('application/pdf')).toEqual(value('application/pdf'));
    expect(readMediaType('application/vnd.ms-excel')).toEqual(value('application/vnd.ms-excel'));
    expect(readMediaType(undefined)).toEqual(value(null));
    expect(readMediaType('')).toEqual(value(null));
  });

  it.each(['pdf', 'application/pdf; charset=x', 'text / plain'])('refuses %j', (mediaType) => {
    expect(readMediaType(mediaType)).toMatchObject({ ok: false, reason: 'field.notMediaType' });
  });
});

describe('readDateTime', () => {
  it('reads a valid date, and refuses an invalid one or anything else', () => {
    const when = new Date('2026-03-01T09:30:00Z');
    expect(readDateTime(when)).toEqual(value(when));
    expect(readDateTime(new Date('not a date'))).toMatchObject({ ok: false, reason: 'field.notDateTime' });
    expect(readDateTime('2026-03-01T09:30:00Z')).toMatchObject({ ok: false, reason: 'field.notDateTime' });
  });
});

describe('readRequiredAmount', () => {
  it('reads an amount as readAmount, and refuses blank as required', () => {
    expect(readRequiredAmount('0250.50')).toEqual(value('250.50'));
    expect(readRequiredAmount(' ')).toMatchObject({ ok: false, reason: 'field.required' });
    expect(readRequiredAmount('0')).toMatchObject({ ok: false, reason: 'field.notPositive' });
    expect(readRequiredAmount('1,5')).toEqual(wrong(AMOUNT_FORMAT));
  });
});
