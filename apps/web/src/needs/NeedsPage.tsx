import { Grid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { CursorPager } from '../common/CursorPager';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { NeedsListDocument } from '../gql/graphql';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { NeedsFilters } from './NeedsFilters';
import { needsQueryString, parseNeedsQuery, toNeedFilter, toNeedSort, type NeedsQuery } from './needs-query';
import { NeedsTable } from './NeedsTable';

/** Typing pauses this long before the search runs: short, for a search that feels live. */
const SEARCH_DELAY_MS = 150;

export default function NeedsPage() {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const query = parseNeedsQuery(useSearch());
  const set = (next: Partial<NeedsQuery>, resetPage = true) => navigate(`/needs${needsQueryString({ ...query, ...(resetPage ? { after: null } : {}), ...next })}`, { replace: true });

  const [text, setText] = useState(query.q);
  useEffect(() => {
    if (text === query.q) return;
    const timer = setTimeout(() => set({ q: text }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

  const [{ data, fetching, error }, refetch] = useQuery({
    query: NeedsListDocument,
    variables: {
      lang: toApiLanguage(intl.locale as Locale),
      search: query.q || undefined,
      filter: toNeedFilter(query),
      sort: toNeedSort(query),
      first: 20,
      after: query.after ?? undefined,
    },
  });
  const needs = data?.needs;

  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'needs.title' })}>
        <FormattedMessage id="needs.title" />
      </PageTitle>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <NeedsFilters query={query} onChange={set} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <TextInput
            type="search"
            mb="md"
            label={intl.formatMessage({ id: 'needs.searchLabel' })}
            description={intl.formatMessage({ id: 'needs.searchHint' })}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          {error && !needs ? (
            <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
          ) : !needs ? (
            <PageLoading />
          ) : needs.edges.length === 0 ? (
            <EmptyState title={<FormattedMessage id="needs.emptyTitle" />} hint={<FormattedMessage id="needs.emptyHint" />} />
          ) : (
            <div aria-busy={fetching}>
              <NeedsTable needs={needs.edges.map((e) => e.node)} />
              <CursorPager
                total={needs.totalCount}
                shown={needs.edges.length}
                hasNext={needs.pageInfo.hasNextPage}
                isFirst={!query.after}
                onNext={() => set({ after: needs.pageInfo.endCursor }, false)}
                onFirst={() => set({ after: null })}
              />
            </div>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
