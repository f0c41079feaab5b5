import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { M49_REGIONS } from '../i18n/families';
import { toApiLanguage, type Locale } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import { localAreaName } from './OfferEligibility';
import { OfferPlaceNamesDocument } from './offers.generated';

export interface Choice {
  value: string;
  label: string;
}

/**
 * The places an offer or standing criteria may name, by name in the reader's language: M49
 * regions (catalogue), their sub-regions (the browser's M49 names, else the API's English one),
 * regional organisations and Member States (reference data). Null until the API answers.
 */
export function usePlaceChoices(): { regions: Choice[]; organisations: Choice[]; states: Choice[] } | null {
  const intl = useIntl();
  const [{ data }] = useQuery({ query: OfferPlaceNamesDocument, variables: { lang: toApiLanguage(intl.locale as Locale) }, requestPolicy: 'cache-first' });
  if (!data) return null;
  const names = new Intl.DisplayNames([intl.locale], { type: 'region', fallback: 'none' });
  const areas = new Map<string, string>();
  for (const s of data.memberStates) {
    areas.set(s.subregion.code, s.subregion.name);
    if (s.intermediateRegion) areas.set(s.intermediateRegion.code, s.intermediateRegion.name);
  }
  const byName = (a: Choice, b: Choice) => a.label.localeCompare(b.label, intl.locale);
  const regions = M49_REGIONS.map((code) => ({ value: code, label: intl.formatMessage({ id: `region.${code}` as MessageId }) })).sort(byName);
  const subregions = [...areas]
    .filter(([code]) => !(M49_REGIONS as readonly string[]).includes(code))
    .map(([code, name]) => ({ value: code, label: localAreaName(names, code) ?? name }))
    .sort(byName);
  return {
    regions: [...regions, ...subregions],
    organisations: data.regionalOrganisations.map((o) => ({ value: o.code, label: o.name })).sort(byName),
    states: data.memberStates.map((s) => ({ value: s.iso3, label: s.name })).sort(byName),
  };
}
