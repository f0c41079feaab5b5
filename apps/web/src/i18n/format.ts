/**
 * Money is exact: amounts arrive as decimal strings and are formatted as strings (Intl formats a
 * numeric string without turning it into a float), always with their currency.
 */
export function formatMoney(locale: string, amount: string, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' }).format(amount as Intl.StringNumericLiteral);
  } catch {
    // A currency Intl does not know: the plain amount and its code.
    return `${amount} ${currency}`;
  }
}

/** A calendar date from the API (YYYY-MM-DD) as a date in the locale, without shifting its day. */
export function formatLocalDate(locale: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** An instant in the reader's time zone (their account's, else the browser's). */
export function formatInstant(locale: string, iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}
