import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { RequireModerator } from '../staff/RequireModerator';
import { StatusBadge } from '../common/StatusBadge';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import { useSession } from '../session/SessionProvider';
import { MeetingsDeskDocument, ScheduleMeetingDocument } from './desk.generated';
import { formatMeetingTime } from './meeting-time';
import { MEETING_TOUCHED } from './MeetingDesk';

/** Meetings since this long ago are listed with the upcoming ones. */
const RECENT_DAYS = 120;

/** `/staff/meetings`: UNODA's GIS meetings, upcoming and recent, and a new one to schedule. */
export default function MeetingsDeskPage() {
  return (
    <RequireModerator heading="meetingDesk.title">
      <MeetingsDesk />
    </RequireModerator>
  );
}

function MeetingsDesk() {
  const intl = useIntl();
  const { user } = useSession();
  const [from] = useState(() => new Date(Date.now() - RECENT_DAYS * 86_400_000).toISOString());
  const [{ data, error }, refetch] = useQuery({ query: MeetingsDeskDocument, variables: { from }, context: MEETING_TOUCHED });
  const title = intl.formatMessage({ id: 'meetingDesk.title' });
  const head = <PageTitle documentTitle={title}>{title}</PageTitle>;
  return (
    <Stack gap="lg">
      {head}
      <ScheduleForm />
      <section aria-labelledby="meetings-list">
        <Title order={2} size="h4" id="meetings-list" mb="xs">
          <FormattedMessage id="meetingDesk.listTitle" />
        </Title>
        {error && !data ? (
          <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : !data ? (
          <PageLoading lines={3} />
        ) : data.meetings.length === 0 ? (
          <EmptyState title={<FormattedMessage id="meetingDesk.none" />} hint={<FormattedMessage id="meetingDesk.noneHint" />} />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <FormattedMessage id="meetingDesk.colMeeting" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="meetingDesk.colWhen" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="meetingDesk.colStatus" />
                  </Table.Th>
                  <Table.Th style={{ textAlign: 'end' }}>
                    <FormattedMessage id="meetingDesk.colAgenda" />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.meetings.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Anchor component={Link} href={`/meetings/${m.id}`} dir="auto">
                        {m.title}
                      </Anchor>
                      {m.location && (
                        <Text size="xs" c="dimmed" dir="auto">
                          {m.location}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <time dateTime={m.startsAt}>{formatMeetingTime(intl.locale, m.startsAt, user?.timeZone)}</time>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge family="meetingStatus" status={m.status} />
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'end' }}>
                      <bdi>{m.agenda.length}</bdi>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
    </Stack>
  );
}

function ScheduleForm() {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [location, setLocation] = useState('');
  const [checked, setChecked] = useState(false);
  const [scheduled, schedule] = useMutation(ScheduleMeetingDocument);
  const refusal = useRefusal(scheduled.error);
  const problem = useFieldProblem(refusal);
  const required = (v: string) => (checked && !v.trim() ? intl.formatMessage({ id: 'room.required' }) : undefined);
  const submit = async () => {
    setChecked(true);
    if (!title.trim() || !startsAt) return;
    // The local date and time typed, in this device's time zone, as an instant.
    const r = await schedule(
      { input: { title: title.trim(), startsAt: new Date(startsAt).toISOString(), location: location.trim() || null } },
      MEETING_TOUCHED,
    );
    if (r.data) navigate(`/meetings/${r.data.scheduleMeeting.id}`);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="schedule-meeting">
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="schedule-meeting">
            <FormattedMessage id="meetingDesk.schedule" />
          </Title>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              style={{ flex: '2 1 16rem' }}
              label={intl.formatMessage({ id: 'meetingDesk.fieldTitle' })}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              required
              error={problem('title') ?? required(title)}
              dir="auto"
            />
            <TextInput
              style={{ flex: '1 1 12rem' }}
              type="datetime-local"
              label={intl.formatMessage({ id: 'meetingDesk.fieldStartsAt' })}
              description={intl.formatMessage({ id: 'meetingDesk.fieldStartsAtHint' })}
              value={startsAt}
              onChange={(e) => setStartsAt(e.currentTarget.value)}
              required
              error={problem('startsAt') ?? required(startsAt)}
            />
            <TextInput
              style={{ flex: '1 1 12rem' }}
              label={intl.formatMessage({ id: 'meetingDesk.fieldLocation' })}
              value={location}
              onChange={(e) => setLocation(e.currentTarget.value)}
              error={problem('location')}
              dir="auto"
            />
          </Group>
          {refusal && !Object.keys(refusal.fields).length && (
            <Alert color="red" role="alert">
              <FormattedMessage id={refusal.id} values={refusal.values} />
            </Alert>
          )}
          <Button type="submit" loading={scheduled.fetching} style={{ alignSelf: 'flex-start' }}>
            <FormattedMessage id="meetingDesk.scheduleButton" />
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
