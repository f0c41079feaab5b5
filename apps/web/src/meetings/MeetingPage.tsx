import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { Facts } from '../common/Facts';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { StatusBadge } from '../common/StatusBadge';
import { useReaderTimeZone } from '../common/useReaderTimeZone';
import { MeetingDetailDocument, type MeetingDetailQuery } from '../gql/graphql';
import { formatInstant } from '../i18n/format';
import { formatMeetingTime } from './meeting-time';
import { MeetingPack } from './MeetingPack';

type AgendaItem = MeetingDetailQuery['meeting']['agenda'][number];

/** A GIS meeting: when and where, its agenda of proposals, and the pack in six languages. */
export default function MeetingPage() {
  const { id } = useParams<{ id: string }>();
  const intl = useIntl();
  const label = useEnumLabel();
  const timeZone = useReaderTimeZone();
  const [{ data, error }, refetch] = useQuery({ query: MeetingDetailDocument, variables: { id } });
  const meeting = data?.meeting;
  if (error && !meeting) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!meeting) return <PageLoading />;

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
            {formatInstant(intl.locale, item.outcomeRecordedAt, timeZone)}
          </Text>
        )}
      </Stack>
    ) : (
      ''
    );

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
          { key: 'when', term: <FormattedMessage id="meeting.when" />, value: <time dateTime={meeting.startsAt}>{formatMeetingTime(intl.locale, meeting.startsAt, timeZone)}</time> },
          { key: 'where', term: <FormattedMessage id="meeting.where" />, value: meeting.location ? <span dir="auto">{meeting.location}</span> : <FormattedMessage id="common.notGiven" /> },
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
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  {(['meeting.colItem', 'meeting.colProposal', 'meeting.colStatus', 'meeting.colTarget', 'meeting.colNote', 'meeting.colOutcome'] as const).map((h) => (
                    <Table.Th key={h} scope="col">
                      <FormattedMessage id={h} />
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {meeting.agenda.map((item) => (
                  <Table.Tr key={item.proposalId}>
                    <Table.Td>
                      <bdi>{intl.formatNumber(item.position)}</bdi>
                    </Table.Td>
                    <Table.Th scope="row" fw={400}>
                      {item.proposal ? (
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
                      )}
                    </Table.Th>
                    <Table.Td>{item.proposal && <StatusBadge family="proposalStatus" status={item.proposal.status} />}</Table.Td>
                    <Table.Td>{item.proposal && <Money amount={item.proposal.targetAmount} currency={item.proposal.currency} />}</Table.Td>
                    <Table.Td>
                      <Text size="sm" className="gis-original" dir="auto">
                        {item.note ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>{outcome(item)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
      <MeetingPack meetingId={meeting.id} startsAt={meeting.startsAt} />
    </Stack>
  );
}
