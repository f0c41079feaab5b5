import { Grid, TextInput } from '@mantine/core';
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
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
  // The same rows while an answer is awaited, so the table is not drawn again for nothing.
  const rows = useMemo(() => needs?.edges.map((e) => e.node) ?? [], [needs]);

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
          <SearchBox value={query.q} onSearch={(q) => set({ q })} />
          {error && !needs ? (
            <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
          ) : !needs ? (
            <PageLoading />
          ) : needs.edges.length === 0 ? (
            <EmptyState title={<FormattedMessage id="needs.emptyTitle" />} hint={<FormattedMessage id="needs.emptyHint" />} />
          ) : (
            <div aria-busy={fetching}>
              <NeedsTable needs={rows} />
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

/**
 * The search box keeps the text being typed: a keystroke draws the box again, not the filters and
 * the table (tens of ms each on a busy 2-core machine, which delayed the search). A search from
 * elsewhere (the header's box, history) replaces the text rather than being undone by it.
 */
function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const intl = useIntl();
  const [text, setText] = useState(value);
  // The last search this box sent (as the URL keeps it: trimmed); any other value came from elsewhere.
  const [sent, setSent] = useState(value);
  if (value !== sent) {
    setSent(value);
    setText(value);
  }
  const search = useEffectEvent((q: string) => {
    setSent(q.trim());
    onSearch(q);
  });
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => search(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <TextInput
      type="search"
      mb="md"
      label={intl.formatMessage({ id: 'needs.searchLabel' })}
      description={intl.formatMessage({ id: 'needs.searchHint' })}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
    />
  );
}
