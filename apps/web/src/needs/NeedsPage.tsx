import { Anchor, Grid, Group } from '@mantine/core';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { CursorPager } from '../common/CursorPager';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { SearchBox } from '../common/SearchBox';
import { usePrefetchedPolicy } from '../common/usePrefetchedPolicy';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportNeedsDocument } from '../open-data/exports.generated';
import type { Locale } from '../i18n/locales';
import { donorOrganisation } from '../session/memberships';
import { useSession } from '../session/SessionProvider';
import { NeedsListDocument } from './needs.generated';
import { NeedsFilters } from './NeedsFilters';
import { needsListVariables, needsQueryString, parseNeedsQuery, type NeedsQuery } from './needs-query';
import { NeedsTable } from './NeedsTable';

export default function NeedsPage() {
  const intl = useIntl();
  // A donor's way from all needs to those their published offers fit (their matches).
  const donor = donorOrganisation(useSession().user);
  const [, navigate] = useLocation();
  const query = parseNeedsQuery(useSearch());
  const set = (next: Partial<NeedsQuery>, resetPage = true) =>
    navigate(`/needs${needsQueryString({ ...query, ...(resetPage ? { after: null } : {}), ...next })}`, { replace: true });

  const variables = needsListVariables(query, intl.locale as Locale);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NeedsListDocument,
    variables,
    requestPolicy: usePrefetchedPolicy(NeedsListDocument, variables),
  });
  const needs = data?.needs;
  // The same rows while an answer is awaited, so the table is not drawn again for nothing.
  const rows = useMemo(() => needs?.edges.map((e) => e.node) ?? [], [needs]);

  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'needs.title' })}>
        <FormattedMessage id="needs.title" />
      </PageTitle>
      <Group justify="space-between" align="flex-start" mb="sm">
        {donor ? (
          <Anchor component={Link} href="/my/matches">
            <FormattedMessage id="needs.fitMyOffers" />
          </Anchor>
        ) : (
          <span />
        )}
        <ExportMenu document={ExportNeedsDocument} variables={{ search: variables.search, filter: variables.filter, sort: variables.sort }} />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <NeedsFilters query={query} listShown={data !== undefined || error !== undefined} onChange={set} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <SearchBox
            value={query.q}
            onSearch={(q) => set({ q })}
            label={intl.formatMessage({ id: 'needs.searchLabel' })}
            description={intl.formatMessage({ id: 'needs.searchHint' })}
          />
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
