import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { PageError, PageLoading } from '../common/PageState';
import { useDates } from '../common/useDates';
import { ReviewQueueDocument } from '../proposals/reviews.generated';
import { DealRoomCard } from './DealRoomCard';
import { WaitingCard } from './WaitingCard';

/** A regional centre's reviewer: the reviews due (nearest deadline first) and the news of their deal rooms. */
export function ReviewerHome() {
  const dates = useDates();
  // The queue page's first page: one request for both, from the cache when the reader goes on to it.
  const [{ data, error }, refetch] = useQuery({ query: ReviewQueueDocument, variables: { first: 20, after: null }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading />;
  return (
    <Stack gap="lg">
      <Group>
        <Button component={Link} href="/my/reviews">
          <FormattedMessage id="review.queueTitle" />
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <WaitingCard
          heading="review.homeDue"
          count={data.proposals.totalCount}
          items={data.proposals.edges.map(({ node: p }) => ({
            key: p.id,
            href: `/proposals/${p.id}`,
            label: p.title,
            detail: p.reviewDeadline ? (
              <FormattedMessage id="review.dueOn" values={{ date: dates.date(p.reviewDeadline), reference: <bdi>{p.reference}</bdi> }} />
            ) : (
              <bdi>{p.reference}</bdi>
            ),
          }))}
          empty="review.queueEmpty"
          all={{ href: '/my/reviews', id: 'workspaceHome.seeAll' }}
        />
        <DealRoomCard />
      </SimpleGrid>
    </Stack>
  );
}
