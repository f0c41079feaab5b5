import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useConfirmation } from '../common/ConfirmDialog';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import type { MessageId } from '../i18n/messages';
import { ReviewPanel } from './ReviewPanel';
import { PROPOSAL_TOUCHED, useMyOrganisations } from './room-parts';
import { DeclineProposalDocument, EndorseProposalDocument, ProposalWorkDocument, ReturnProposalDocument, SubmitOutcomeReportDocument } from './room.generated';

/**
 * What a requesting State's focal point (or any party) may do to the proposal itself now: the
 * steps the API offers (`availableActions`: endorse, return or decline with reasons) and the
 * outcome report while theirs is due. Nothing is drawn when there is nothing to do.
 */
export function ProposalSteps({ proposalId }: { proposalId: string }) {
  const [{ data }] = useQuery({ query: ProposalWorkDocument, variables: { id: proposalId }, context: PROPOSAL_TOUCHED });
  const mine = useMyOrganisations();
  // Said here, not in the panel: once the State has decided (or reported), the API offers no step and the panel goes.
  const [decided, setDecided] = useState<MessageId | null>(null);
  const p = data?.proposal;
  if (!p) return null;
  const decides = ['ENDORSE', 'ENDORSE_FOR_REVIEW', 'RETURN', 'DECLINE'].some((a) => p.availableActions.includes(a as never));
  const reportDue = p.outcomeReportsDue.some((o) => mine.includes(o.id));
  const reviews = ['APPROVE_REVIEW', 'RETURN_FROM_REVIEW'].some((a) => p.availableActions.includes(a as never));
  if (!decides && !reportDue && !reviews && !decided) return null;
  return (
    <Stack gap="md">
      {decided && <Result done={decided} />}
      {reviews && <ReviewPanel proposalId={p.id} onDone={setDecided} />}
      {decides && <Endorsement proposalId={p.id} version={p.version} actions={p.availableActions} onDone={setDecided} />}
      {reportDue && <OutcomeReportForm proposalId={p.id} onDone={setDecided} />}
    </Stack>
  );
}

function Result({ done, error }: { done: MessageId | null; error?: CombinedError }) {
  const refusal = useRefusal(error);
  if (refusal) {
    return (
      <Alert color="red" role="alert">
        <FormattedMessage id={refusal.id} values={refusal.values} />
      </Alert>
    );
  }
  return done ? (
    <Text role="status" fw={600}>
      <FormattedMessage id={done} />
    </Text>
  ) : null;
}

function Endorsement({ proposalId, version, actions, onDone }: { proposalId: string; version: number; actions: string[]; onDone: (said: MessageId) => void }) {
  const intl = useIntl();
  const confirmation = useConfirmation();
  // Kept across a refusal (someone else changed the proposal first): what was typed is not lost.
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [endorsed, endorse] = useMutation(EndorseProposalDocument);
  const [returned, returnIt] = useMutation(ReturnProposalDocument);
  const [declined, decline] = useMutation(DeclineProposalDocument);
  const error = endorsed.error ?? returned.error ?? declined.error;
  type Step = (
    vars: { input: { proposalId: string; expectedVersion: number; reason?: string } },
    context: typeof PROPOSAL_TOUCHED,
  ) => Promise<{ error?: CombinedError }>;
  const run = async (step: Step, said: MessageId, needsReason: boolean) => {
    if (needsReason && !reason.trim()) return setMissing(true);
    setMissing(false);
    const r = await step({ input: { proposalId, expectedVersion: version, reason: needsReason ? reason.trim() : undefined } }, PROPOSAL_TOUCHED);
    if (!r.error) onDone(said);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="proposal-endorsement">
      <Stack gap="sm">
        <Title order={2} size="h4" id="proposal-endorsement">
          <FormattedMessage id="steps.endorsementTitle" />
        </Title>
        <Text size="sm">
          <FormattedMessage id="steps.endorsementHint" />
        </Text>
        {(actions.includes('RETURN') || actions.includes('DECLINE')) && (
          <Textarea
            label={intl.formatMessage({ id: 'steps.reason' })}
            description={intl.formatMessage({ id: 'steps.reasonHint' })}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={missing ? intl.formatMessage({ id: 'steps.reasonRequired' }) : undefined}
            autosize
            minRows={2}
            maxLength={2000}
          />
        )}
        <Result done={null} error={error} />
        <Group gap="sm">
          {(actions.includes('ENDORSE') || actions.includes('ENDORSE_FOR_REVIEW')) && (
            <Button loading={endorsed.fetching} onClick={() => void run(endorse, 'steps.endorsed', false)}>
              <FormattedMessage id="steps.endorse" />
            </Button>
          )}
          {actions.includes('RETURN') && (
            <Button variant="default" loading={returned.fetching} onClick={() => void run(returnIt, 'steps.returned', true)}>
              <FormattedMessage id="steps.return" />
            </Button>
          )}
          {actions.includes('DECLINE') && (
            <Button
              variant="subtle"
              color="red"
              loading={declined.fetching}
              onClick={() =>
                void confirmation
                  .ask({ message: intl.formatMessage({ id: 'steps.declineConfirm' }), confirmLabel: intl.formatMessage({ id: 'steps.decline' }) })
                  .then((yes) => {
                    if (yes) void run(decline, 'steps.declined', true);
                  })
              }
            >
              <FormattedMessage id="steps.decline" />
            </Button>
          )}
          {confirmation.dialog}
        </Group>
      </Stack>
    </Paper>
  );
}

function OutcomeReportForm({ proposalId, onDone }: { proposalId: string; onDone: (said: MessageId) => void }) {
  const intl = useIntl();
  const [summary, setSummary] = useState('');
  const [link, setLink] = useState('');
  const [sent, send] = useMutation(SubmitOutcomeReportDocument);
  const refusal = useRefusal(sent.error);
  const problem = useFieldProblem(refusal);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="proposal-outcome">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send({ input: { proposalId, summary: summary.trim(), documentUrl: link.trim() || undefined } }, PROPOSAL_TOUCHED).then(
            (r) => !r.error && onDone('steps.reportSent'),
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="proposal-outcome">
            <FormattedMessage id="steps.reportTitle" />
          </Title>
          <Textarea
            label={intl.formatMessage({ id: 'steps.reportSummary' })}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            required
            autosize
            minRows={3}
            error={problem('summary')}
          />
          <TextInput
            label={intl.formatMessage({ id: 'steps.reportLink' })}
            type="url"
            value={link}
            onChange={(e) => setLink(e.currentTarget.value)}
            dir="ltr"
          />
          <Result done={null} error={sent.error} />
          <Group>
            <Button type="submit" loading={sent.fetching}>
              <FormattedMessage id="steps.reportSend" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
