/**
 * An offer's availability window, by calendar day in UTC: the offer is available from its first
 * day through its last (`availableUntil`, included) and has ended from the next day. The daily
 * expiry (offers.freshness) and the matching engine read it the same way.
 */
export function offerWindowEnded(availableUntil: string | null, today: string): boolean {
  return availableUntil !== null && availableUntil < today;
}
