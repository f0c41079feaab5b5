import { Anchor, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Money } from '../common/Money';
import { PageError, PageLoading } from '../common/PageState';
import { useDates } from '../common/useDates';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { ModerationOfferDocument } from './moderation.generated';

/** A submitted offer as the moderator reads it: its donor, window, budget, the last return's reasons, and its text. */
export function OfferReview({ id }: { id: string }) {
  const intl = useIntl();
  const dates = useDates();
  const [{ data, error }, refetch] = useQuery({
    query: ModerationOfferDocument,
    variables: { id, lang: toApiLanguage(intl.locale as Locale) },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading lines={4} />;
  const offer = data.offer;
  return (
    <Stack gap="sm">
      <Text c="dimmed" size="sm">
        {offer.organisation.name} · {offer.thematicAreas.map((t) => t.name).join(', ')}
      </Text>
      <Text size="sm">
        <FormattedMessage
          id="moderation.offerWindow"
          values={{ from: dates.date(offer.availableFrom), until: offer.availableUntil ? dates.date(offer.availableUntil) : '—' }}
        />
      </Text>
      <Text size="sm">
        <Money amount={offer.budget.total} currency={offer.budget.currency} />
      </Text>
      {offer.returnReason && (
        <Text size="sm" dir="auto">
          <FormattedMessage id="moderation.lastReturn" values={{ reason: offer.returnReason }} />
        </Text>
      )}
      <section aria-labelledby="offer-text">
        <Title order={3} size="h5" id="offer-text" mb={4}>
          <FormattedMessage id="moderation.text" />
        </Title>
        <Text size="sm" className="gis-original" lang={offer.originalLanguage.toLowerCase()} dir="auto">
          {offer.description}
        </Text>
      </section>
      <Anchor component={Link} href={`/offers/${offer.id}`} size="sm">
        <FormattedMessage id="moderation.openOffer" />
      </Anchor>
    </Stack>
  );
}
