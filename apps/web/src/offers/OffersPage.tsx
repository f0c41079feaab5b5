import { Grid, Group } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { CursorPager } from '../common/CursorPager';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { SearchBox } from '../common/SearchBox';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportOffersDocument } from '../open-data/exports.generated';
import { OffersListDocument } from './offers.generated';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { useSession } from '../session/SessionProvider';
import { OffersFilters } from './OffersFilters';
import { offersQueryString, parseOffersQuery, toOfferFilter, toOfferSort, type OffersQuery } from './offers-query';
import { OffersTable } from './OffersTable';

/** Published offers: search in any UN language, the API's filters, keyset pages; all in the URL. */
export default function OffersPage() {
  const intl = useIntl();
  const { status } = useSession();
  const [, navigate] = useLocation();
  const query = parseOffersQuery(useSearch());
  const set = (next: Partial<OffersQuery>, resetPage = true) =>
    navigate(`/offers${offersQueryString({ ...query, ...(resetPage ? { after: null } : {}), ...next })}`, { replace: true });

  // The list's arguments; its export takes the same.
  const shown = { search: query.q.trim() || undefined, filter: toOfferFilter(query), sort: toOfferSort(query) };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OffersListDocument,
    variables: { lang: toApiLanguage(intl.locale as Locale), ...shown, first: 20, after: query.after ?? undefined },
  });
  const offers = data?.offers;

  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'offers.title' })}>
        <FormattedMessage id="offers.title" />
      </PageTitle>
      <Group justify="flex-end" mb="sm">
        <ExportMenu document={ExportOffersDocument} variables={shown} />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <OffersFilters query={query} listShown={data !== undefined || error !== undefined} onChange={set} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <SearchBox
            value={query.q}
            onSearch={(q) => set({ q })}
            label={intl.formatMessage({ id: 'offers.searchLabel' })}
            description={intl.formatMessage({ id: 'offers.searchHint' })}
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
