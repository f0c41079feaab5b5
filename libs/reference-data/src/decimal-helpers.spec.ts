import { compareDecimals, subtractDecimals, sumDecimals } from './money.js';

describe('compareDecimals', () => {
  it.each([
    ['1', '2', -1],
    ['2', '1', 1],
    ['100000.10', '100000.09', 1],
    ['100000.09', '100000.10', -1],
    ['9', '10', -1],
    ['10', '9', 1],
    ['1000.5', '1000.50', 0],
    ['12', '12.00', 0],
    ['0.00', '0', 0],
    ['-1', '0', -1],
    ['-0.01', '-0.02', 1],
    ['999999999999999999.99', '999999999999999999.98', 1],
    ['0.000000000001', '0', 1],
  ])('compares %s with %s exactly: %i', (a, b, expected) => {
    expect(compareDecimals(a, b)).toBe(expected);
  });

  it('tells apart values that are equal as floats', () => {
    expect(Number('9007199254740993') === Number('9007199254740992')).toBe(true);
    expect(compareDecimals('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareDecimals('1234567890123.01', '1234567890123.02')).toBe(-1);
  });
});

describe('subtractDecimals', () => {
  it.each([
    ['0.30', '0.10', '0.20'],
    ['0.3', '0.1', '0.20'],
    ['1000000.00', '999999.99', '0.01'],
    ['250000', '100000', '150000.00'],
    ['100.50', '100.50', '0.00'],
    ['0.10', '0.30', '-0.20'],
    ['0', '12.34', '-12.34'],
    ['999999999999999999.99', '0.01', '999999999999999999.98'],
    ['1000000000000000000.00', '0.01', '999999999999999999.99'],
    ['9007199254740993.07', '0.02', '9007199254740993.05'],
  ])('%s - %s = %s', (a, b, expected) => {
    expect(subtractDecimals(a, b)).toBe(expected);
  });

  it('is exact where floats are not', () => {
    expect(String(0.3 - 0.1)).not.toBe('0.2');
    expect(subtractDecimals('0.3', '0.1')).toBe('0.20');
  });

  it('never writes exponent notation', () => {
    expect(subtractDecimals('1e21', '1')).toBe('999999999999999999999.00');
  });
});

describe('sumDecimals', () => {
  it('gives 0.00 for no values', () => {
    expect(sumDecimals([])).toBe('0.00');
  });

  it('gives one value to the cent', () => {
    expect(sumDecimals(['12.5'])).toBe('12.50');
  });

  it('adds ten times 0.10 to exactly 1.00', () => {
    expect(sumDecimals(Array.from({ length: 10 }, () => '0.10'))).toBe('1.00');
  });

  it('adds many values exactly', () => {
    expect(sumDecimals(Array.from({ length: 1000 }, () => '0.01'))).toBe('10.00');
    expect(sumDecimals(Array.from({ length: 300 }, () => '0.10'))).toBe('30.00');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.30');
  });

  it('adds large values without losing cents or using exponent notation', () => {
    expect(sumDecimals(['999999999999999999.99', '0.01'])).toBe('1000000000000000000.00');
    expect(sumDecimals(['9007199254740993.00', '0.01', '0.01'])).toBe('9007199254740993.02');
    expect(sumDecimals(['1e21', '1'])).toBe('1000000000000000000001.00');
  });

  it('adds negative values', () => {
    expect(sumDecimals(['10.00', '-2.50', '-7.50'])).toBe('0.00');
    expect(sumDecimals(['1.00', '-3.25'])).toBe('-2.25');
  });
});
