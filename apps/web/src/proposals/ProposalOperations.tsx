import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useClient, useQuery, type CombinedError, type DocumentInput } from 'urql';
import { Link } from 'wouter';
import { useConfirmation } from '../common/ConfirmDialog';
import { useRefusal } from '../common/useRefusal';
import type { ProposalAction, ProposalTransitionInput } from '../gql/types';
import type { MessageId } from '../i18n/messages';
import { useSession } from '../session/SessionProvider';
import { isModerator } from '../session/memberships';
import {
  CloseProposalDocument,
  CompleteProposalDocument,
  HoldProposalDocument,
  ResumeProposalDocument,
  StartProposalImplementationDocument,
  SubmitProposalForEndorsementDocument,
  WithdrawProposalDocument,
} from './compiler.generated';
import { PROPOSAL_TOUCHED } from './room-parts';
import { ProposalWorkDocument } from './room.generated';

type Step = {
  action: ProposalAction;
  label: MessageId;
  done: MessageId;
  document: DocumentInput<unknown, { input: ProposalTransitionInput }>;
  reason?: boolean;
  confirm?: MessageId;
  danger?: boolean;
};
/** The life-cycle steps a person takes on the proposal itself here (endorsing and reviewing have their own panels). */
const STEPS: Step[] = [
  { action: 'SUBMIT_FOR_ENDORSEMENT', label: 'operate.submit', done: 'operate.submitted', document: SubmitProposalForEndorsementDocument },
  { action: 'RESUME', label: 'operate.resume', done: 'operate.resumed', document: ResumeProposalDocument },
  { action: 'START_IMPLEMENTATION', label: 'operate.start', done: 'operate.started', document: StartProposalImplementationDocument },
  { action: 'COMPLETE', label: 'operate.complete', done: 'operate.completed', document: CompleteProposalDocument },
  { action: 'CLOSE', label: 'operate.close', done: 'operate.closed', document: CloseProposalDocument },
  { action: 'HOLD', label: 'operate.hold', done: 'operate.held', document: HoldProposalDocument, reason: true },
  {
    action: 'WITHDRAW',
    label: 'operate.withdraw',
    done: 'operate.withdrawn',
    document: WithdrawProposalDocument,
    reason: true,
    confirm: 'operate.withdrawConfirm',
    danger: true,
  },
];

/**
 * The proposal's life cycle for those who move it (UNODA; a State for implementation and
 * withdrawal): the steps the API offers now (`availableActions`), a reason where the API asks
 * for one, and for UNODA the draft's editor.
 */
export function ProposalOperations({ proposalId }: { proposalId: string }) {
  const { user } = useSession();
  const [{ data }] = useQuery({ query: ProposalWorkDocument, variables: { id: proposalId }, context: PROPOSAL_TOUCHED });
  const [done, setDone] = useState<MessageId | null>(null);
  const p = data?.proposal;
  if (!p) return null;
  const steps = STEPS.filter((s) => p.availableActions.includes(s.action));
  const editable = isModerator(user) && ['DRAFT', 'RETURNED'].includes(p.status);
  if (!steps.length && !editable && !done) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="proposal-operations" className="gis-no-print">
      <Stack gap="sm">
        <Title order={2} size="h4" id="proposal-operations">
          <FormattedMessage id="operate.title" />
        </Title>
        {done && (
          <Text role="status" fw={600}>
            <FormattedMessage id={done} />
          </Text>
        )}
        {editable && (
          <Anchor component={Link} href={`/staff/proposals/${p.id}/edit`}>
            <FormattedMessage id="operate.edit" />
          </Anchor>
        )}
        {steps.length > 0 && <Steps proposalId={p.id} version={p.version} steps={steps} onDone={setDone} />}
      </Stack>
    </Paper>
  );
}

function Steps({ proposalId, version, steps, onDone }: { proposalId: string; version: number; steps: Step[]; onDone: (done: MessageId) => void }) {
  const intl = useIntl();
  const confirmation = useConfirmation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<CombinedError>();
  const [running, setRunning] = useState<ProposalAction | null>(null);
  const client = useClient();
  const refusal = useRefusal(error);
  const run = async (step: Step) => {
    if (step.reason && !reason.trim()) return setMissing(true);
    if (step.confirm && !(await confirmation.ask({ message: intl.formatMessage({ id: step.confirm }), confirmLabel: intl.formatMessage({ id: step.label }) })))
      return;
    setMissing(false);
    setRunning(step.action);
    const r = await client
      .mutation(step.document, { input: { proposalId, expectedVersion: version, reason: step.reason ? reason.trim() : undefined } }, PROPOSAL_TOUCHED)
      .toPromise();
    setRunning(null);
    setError(r.error);
    if (!r.error) onDone(step.done);
  };
  return (
    <Stack gap="sm">
      {steps.some((s) => s.reason) && (
        <Textarea
          label={intl.formatMessage({ id: 'operate.reason' })}
          description={intl.formatMessage({ id: 'operate.reasonHint' })}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missing ? intl.formatMessage({ id: 'operate.reasonRequired' }) : undefined}
          autosize
          minRows={2}
          maxLength={2000}
        />
      )}
      {refusal && (
        <Alert color="red" role="alert">
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Alert>
      )}
      <Group gap="sm">
        {steps.map((s) => (
          <Button
            key={s.action}
            variant={s.danger ? 'subtle' : s.reason ? 'default' : 'filled'}
            color={s.danger ? 'red' : undefined}
            loading={running === s.action}
            onClick={() => void run(s)}
          >
            <FormattedMessage id={s.label} />
          </Button>
        ))}
      </Group>
      {confirmation.dialog}
    </Stack>
  );
}
