import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { CursorPager } from '../common/CursorPager';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { MatchesTable } from './MatchesTable';
import { NeedMatchesDocument, OfferMatchesDocument, type MatchPageFragment } from './workspace.generated';

/** A need's or an offer's live matches, best first, as a section of its page (for its owners and UNODA). */
function MatchesSection({
  page,
  error,
  retry,
  after,
  setAfter,
}: {
  page?: MatchPageFragment;
  error?: Parameters<typeof PageError>[0]['error'];
  retry: () => void;
  after: string | null;
  setAfter: (a: string | null) => void;
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="record-matches">
      <Title order={2} size="h3" id="record-matches">
        <FormattedMessage id="myMatches.sectionTitle" />
      </Title>
      {error && !page ? (
        <PageError error={error} retry={retry} />
      ) : !page ? (
        <PageLoading lines={3} />
      ) : page.edges.length === 0 ? (
        <EmptyState title={<FormattedMessage id="myMatches.noneForRecord" />} />
      ) : (
        <>
          <MatchesTable matches={page.edges.map((e) => e.node)} />
          <CursorPager
            total={page.totalCount}
            shown={page.edges.length}
            hasNext={page.pageInfo.hasNextPage}
            isFirst={!after}
            onNext={() => setAfter(page.pageInfo.endCursor ?? null)}
            onFirst={() => setAfter(null)}
          />
        </>
      )}
    </Stack>
  );
}

export function NeedMatches({ needId }: { needId: string }) {
  const intl = useIntl();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({
    query: NeedMatchesDocument,
    variables: { needId, lang: toApiLanguage(intl.locale as Locale), first: 10, after: after ?? undefined },
  });
  return (
    <MatchesSection page={data?.matchesForNeed} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} after={after} setAfter={setAfter} />
  );
}

export function OfferMatches({ offerId }: { offerId: string }) {
  const intl = useIntl();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({
    query: OfferMatchesDocument,
    variables: { offerId, lang: toApiLanguage(intl.locale as Locale), first: 10, after: after ?? undefined },
  });
  return (
    <MatchesSection page={data?.matchesForOffer} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} after={after} setAfter={setAfter} />
  );
}
