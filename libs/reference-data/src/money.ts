import { BigNumber } from 'bignumber.js';

// Money never passes through a float: amounts are decimal strings, arithmetic is bignumber.js
// on its own configured copy (no exponent notation, banker's rounding).
const Money = BigNumber.clone({ EXPONENTIAL_AT: 1e9, ROUNDING_MODE: BigNumber.ROUND_HALF_EVEN });

/**
 * An amount in US dollars, to the cent, from an amount and the currency's USD-per-unit rate.
 * Rounds half to even (banker's rounding) so repeated conversions do not drift upwards.
 */
export function convertToUsd(amount: string, usdPerUnit: string): string {
  return new Money(amount).times(usdPerUnit).toFixed(2, BigNumber.ROUND_HALF_EVEN);
}

/** Whether a decimal string is strictly greater than zero. */
export function isPositiveDecimal(value: string): boolean {
  return new Money(value).isGreaterThan(0);
}
