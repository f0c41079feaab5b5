import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useRefusal } from '../common/useRefusal';
import { useSession } from '../session/SessionProvider';
import { isModerator } from '../session/memberships';
import {
  AddMeetingAgendaItemDocument,
  AgendaChoicesDocument,
  CancelMeetingDocument,
  CloseMeetingDocument,
  RemoveMeetingAgendaItemDocument,
} from './desk.generated';
import type { MeetingDetailQuery } from './meetings.generated';

export const MEETING_TOUCHED = { additionalTypenames: ['GisMeeting', 'AgendaItem', 'Contribution', 'Proposal'] };
type Meeting = MeetingDetailQuery['meeting'];

/**
 * UNODA's desk on a meeting's page: build the agenda from proposals, open the meeting mode, and
 * end the meeting (held, with minutes; or cancelled, with why). Shown to moderators only; the API
 * refuses anyone else.
 */
export function MeetingDesk({ meeting }: { meeting: Meeting }) {
  const { user } = useSession();
  if (!isModerator(user) || meeting.status === 'CANCELLED') return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="meeting-desk" className="gis-no-print">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="meeting-desk">
            <FormattedMessage id="meetingDesk.deskTitle" />
          </Title>
          {meeting.agenda.length > 0 && (
            <Button component={Link} href={`/meetings/${meeting.id}/live`}>
              <FormattedMessage id="meetingDesk.openLive" />
            </Button>
          )}
        </Group>
        {meeting.status === 'SCHEDULED' && <AgendaEditor meeting={meeting} />}
        {meeting.status === 'SCHEDULED' && <EndMeeting meetingId={meeting.id} />}
      </Stack>
    </Paper>
  );
}

function AgendaEditor({ meeting }: { meeting: Meeting }) {
  const intl = useIntl();
  const [{ data }] = useQuery({ query: AgendaChoicesDocument, context: MEETING_TOUCHED });
  const [proposalId, setProposalId] = useState('');
  const [note, setNote] = useState('');
  const [added, add] = useMutation(AddMeetingAgendaItemDocument);
  const [removed, remove] = useMutation(RemoveMeetingAgendaItemDocument);
  const refusal = useRefusal(added.error ?? removed.error);
  const onAgenda = new Set(meeting.agenda.map((i) => i.proposalId));
  const choices = (data?.proposals.edges ?? []).map((e) => e.node).filter((p) => !onAgenda.has(p.id));
  const submit = async () => {
    if (!proposalId) return;
    const r = await add({ input: { meetingId: meeting.id, proposalId, note: note.trim() || null } }, MEETING_TOUCHED);
    if (r.error) return;
    setProposalId('');
    setNote('');
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        <FormattedMessage id="meetingDesk.agendaTitle" />
      </Title>
      {meeting.agenda.map((i) => (
        <Group key={i.proposalId} justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm">
            <bdi>{i.position}.</bdi> <span dir="auto">{i.proposal?.title ?? i.proposalId}</span>
          </Text>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            loading={removed.fetching}
            aria-label={intl.formatMessage({ id: 'meetingDesk.removeItem' }, { title: i.proposal?.title ?? '' })}
            onClick={() => void remove({ input: { meetingId: meeting.id, proposalId: i.proposalId } }, MEETING_TOUCHED)}
          >
            <FormattedMessage id="compiler.remove" />
          </Button>
        </Group>
      ))}
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <NativeSelect
            style={{ flex: '2 1 16rem' }}
            label={intl.formatMessage({ id: 'meetingDesk.addProposal' })}
            value={proposalId}
            onChange={(e) => setProposalId(e.currentTarget.value)}
            data={[
              { value: '', label: intl.formatMessage({ id: choices.length ? 'meetingDesk.chooseProposal' : 'meetingDesk.noProposals' }) },
              ...choices.map((p) => ({ value: p.id, label: `${p.reference} · ${p.title}` })),
            ]}
          />
          <TextInput
            style={{ flex: '2 1 12rem' }}
            label={intl.formatMessage({ id: 'meetingDesk.itemNote' })}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            dir="auto"
          />
          <Button type="submit" variant="light" disabled={!proposalId} loading={added.fetching}>
            <FormattedMessage id="meetingDesk.addItem" />
          </Button>
        </Group>
      </form>
      {refusal && (
        <Alert color="red" role="alert">
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Alert>
      )}
    </Stack>
  );
}

function EndMeeting({ meetingId }: { meetingId: string }) {
  const intl = useIntl();
  const [summary, setSummary] = useState('');
  const [missing, setMissing] = useState(false);
  const [closed, close] = useMutation(CloseMeetingDocument);
  const [cancelled, cancel] = useMutation(CancelMeetingDocument);
  const refusal = useRefusal(closed.error ?? cancelled.error);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        <FormattedMessage id="meetingDesk.endTitle" />
      </Title>
      <Textarea
        label={intl.formatMessage({ id: 'meetingDesk.summary' })}
        description={intl.formatMessage({ id: 'meetingDesk.summaryHint' })}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        error={missing ? intl.formatMessage({ id: 'meetingDesk.cancelNeedsReason' }) : undefined}
        autosize
        minRows={2}
        dir="auto"
      />
      {refusal && (
        <Alert color="red" role="alert">
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Alert>
      )}
      <Group gap="sm">
        <Button
          variant="default"
          loading={closed.fetching}
          onClick={() => void close({ input: { meetingId, summary: summary.trim() || null } }, MEETING_TOUCHED)}
        >
          <FormattedMessage id="meetingDesk.close" />
        </Button>
        <Button
          variant="subtle"
          color="red"
          loading={cancelled.fetching}
          onClick={() => {
            setMissing(!summary.trim());
            if (summary.trim()) void cancel({ input: { meetingId, summary: summary.trim() } }, MEETING_TOUCHED);
          }}
        >
          <FormattedMessage id="meetingDesk.cancel" />
        </Button>
      </Group>
    </Stack>
  );
}
