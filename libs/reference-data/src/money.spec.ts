import { convertToUsd, isPositiveDecimal } from './money.js';

describe('convertToUsd', () => {
  it.each([
    ['1000000.00', '1.08', '1080000.00'],
    ['1250.50', '1', '1250.50'],
    ['0.1', '0.2', '0.02'],
    ['100', '0.0067', '0.67'],
    ['123456789012.34', '0.0067', '827160486.38'],
    ['999999999999999999.99', '1', '999999999999999999.99'],
    ['5000000', '0.000007', '35.00'],
  ])('converts %s at %s USD per unit to %s', (amount, rate, usd) => {
    expect(convertToUsd(amount, rate)).toBe(usd);
  });

  it.each([
    ['0.125', '0.13'],
    ['0.135', '0.14'],
    ['0.145', '0.15'],
    ['2.675', '2.68'],
    ['0.1249', '0.12'],
  ])('rounds %s half away from zero, as PostgreSQL round() does, to %s', (amount, usd) => {
    expect(convertToUsd(amount, '1')).toBe(usd);
  });

  it('never writes exponent notation', () => {
    expect(convertToUsd('1e21', '1')).toBe('1000000000000000000000.00');
  });
});

describe('isPositiveDecimal', () => {
  it.each([
    ['0.01', true],
    ['1250000.00', true],
    ['0.000000000001', true],
    ['0', false],
    ['0.00', false],
    ['-1', false],
    ['-0.01', false],
  ])('%s is positive: %s', (value, expected) => {
    expect(isPositiveDecimal(value)).toBe(expected);
  });
});
