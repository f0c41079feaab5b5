/**
 * Money is exact: amounts arrive as decimal strings and are formatted as strings (Intl formats a
 * numeric string without turning it into a float), always with their currency.
 *
 * Formatters are kept by locale and options: making an Intl formatter costs far more than using
 * one, and a list of 20 needs asks for dozens.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatMoney(locale: string, amount: string, currency: string): string {
  try {
    const format = cached(`money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' }));
    return format.format(amount as Intl.StringNumericLiteral);
  } catch {
    // A currency Intl does not know: the plain amount and its code.
    return `${amount} ${currency}`;
  }
}

/** An exact decimal string (an exchange rate) in the locale's digits, every decimal kept. */
export function formatDecimal(locale: string, value: string): string {
  return cached(`decimal|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 20 })).format(value as Intl.StringNumericLiteral);
}

/** A calendar date from the API (YYYY-MM-DD) as a date in the locale, without shifting its day. */
export function formatLocalDate(locale: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return cached(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(Date.UTC(y, m - 1, d));
}

/** An instant in the reader's time zone (their account's, else the browser's). */
export function formatInstant(locale: string, iso: string, timeZone?: string): string {
  return cached(`instant|${locale}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone })).format(
    new Date(iso),
  );
}
