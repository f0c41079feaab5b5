import { BigNumber } from 'bignumber.js';

// Money never passes through a float: amounts are decimal strings, arithmetic is bignumber.js
// on its own configured copy (no exponent notation). Halves round away from zero, exactly as
// PostgreSQL's round(numeric, 2), which computes the USD equivalents stored with needs: one rule.
const Money = BigNumber.clone({ EXPONENTIAL_AT: 1e9, ROUNDING_MODE: BigNumber.ROUND_HALF_UP });

/** An amount in US dollars, to the cent, from an amount and the currency's USD-per-unit rate. */
export function convertToUsd(amount: string, usdPerUnit: string): string {
  return new Money(amount).times(usdPerUnit).toFixed(2, BigNumber.ROUND_HALF_UP);
}

/** Whether a decimal string is strictly greater than zero. */
export function isPositiveDecimal(value: string): boolean {
  return new Money(value).isGreaterThan(0);
}

/** Compares two decimal strings exactly: -1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  return new Money(a).comparedTo(b) ?? 0;
}

/** a - b, exactly, to the cent. */
export function subtractDecimals(a: string, b: string): string {
  return new Money(a).minus(b).toFixed(2);
}

/** The exact sum of decimal strings, to the cent. */
export function sumDecimals(values: string[]): string {
  return values.reduce((sum, v) => sum.plus(v), new Money(0)).toFixed(2);
}

/** A decimal string written with exactly two decimals ("1000.5" -> "1000.50"). */
export function toAmount(value: string): string {
  return new Money(value).toFixed(2);
}
