import { Anchor, Box, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { Facts } from '../common/Facts';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import { MeetingDetailDocument, type MeetingDetailQuery } from './meetings.generated';
import { useSession } from '../session/SessionProvider';
import { formatMeetingTime } from './meeting-time';
import { MeetingPack } from './MeetingPack';
import { MEETING_TOUCHED, MeetingDesk } from './MeetingDesk';
import { ColumnHeads } from '../common/ColumnHeads';

type AgendaItem = MeetingDetailQuery['meeting']['agenda'][number];

/** A GIS meeting: when and where, its agenda of proposals, and the pack in six languages. */
export default function MeetingPage() {
  const { id } = useParams<{ id: string }>();
  const intl = useIntl();
  const label = useEnumLabel();
  const { user } = useSession();
  const [{ data, error }, refetch] = useQuery({ query: MeetingDetailDocument, variables: { id }, context: MEETING_TOUCHED });
  const meeting = data?.meeting;
  if (error && !meeting) {
    return (
      <>
        <PageTitle documentTitle={intl.formatMessage({ id: 'meeting.title' })}>
          <FormattedMessage id="meeting.title" />
        </PageTitle>
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (!meeting) return <PageLoading />;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle={meeting.title}>
          <span dir="auto">{meeting.title}</span>
        </PageTitle>
        <StatusBadge family="meetingStatus" status={meeting.status} />
      </div>
      <Facts
        items={[
          {
            key: 'when',
            term: <FormattedMessage id="meeting.when" />,
            value: <time dateTime={meeting.startsAt}>{formatMeetingTime(intl.locale, meeting.startsAt, user?.timeZone)}</time>,
          },
          {
            key: 'where',
            term: <FormattedMessage id="meeting.where" />,
            value: meeting.location ? <span dir="auto">{meeting.location}</span> : <FormattedMessage id="common.notGiven" />,
          },
          { key: 'status', term: <FormattedMessage id="meeting.status" />, value: label('meetingStatus', meeting.status) },
        ]}
      />
      {meeting.summary && (
        <section aria-labelledby="meeting-summary">
          <Title order={2} size="h4" id="meeting-summary" mb="xs">
            <FormattedMessage id={meeting.status === 'CANCELLED' ? 'meeting.cancelReason' : 'meeting.minutes'} />
          </Title>
          <Text className="gis-original" dir="auto">
            {meeting.summary}
          </Text>
        </section>
      )}
      <section aria-labelledby="meeting-agenda">
        <Title order={2} size="h4" id="meeting-agenda" mb="xs">
          <FormattedMessage id="meeting.agenda" />
        </Title>
        {meeting.agenda.length === 0 ? (
          <EmptyState title={<FormattedMessage id="meeting.agendaEmpty" />} hint={<FormattedMessage id="meeting.agendaEmptyHint" />} />
        ) : (
          <Agenda items={meeting.agenda} />
        )}
      </section>
      <MeetingDesk meeting={meeting} />
      <MeetingPack meetingId={meeting.id} startsAt={meeting.startsAt} />
    </Stack>
  );
}

/** The agenda: a table on wide screens, cards on narrow ones. */
function Agenda({ items }: { items: AgendaItem[] }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const dates = useDates();
  const wide = useMediaQuery('(min-width: 48em)', true);
  const proposal = (item: AgendaItem) =>
    item.proposal ? (
      <Stack gap={0}>
        <Text size="sm" c="dimmed">
          <bdi>{item.proposal.reference}</bdi>
        </Text>
        <Anchor component={Link} href={`/proposals/${item.proposal.id}`} dir="auto">
          {item.proposal.title}
        </Anchor>
      </Stack>
    ) : (
      <FormattedMessage id="meeting.proposalHidden" />
    );
  // The whole word: a status cut short by a narrow column says nothing.
  const status = (item: AgendaItem) =>
    item.proposal && (
      <Box w="max-content">
        <StatusBadge family="proposalStatus" status={item.proposal.status} />
      </Box>
    );
  const target = (item: AgendaItem) => item.proposal && <Money amount={item.proposal.targetAmount} currency={item.proposal.currency} />;
  const note = (item: AgendaItem) =>
    item.note ? (
      <Text size="sm" className="gis-original" dir="auto">
        {item.note}
      </Text>
    ) : null;
  const outcome = (item: AgendaItem) =>
    item.outcome ? (
      <Stack gap={2}>
        {item.outcomeAction && (
          <Text size="sm" fw={600}>
            {label('meetingOutcomeAction', item.outcomeAction)}
          </Text>
        )}
        <Text size="sm" className="gis-original" dir="auto">
          {item.outcome}
        </Text>
        {item.outcomeRecordedAt && (
          <Text size="xs" c="dimmed">
            {dates.instant(item.outcomeRecordedAt)}
          </Text>
        )}
      </Stack>
    ) : null;

  if (!wide) {
    return (
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <Card key={item.proposalId} withBorder padding="sm" component="li">
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                <FormattedMessage id="meeting.item" values={{ position: item.position }} />
              </Text>
              {proposal(item)}
              <Group gap="xs">
                {status(item)}
                {target(item)}
              </Group>
              {note(item)}
              {item.outcome && (
                <div>
                  <Text size="xs" c="dimmed">
                    <FormattedMessage id="meeting.colOutcome" />
                  </Text>
                  {outcome(item)}
                </div>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table verticalSpacing="xs" striped>
        <ColumnHeads columns={['meeting.colItem', 'meeting.colProposal', 'meeting.colStatus', 'meeting.colTarget', 'meeting.colNote', 'meeting.colOutcome']} />
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.proposalId}>
              <Table.Td>
                <bdi>{intl.formatNumber(item.position)}</bdi>
              </Table.Td>
              <Table.Th scope="row" fw={400}>
                {proposal(item)}
              </Table.Th>
              <Table.Td>{status(item)}</Table.Td>
              <Table.Td>{target(item)}</Table.Td>
              <Table.Td>{note(item)}</Table.Td>
              <Table.Td>{outcome(item)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
