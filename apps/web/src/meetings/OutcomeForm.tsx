import { Alert, Button, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import type { MeetingOutcomeAction } from '../gql/types';
import { useEnumLabel } from '../common/labels';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import { RecordMeetingOutcomeDocument } from './desk.generated';
import { MEETING_TOUCHED } from './MeetingDesk';

const ACTIONS: MeetingOutcomeAction[] = ['HOLD', 'RESUME', 'START_IMPLEMENTATION', 'WITHDRAW'];

/** What the meeting concluded on this proposal, and the step it takes (the API checks the step is allowed now). */
export function OutcomeForm({
  meetingId,
  proposalId,
  recorded,
  action,
}: {
  meetingId: string;
  proposalId: string;
  recorded: string | null;
  action: MeetingOutcomeAction | null;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const [outcome, setOutcome] = useState(recorded ?? '');
  const [step, setStep] = useState<MeetingOutcomeAction | ''>('');
  const [checked, setChecked] = useState(false);
  const [saved, save] = useMutation(RecordMeetingOutcomeDocument);
  const refusal = useRefusal(saved.error);
  const problem = useFieldProblem(refusal);
  const submit = async () => {
    setChecked(true);
    if (!outcome.trim()) return;
    await save({ input: { meetingId, proposalId, outcome: outcome.trim(), action: step || null } }, MEETING_TOUCHED);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="live-outcome">
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="live-outcome">
            <FormattedMessage id="live.outcomeTitle" />
          </Title>
          {recorded && (
            <Text size="sm" role="status">
              <FormattedMessage id="live.outcomeRecorded" values={{ outcome: <span dir="auto">{recorded}</span> }} />
              {action && <> ({label('meetingOutcomeAction', action)})</>}
            </Text>
          )}
          <Textarea
            label={intl.formatMessage({ id: 'live.outcome' })}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            autosize
            minRows={3}
            dir="auto"
            error={problem('outcome') ?? (checked && !outcome.trim() ? intl.formatMessage({ id: 'room.required' }) : undefined)}
          />
          <NativeSelect
            label={intl.formatMessage({ id: 'live.step' })}
            description={intl.formatMessage({ id: 'live.stepHint' })}
            value={step}
            onChange={(e) => setStep(e.currentTarget.value as MeetingOutcomeAction | '')}
            data={[
              { value: '', label: intl.formatMessage({ id: 'live.noStep' }) },
              ...ACTIONS.map((a) => ({ value: a, label: label('meetingOutcomeAction', a) })),
            ]}
          />
          {refusal && (
            <Alert color="red" role="alert">
              <FormattedMessage id={refusal.id} values={refusal.values} />
            </Alert>
          )}
          <Button type="submit" variant="default" loading={saved.fetching} style={{ alignSelf: 'flex-start' }}>
            <FormattedMessage id="live.saveOutcome" />
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
