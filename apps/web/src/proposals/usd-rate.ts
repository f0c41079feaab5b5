/**
 * The date of the USD rate the API used for a proposal's equivalents: the API converts "at the
 * rate in force today", i.e. the newest rate of the currency whose effective date is not after
 * today (UTC). Null when no rate is in force (the API then gives no equivalent either).
 */
export function rateDateInForce(rates: readonly { currencyCode: string; effectiveDate: string }[], currency: string, today: string): string | null {
  let best: string | null = null;
  for (const r of rates) {
    // ISO dates compare as strings.
    if (r.currencyCode === currency && r.effectiveDate <= today && (!best || r.effectiveDate > best)) best = r.effectiveDate;
  }
  return best;
}

/** Today's calendar date in UTC, as the API counts it. */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);
