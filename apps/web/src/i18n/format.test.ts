import { describe, expect, it } from '@jest/globals';
import { formatInstant, formatLocalDate, formatMoney } from './format';

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
  it('keeps each currency and locale apart although formatters are reused', () => {
    expect(formatMoney('en', '1', 'USD').replace(/\s/g, ' ')).toBe('USD 1.00');
    expect(formatMoney('en', '1', 'EUR').replace(/\s/g, ' ')).toBe('EUR 1.00');
    expect(formatMoney('fr', '1', 'USD').replace(/\s/g, ' ')).toBe('1,00 USD');
    expect(formatMoney('en', '1', 'USD').replace(/\s/g, ' ')).toBe('USD 1.00');
  });
});

describe('formatInstant', () => {
  it('says the same instant in each time zone asked, although formatters are reused', () => {
    expect(formatInstant('en', '2027-01-01T23:30:00Z', 'UTC')).toMatch(/Jan 1, 2027/);
    expect(formatInstant('en', '2027-01-01T23:30:00Z', 'Asia/Tokyo')).toMatch(/Jan 2, 2027/);
    expect(formatInstant('en', '2027-01-01T23:30:00Z', 'UTC')).toMatch(/11:30/);
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
