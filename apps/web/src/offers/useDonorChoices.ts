import { useQuery } from 'urql';
import { OfferDonorChoicesDocument } from './offers.generated';

export interface DonorChoice {
  id: string;
  name: string;
}

/**
 * The donors of the offers the reader may see, by name: the donor filter's choices. The API lists
 * organisations to signed-in users only, and a donor without an offer here would filter to nothing.
 */
export function useDonorChoices(locale: string): DonorChoice[] {
  const [{ data }] = useQuery({ query: OfferDonorChoicesDocument, requestPolicy: 'cache-and-network' });
  const byId = new Map<string, DonorChoice>();
  for (const { node } of data?.offers.edges ?? []) {
    const o = node.organisation;
    byId.set(o.id, { id: o.id, name: o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
}
