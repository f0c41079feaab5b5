import { Grid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { CursorPager } from '../common/CursorPager';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { OffersListDocument } from '../gql/graphql';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { useSession } from '../session/SessionProvider';
import { OffersFilters } from './OffersFilters';
import { offersQueryString, parseOffersQuery, toOfferFilter, toOfferSort, type OffersQuery } from './offers-query';
import { OffersTable } from './OffersTable';

/** Typing pauses this long before the search runs: short, for a search that feels live. */
const SEARCH_DELAY_MS = 150;

/** Published offers: search in any UN language, the API's filters, keyset pages; all in the URL. */
export default function OffersPage() {
  const intl = useIntl();
  const { status } = useSession();
  const [, navigate] = useLocation();
  const query = parseOffersQuery(useSearch());
  const set = (next: Partial<OffersQuery>, resetPage = true) => navigate(`/offers${offersQueryString({ ...query, ...(resetPage ? { after: null } : {}), ...next })}`, { replace: true });

  const [text, setText] = useState(query.q);
  const [typedFor, setTypedFor] = useState(query.q);
  if (typedFor !== query.q && text === typedFor) {
    // The words changed in the URL (back button, a shared link): show them.
    setTypedFor(query.q);
    setText(query.q);
  }
  useEffect(() => {
    if (text === query.q) return;
    const timer = setTimeout(() => {
      setTypedFor(text);
      set({ q: text });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

  const [{ data, fetching, error }, refetch] = useQuery({
    query: OffersListDocument,
    variables: {
      lang: toApiLanguage(intl.locale as Locale),
      search: query.q.trim() || undefined,
      filter: toOfferFilter(query),
      sort: toOfferSort(query),
      first: 20,
      after: query.after ?? undefined,
    },
  });
  const offers = data?.offers;

  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'offers.title' })}>
        <FormattedMessage id="offers.title" />
      </PageTitle>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <OffersFilters query={query} onChange={set} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <TextInput
            type="search"
            dir="auto"
            mb="md"
            label={intl.formatMessage({ id: 'offers.searchLabel' })}
            description={intl.formatMessage({ id: 'offers.searchHint' })}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          {error && !offers ? (
            <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
          ) : !offers ? (
            <PageLoading />
          ) : offers.edges.length === 0 ? (
            <EmptyState
              title={<FormattedMessage id="offers.emptyTitle" />}
              hint={
                <>
                  <FormattedMessage id="offers.emptyHint" />
                  {status !== 'signedIn' && (
                    <>
                      {' '}
                      <FormattedMessage id="offers.signInForMore" />
                    </>
                  )}
                </>
              }
            />
          ) : (
            <div aria-busy={fetching}>
              <OffersTable offers={offers.edges.map((e) => e.node)} />
              <CursorPager
                total={offers.totalCount}
                shown={offers.edges.length}
                hasNext={offers.pageInfo.hasNextPage}
                isFirst={!query.after}
                onNext={() => set({ after: offers.pageInfo.endCursor }, false)}
                onFirst={() => set({ after: null })}
              />
            </div>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
