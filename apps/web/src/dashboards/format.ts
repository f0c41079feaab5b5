import { formatMoney } from '../i18n/format';

/** Counts, days and shares in the reader's locale (the API's decimal strings kept exact). */
export const formatCount = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n);

export const formatDays = (locale: string, days: string | null) =>
  days == null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(days as Intl.StringNumericLiteral);

export const formatShare = (locale: string, share: string | null) =>
  share == null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share as Intl.StringNumericLiteral);

export const formatUsd = (locale: string, amount: string) => formatMoney(locale, amount, 'USD');
