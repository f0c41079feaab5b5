import { Kind, parseValue } from 'graphql';
import { DecimalScalar, LocalDateScalar } from './scalars.js';

describe('LocalDateScalar', () => {
  it.each(['2026-02-28', '2024-02-29', '1999-12-31'])('accepts the real date %s', (date) => {
    expect(LocalDateScalar.parseValue(date)).toBe(date);
  });

  it.each([['2026-02-30'], ['2025-02-29'], ['2026-13-01'], ['2026-2-1'], ['2026-02-28T00:00:00Z'], [''], [20260228], [null]])(
    'rejects %p as BAD_USER_INPUT',
    (value) => {
      expect(() => LocalDateScalar.parseValue(value)).toThrow(
        expect.objectContaining({ message: expect.stringContaining('YYYY-MM-DD'), extensions: { code: 'BAD_USER_INPUT' } }),
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

  it('serializes dates and strings as YYYY-MM-DD', () => {
    expect(LocalDateScalar.serialize(new Date(Date.UTC(2026, 1, 28)))).toBe('2026-02-28');
    expect(LocalDateScalar.serialize('2026-02-28')).toBe('2026-02-28');
  });
});

describe('DecimalScalar', () => {
  it.each(['1250.50', '-3', '0', '1250000.00', '0.000000000001', '123456789012345678'])('accepts %s', (value) => {
    expect(DecimalScalar.parseValue(value)).toBe(value);
  });

  it.each([[1250.5], ['1e5'], ['1.1234567890123'], ['1234567890123456789'], ['.5'], ['1.'], ['+1'], ['1,250.50'], [' 1'], ['']])(
    'rejects %p',
    (value) => {
      expect(() => DecimalScalar.parseValue(value)).toThrow(/is not a decimal number/);
    },
  );

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
