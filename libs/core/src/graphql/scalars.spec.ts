import { Kind, parseValue } from 'graphql';
import { DateTimeScalar, DecimalScalar, LocalDateScalar } from './scalars.js';

describe('LocalDateScalar', () => {
  it.each(['2026-02-28', '2024-02-29', '1999-12-31'])('accepts the real date %s', (date) => {
    expect(LocalDateScalar.parseValue(date)).toBe(date);
  });

  it.each([['2026-02-30'], ['2025-02-29'], ['2026-13-01'], ['2026-2-1'], ['2026-02-28T00:00:00Z'], [''], [20260228], [null]])(
    'rejects %p as BAD_USER_INPUT',
    (value) => {
      expect(() => LocalDateScalar.parseValue(value)).toThrow(
        expect.objectContaining({
          message: expect.stringContaining('YYYY-MM-DD'),
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: expect.stringMatching(/^scalar\./) }),
        }),
      );
    },
  );

  it('parses a string literal', () => {
    expect(LocalDateScalar.parseLiteral(parseValue('"2026-02-28"'), {})).toBe('2026-02-28');
    expect(() => LocalDateScalar.parseLiteral(parseValue('"2026-02-30"'), {})).toThrow(/not a date/);
  });

  it('rejects literals that are not strings', () => {
    const literal = parseValue('20260228');
    expect(literal.kind).toBe(Kind.INT);
    expect(() => LocalDateScalar.parseLiteral(literal, {})).toThrow('LocalDate must be given as a string');
  });

  it.each(['0000-01-01', '0000-12-31'])('refuses %s: PostgreSQL has no year 0', (date) => {
    expect(() => LocalDateScalar.parseValue(date)).toThrow(
      expect.objectContaining({
        message: `"${date}" must be between 0001-01-01 and 9999-12-31`,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: expect.stringMatching(/^scalar\./) }),
      }),
    );
  });

  it.each(['0001-01-01', '9999-12-31'])('accepts %s, an end of the range', (date) => {
    expect(LocalDateScalar.parseValue(date)).toBe(date);
  });

  it.each(['10000-01-01', '-0001-01-01', '+2026-01-01'])('refuses %s, not a four-digit year', (date) => {
    expect(() => LocalDateScalar.parseValue(date)).toThrow(/is not a date/);
  });

  it('serializes dates and strings as YYYY-MM-DD', () => {
    expect(LocalDateScalar.serialize(new Date(Date.UTC(2026, 1, 28)))).toBe('2026-02-28');
    expect(LocalDateScalar.serialize('2026-02-28')).toBe('2026-02-28');
  });
});

describe('DecimalScalar', () => {
  it.each(['1250.50', '-3', '0', '1250000.00', '0.000000000001', '123456789012345678'])('accepts %s', (value) => {
    expect(DecimalScalar.parseValue(value)).toBe(value);
  });

  it.each([[1250.5], ['1e5'], ['1.1234567890123'], ['1234567890123456789'], ['.5'], ['1.'], ['+1'], ['1,250.50'], [' 1'], ['']])('rejects %p', (value) => {
    expect(() => DecimalScalar.parseValue(value)).toThrow(/is not a decimal number/);
  });

  it('parses string literals only', () => {
    expect(DecimalScalar.parseLiteral(parseValue('"1250.50"'), {})).toBe('1250.50');
    expect(() => DecimalScalar.parseLiteral(parseValue('1250.50'), {})).toThrow('Decimal must be given as a string');
  });

  it('serializes as a string', () => {
    expect(DecimalScalar.serialize('1250.50')).toBe('1250.50');
    expect(DecimalScalar.serialize(42)).toBe('42');
  });

  it('accepts real dates in the first century (years 0-99 are not read as 19xx)', () => {
    expect(LocalDateScalar.parseValue('0099-12-31')).toBe('0099-12-31');
  });
});

describe('DateTimeScalar', () => {
  it.each([
    ['2026-03-01T09:30:00Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01t09:30:00z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T10:30:00+01:00', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T04:00:00-05:30', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30:00.5Z', '2026-03-01T09:30:00.500Z'],
    ['2026-03-01T09:30:00.123456789Z', '2026-03-01T09:30:00.123Z'],
    ['2024-02-29T23:59:59Z', '2024-02-29T23:59:59.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['0099-06-01T00:00:00Z', '0099-06-01T00:00:00.000Z'],
  ])('reads %s as the instant %s', (text, instant) => {
    const date = DateTimeScalar.parseValue(text);
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString()).toBe(instant);
  });

  it.each([
    ['2026-02-30T10:00:00Z', 'is not a real date and time'],
    ['2025-02-29T10:00:00Z', 'is not a real date and time'],
    ['2026-03-01T24:00:00Z', 'is not a real date and time'],
    ['2026-03-01T23:60:00Z', 'is not a real date and time'],
    ['2026-03-01T23:59:60Z', 'is not a real date and time'],
    ['2026-03-01T10:00:00+24:00', 'has an impossible offset'],
    ['2026-03-01T10:00:00', 'is not a date-time'],
    ['2026-03-01', 'is not a date-time'],
    ['2026-03-01 10:00:00Z', 'is not a date-time'],
    ['hello', 'is not a date-time'],
    ['', 'is not a date-time'],
    ['-010000-01-01T00:00:00Z', 'is not a date-time'],
    ['+275760-09-13T00:00:00Z', 'is not a date-time'],
    ['0000-06-01T00:00:00Z', 'must be between 0001-01-01 and 9999-12-31 (in UTC)'],
    ['0001-01-01T00:30:00+01:00', 'must be between 0001-01-01 and 9999-12-31 (in UTC)'],
    ['9999-12-31T23:30:00-01:00', 'must be between 0001-01-01 and 9999-12-31 (in UTC)'],
  ])('refuses %s (%s) as BAD_USER_INPUT, never rolling it over', (text, why) => {
    expect(() => DateTimeScalar.parseValue(text)).toThrow(
      expect.objectContaining({
        message: expect.stringContaining(`"${text}" ${why}`),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: expect.stringMatching(/^scalar\./) }),
      }),
    );
  });

  it.each([[1767225600000], [null], [{ iso: '2026-03-01T09:30:00Z' }]])('refuses %p, which is not a string', (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(/is not a date-time/);
  });

  it('parses string literals only', () => {
    expect(DateTimeScalar.parseLiteral(parseValue('"2026-03-01T09:30:00Z"'), {}).toISOString()).toBe('2026-03-01T09:30:00.000Z');
    expect(() => DateTimeScalar.parseLiteral(parseValue('"2026-02-30T09:30:00Z"'), {})).toThrow(/not a real date/);
    expect(() => DateTimeScalar.parseLiteral(parseValue('1767225600'), {})).toThrow('DateTime must be given as a string');
  });

  it('serializes instants in UTC and refuses to serialize what is not one', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 2, 1, 9, 30)))).toBe('2026-03-01T09:30:00.000Z');
    expect(DateTimeScalar.serialize('2026-03-01T10:30:00+01:00')).toBe('2026-03-01T09:30:00.000Z');
    expect(() => DateTimeScalar.serialize(new Date('nonsense'))).toThrow(/cannot represent/);
  });
});
