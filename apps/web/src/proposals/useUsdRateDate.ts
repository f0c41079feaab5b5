import { useQuery } from 'urql';
import { UsdRatesDocument } from './proposals.generated';
import { rateDateInForce, todayUtc } from './usd-rate';

/** The effective date of the USD rate behind a proposal's equivalents (null for USD or while loading). */
export function useUsdRateDate(currency: string): string | null {
  const [{ data }] = useQuery({ query: UsdRatesDocument, variables: { currency }, pause: currency === 'USD', requestPolicy: 'cache-first' });
  return data ? rateDateInForce(data.exchangeRates, currency, todayUtc()) : null;
}
