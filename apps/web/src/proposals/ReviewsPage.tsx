import { Anchor, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { CursorPager } from '../common/CursorPager';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { useDates } from '../common/useDates';
import { useStatusPaging } from '../common/useStatusPaging';
import { ResponsiveTable } from '../admin/ResponsiveTable';
import { reviewerCentres } from '../session/memberships';
import { useSession } from '../session/SessionProvider';
import { ReviewQueueDocument } from './reviews.generated';
import { useStateNames } from './useStateNames';

const PAGE_SIZE = 20;
const NO_STATUSES: readonly string[] = [];

/** `/my/reviews`: the proposals in technical review for the reader's regional centre, nearest review deadline first. */
export default function ReviewsPage() {
  const intl = useIntl();
  const { user } = useSession();
  const centres = reviewerCentres(user);
  const title = intl.formatMessage({ id: 'review.queueTitle' });
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {centres.length === 0 ? (
        <EmptyState title={<FormattedMessage id="review.notReviewer" />} hint={<FormattedMessage id="review.notReviewerHint" />} />
      ) : (
        <>
          <Text c="dimmed" mb="md">
            <FormattedMessage id="review.queueFor" values={{ centres: <bdi>{centres.map((c) => c.name).join(' · ')}</bdi> }} />
          </Text>
          <ReviewQueue />
        </>
      )}
    </>
  );
}

function ReviewQueue() {
  const dates = useDates();
  const stateName = useStateNames();
  const { after, go } = useStatusPaging(NO_STATUSES);
  const [{ data, error }, refetch] = useQuery({ query: ReviewQueueDocument, variables: { first: PAGE_SIZE, after }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading />;
  const proposals = data.proposals.edges.map((e) => e.node);
  if (!proposals.length) return <EmptyState title={<FormattedMessage id="review.queueEmpty" />} hint={<FormattedMessage id="review.queueEmptyHint" />} />;
  return (
    <Stack gap="sm">
      <ResponsiveTable
        columns={['review.colProposal', 'review.colStates', 'review.colDeadline', 'review.colWaiting']}
        rows={proposals.map((p) => ({
          key: p.id,
          cells: [
            <Stack gap={0} key="proposal">
              <Text size="sm" c="dimmed" component="span">
                <bdi>{p.reference}</bdi>
              </Text>
              <Anchor component={Link} href={`/proposals/${p.id}`} fw={600} dir="auto">
                {p.title}
              </Anchor>
            </Stack>,
            p.parties
              .filter((party) => party.kind === 'STATE' && party.stateIso3)
              .map((party) => stateName(party.stateIso3!))
              .join(' · '),
            p.reviewDeadline ? dates.date(p.reviewDeadline) : <FormattedMessage key="none" id="review.noDeadline" />,
            <FormattedMessage key="since" id="review.since" values={{ date: dates.instant(p.statusChangedAt) }} />,
          ],
        }))}
      />
      <CursorPager
        total={data.proposals.totalCount}
        shown={proposals.length}
        hasNext={data.proposals.pageInfo.hasNextPage}
        isFirst={!after}
        onNext={() => go({ after: data.proposals.pageInfo.endCursor })}
        onFirst={() => go({ after: null })}
      />
    </Stack>
  );
}
