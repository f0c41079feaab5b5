import { describe, expect, it } from '@jest/globals';
import { formatLocalDate, formatMoney } from './format';

describe('formatMoney', () => {
  it('keeps every digit of a decimal string', () => {
    expect(formatMoney('en', '12345678901234.57', 'USD').replace(/\s/g, ' ')).toBe('USD 12,345,678,901,234.57');
  });
  it('formats in the locale with the currency code', () => {
    expect(formatMoney('fr', '1500.5', 'EUR').replace(/\s/g, ' ')).toBe('1 500,50 EUR');
  });
  it('falls back to the amount and the code for a currency Intl does not know', () => {
    expect(formatMoney('en', '10', 'XXXX')).toBe('10 XXXX');
  });
});

describe('formatLocalDate', () => {
  it('never shifts the day, whatever the time zone', () => {
    expect(formatLocalDate('en', '2027-01-01')).toBe('Jan 1, 2027');
  });
  it('returns what it cannot read unchanged', () => {
    expect(formatLocalDate('en', 'soon')).toBe('soon');
  });
});
