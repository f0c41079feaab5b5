import { List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { OfferPlaceNamesDocument, type OfferDetailQuery } from './offers.generated';
import { M49_REGIONS } from '../i18n/families';
import { toApiLanguage, type Locale } from '../i18n/locales';

type Eligibility = OfferDetailQuery['offer']['eligibility'];

/**
 * Who may benefit from an offer, by name in the reader's language: M49 regions from the
 * catalogues, sub-regions from the browser's M49 names (else the API's English name), regional
 * organisations and States from the reference data. A code without a name is shown as the code.
 */
export function OfferEligibility({ eligibility }: { eligibility: Eligibility }) {
  const intl = useIntl();
  // The API requires places unless the offer is open everywhere.
  const [{ data }] = useQuery({
    query: OfferPlaceNamesDocument,
    variables: { lang: toApiLanguage(intl.locale as Locale) },
    pause: eligibility.everywhere,
    requestPolicy: 'cache-first',
  });

  const states = new Map(data?.memberStates.map((s) => [s.iso3, s.name]));
  const areas = new Map<string, string>();
  for (const s of data?.memberStates ?? []) {
    areas.set(s.subregion.code, s.subregion.name);
    if (s.intermediateRegion) areas.set(s.intermediateRegion.code, s.intermediateRegion.name);
  }
  const organisations = new Map(data?.regionalOrganisations.map((o) => [o.code, o.name]));
  const code = (c: string) => <bdi>{c}</bdi>;
  const displayNames = new Intl.DisplayNames([intl.locale], { type: 'region', fallback: 'none' });
  const region = (c: string): ReactNode => {
    if ((M49_REGIONS as readonly string[]).includes(c)) return intl.formatMessage({ id: `region.${c}` as 'region.002' });
    // Sub-regions: the browser knows the M49 names in every UN language; else the API's English one.
    const local = localAreaName(displayNames, c);
    if (local) return local;
    const name = areas.get(c);
    return name ? <span lang="en">{name}</span> : code(c);
  };

  return (
    <section aria-labelledby="offer-eligibility">
      <Title order={2} size="h4" mb="xs" id="offer-eligibility">
        <FormattedMessage id="offer.eligibilityTitle" />
      </Title>
      {eligibility.everywhere ? (
        <Text>
          <FormattedMessage id="offer.eligibleEverywhere" />
        </Text>
      ) : (
        <Stack gap="sm">
          <Places title={<FormattedMessage id="offer.eligibleRegions" />} items={eligibility.regions.map((c) => ({ key: c, name: region(c) }))} />
          <Places
            title={<FormattedMessage id="offer.eligibleOrganisations" />}
            items={eligibility.regionalOrganisations.map((c) => ({ key: c, name: organisations.get(c) ?? code(c) }))}
          />
          <Places title={<FormattedMessage id="offer.eligibleStates" />} items={eligibility.states.map((c) => ({ key: c, name: states.get(c) ?? code(c) }))} />
        </Stack>
      )}
    </section>
  );
}

/** Browsers with trimmed locale data know no M49 names (undefined), or refuse a code (throw). */
export function localAreaName(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

function Places({ title, items }: { title: ReactNode; items: { key: string; name: ReactNode }[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <Text size="sm" c="dimmed">
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {items.map((i) => (
          <List.Item key={i.key}>{i.name}</List.Item>
        ))}
      </List>
    </div>
  );
}
