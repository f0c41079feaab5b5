import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { RequireModerator } from '../staff/RequireModerator';
import { StatusBadge } from '../common/StatusBadge';
import { useStateNames } from '../proposals/useStateNames';
import { MeetingLiveDocument } from './desk.generated';
import { IntentForm } from './IntentForm';
import { currentItem, promisedAtMeeting } from './meeting-mode';
import { MEETING_TOUCHED } from './MeetingDesk';
import { OutcomeForm } from './OutcomeForm';
import { RunningTotals } from './RunningTotals';

/**
 * `/meetings/:id/live`: the meeting mode, for UNODA during a GIS meeting. One agenda item on
 * screen (`?item=<position>`), the intents donors announce recorded as they speak, the running
 * totals of the proposal and each tranche, and the outcome the meeting reaches.
 */
export default function MeetingModePage() {
  return (
    <RequireModerator heading="live.title">
      <MeetingMode />
    </RequireModerator>
  );
}

function MeetingMode() {
  const { id } = useParams<{ id: string }>();
  const intl = useIntl();
  const search = useSearch();
  const [, navigate] = useLocation();
  const stateName = useStateNames();
  const [{ data, error }, refetch] = useQuery({ query: MeetingLiveDocument, variables: { id }, context: MEETING_TOUCHED });
  const title = intl.formatMessage({ id: 'live.title' });
  if (error && !data)
    return (
      <>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  if (!data) return <PageLoading />;
  const { meeting, organisations } = data;
  const position = currentItem(search, meeting.agenda);
  const index = meeting.agenda.findIndex((i) => i.position === position);
  const item = meeting.agenda[index];
  const go = (i: number) => navigate(`/meetings/${id}/live?item=${meeting.agenda[i]!.position}`, { replace: true });
  const head = (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <div>
        <Anchor component={Link} href={`/meetings/${id}`} size="sm">
          <FormattedMessage id="live.back" />
        </Anchor>
        <PageTitle documentTitle={`${title}: ${meeting.title}`}>
          <span dir="auto">{meeting.title}</span>
        </PageTitle>
      </div>
      {item && (
        <Group gap="xs" component="nav" aria-label={intl.formatMessage({ id: 'live.itemsNav' })}>
          <Button variant="default" disabled={index <= 0} onClick={() => go(index - 1)}>
            <FormattedMessage id="live.previous" />
          </Button>
          <Text fw={600} aria-live="polite">
            <FormattedMessage id="live.itemOf" values={{ n: index + 1, total: meeting.agenda.length }} />
          </Text>
          <Button variant="default" disabled={index >= meeting.agenda.length - 1} onClick={() => go(index + 1)}>
            <FormattedMessage id="live.next" />
          </Button>
        </Group>
      )}
    </Group>
  );
  if (!item?.proposal)
    return (
      <Stack>
        {head}
        <EmptyState title={<FormattedMessage id="meeting.agendaEmpty" />} hint={<FormattedMessage id="meeting.agendaEmptyHint" />} />
      </Stack>
    );
  const proposal = item.proposal;
  const here = promisedAtMeeting(proposal.contributions, meeting.id);
  const donors = organisations.filter((o) => !['UNODA', 'UN_REGIONAL_CENTRE'].includes(o.type));
  const nameOf = (orgId: string) => organisations.find((o) => o.id === orgId)?.name ?? orgId;
  const states = proposal.parties.filter((p) => p.kind === 'STATE' && p.stateIso3).map((p) => stateName(p.stateIso3!));
  return (
    <Stack gap="lg">
      {head}
      <Paper withBorder p="lg" component="section" aria-labelledby="live-item">
        <Text c="dimmed">
          <bdi>{proposal.reference}</bdi>
        </Text>
        <Title order={2} id="live-item" dir="auto">
          <Anchor component={Link} href={`/proposals/${proposal.id}`} inherit>
            {proposal.title}
          </Anchor>
        </Title>
        <Group gap="sm" mt="xs">
          <StatusBadge family="proposalStatus" status={proposal.status} />
          {states.length > 0 && <Text>{intl.formatList(states, { type: 'conjunction' })}</Text>}
        </Group>
        {item.note && (
          <Text mt="xs" dir="auto">
            {item.note}
          </Text>
        )}
      </Paper>
      <RunningTotals funding={proposal.funding} here={here} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <IntentForm meetingId={meeting.id} proposal={proposal} donors={donors} nameOf={nameOf} />
        <OutcomeForm meetingId={meeting.id} proposalId={proposal.id} recorded={item.outcome ?? null} action={item.outcomeAction ?? null} />
      </SimpleGrid>
    </Stack>
  );
}
