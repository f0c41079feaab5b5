import { Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { MatchesTable } from '../matching/MatchesTable';
import { NeedMatchesDocument, OfferMatchesDocument } from '../matching/workspace.generated';

/** Beside the queue: one need's or one offer's whole list of live matches, best first. */
export function RecordMatchList({ kind, id }: { kind: 'need' | 'offer'; id: string }) {
  const intl = useIntl();
  const lang = toApiLanguage(intl.locale as Locale);
  const [need, refetchNeed] = useQuery({
    query: NeedMatchesDocument,
    variables: { needId: id, lang, first: 100 },
    pause: kind !== 'need',
    requestPolicy: 'cache-and-network',
  });
  const [offer, refetchOffer] = useQuery({
    query: OfferMatchesDocument,
    variables: { offerId: id, lang, first: 100 },
    pause: kind !== 'offer',
    requestPolicy: 'cache-and-network',
  });
  const { data, error } = kind === 'need' ? need : offer;
  const connection = kind === 'need' ? need.data?.matchesForNeed : offer.data?.matchesForOffer;
  const retry = () => (kind === 'need' ? refetchNeed : refetchOffer)({ requestPolicy: 'network-only' });
  if (error && !data) return <PageError error={error} retry={retry} />;
  if (!connection) return <PageLoading lines={4} />;
  const matches = connection.edges.map((e) => e.node);
  const record = kind === 'need' ? matches[0]?.need : matches[0]?.offer;
  return (
    <Stack gap="sm">
      {record && (
        <Text fw={600} lang={record.originalLanguage.toLowerCase()} dir="auto">
          {record.title}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        <FormattedMessage id="review.recordCount" values={{ count: connection.totalCount }} />
      </Text>
      {matches.length === 0 ? <EmptyState title={<FormattedMessage id="review.recordNone" />} /> : <MatchesTable matches={matches} />}
    </Stack>
  );
}
