import { Grid, Group, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { CursorPager } from '../common/CursorPager';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportProposalsDocument } from '../open-data/exports.generated';
import { ProposalsListDocument } from './proposals.generated';
import { useSession } from '../session/SessionProvider';
import { ProposalsFilters } from './ProposalsFilters';
import { activeFilterCount, parseProposalsQuery, proposalsQueryString, toProposalFilter, type ProposalsQuery } from './proposals-query';
import { ProposalsTable } from './ProposalsTable';

/**
 * The proposals the visitor may see: funded ones for anyone, those on the market when signed in,
 * their own organisation's in any status. The API applies the rule; the page says it.
 */
export default function ProposalsPage() {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const { status } = useSession();
  const signedIn = status === 'signedIn';
  const query = parseProposalsQuery(useSearch());
  const set = (next: Partial<ProposalsQuery>, resetPage = true) =>
    navigate(`/proposals${proposalsQueryString({ ...query, ...(resetPage ? { after: null } : {}), ...next })}`, { replace: true });

  // The list's arguments; its export takes the same.
  const shown = { filter: toProposalFilter(query, signedIn), sort: query.sort ?? undefined };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProposalsListDocument,
    variables: { ...shown, first: 20, after: query.after ?? undefined },
    // Who sees what depends on the session: wait until it is known.
    pause: status === 'unknown',
  });
  const proposals = data?.proposals;
  const filtered = activeFilterCount(query) > 0;

  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'proposals.title' })}>
        <FormattedMessage id="proposals.title" />
      </PageTitle>
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Text c="dimmed">
          <FormattedMessage id={signedIn ? 'proposals.introSignedIn' : 'proposals.introPublic'} />
        </Text>
        {status !== 'unknown' && <ExportMenu document={ExportProposalsDocument} variables={shown} />}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <ProposalsFilters query={query} listShown={data !== undefined || error !== undefined} signedIn={signedIn} onChange={set} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {error && !proposals ? (
            <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
          ) : !proposals ? (
            <PageLoading />
          ) : proposals.edges.length === 0 ? (
            <EmptyState
              title={<FormattedMessage id={filtered ? 'proposals.emptyFilteredTitle' : 'proposals.emptyTitle'} />}
              hint={<FormattedMessage id={filtered ? 'proposals.emptyFilteredHint' : signedIn ? 'proposals.emptyHintSignedIn' : 'proposals.emptyHintPublic'} />}
            />
          ) : (
            <div aria-busy={fetching}>
              <Text size="sm" c="dimmed" mb="xs">
                <FormattedMessage id="proposals.fundedRule" />
              </Text>
              <ProposalsTable proposals={proposals.edges.map((e) => e.node)} />
              <CursorPager
                total={proposals.totalCount}
                shown={proposals.edges.length}
                hasNext={proposals.pageInfo.hasNextPage}
                isFirst={!query.after}
                onNext={() => set({ after: proposals.pageInfo.endCursor }, false)}
                onFirst={() => set({ after: null })}
              />
            </div>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
