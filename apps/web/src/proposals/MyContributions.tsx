import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import type { MessageId } from '../i18n/messages';
import type { StepResult } from './DonorDesk';
import type { ProposalDetail } from './proposal-parts';
import { PROPOSAL_TOUCHED } from './room-parts';
import { CancelContributionDocument, CommitContributionDocument, DisburseContributionDocument, PledgeContributionDocument } from './room.generated';

type Contribution = ProposalDetail['contributions'][number];

/**
 * The donor's own open contributions, each with the next steps of the contribution life cycle
 * (docs/PROPOSALS.md: pledge an intent; commit an intent or a pledge; disburse a commitment;
 * cancel any of them, with a reason). The API has the last word: a step it refuses is said.
 */
export function MyContributions({ proposal, donors, onResult }: { proposal: ProposalDetail; donors: string[]; onResult: (r: StepResult) => void }) {
  const open = proposal.contributions.filter((c) => donors.includes(c.organisationId) && ['INTENT', 'PLEDGED', 'COMMITTED'].includes(c.status));
  if (open.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text fw={600}>
        <FormattedMessage id="desk.mineTitle" />
      </Text>
      {open.map((c) => (
        <ContributionSteps key={c.id} contribution={c} onResult={onResult} />
      ))}
    </Stack>
  );
}

function ContributionSteps({ contribution: c, onResult }: { contribution: Contribution; onResult: (r: StepResult) => void }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const [pledged, pledge] = useMutation(PledgeContributionDocument);
  const [committed, commit] = useMutation(CommitContributionDocument);
  const [disbursed, disburse] = useMutation(DisburseContributionDocument);
  const [cancelled, cancel] = useMutation(CancelContributionDocument);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  // The version read: a step taken meanwhile by someone else is refused, and the card shows the new state.
  const input = { contributionId: c.id, expectedVersion: c.version };
  type Run = (vars: { input: typeof input & { reason?: string } }, context: typeof PROPOSAL_TOUCHED) => Promise<{ error?: StepResult['error'] }>;
  const step = (run: Run, done: MessageId, extra: { reason?: string } = {}) =>
    void run({ input: { ...input, ...extra } }, PROPOSAL_TOUCHED).then((r) => onResult({ done, error: r.error }));
  const what = c.trancheNumber
    ? intl.formatMessage({ id: 'funding.trancheNumber' }, { number: c.trancheNumber })
    : intl.formatMessage({ id: 'funding.wholeProposal' });

  return (
    <Card withBorder padding="sm" component="article" aria-label={`${what}, ${label('contributionStatus', c.status)}`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          <FormattedMessage
            id="desk.contribution"
            values={{ amount: <Money amount={c.amount} currency={c.currency} />, what, status: label('contributionStatus', c.status) }}
          />
        </Text>
        <Group gap="xs">
          {c.status === 'INTENT' && (
            <Button size="compact-sm" variant="default" loading={pledged.fetching} onClick={() => step(pledge, 'desk.pledged')}>
              <FormattedMessage id="desk.pledge" />
            </Button>
          )}
          {(c.status === 'INTENT' || c.status === 'PLEDGED') && (
            <Button size="compact-sm" loading={committed.fetching} onClick={() => step(commit, 'desk.committed')}>
              <FormattedMessage id="desk.commit" />
            </Button>
          )}
          {c.status === 'COMMITTED' && (
            <Button size="compact-sm" variant="default" loading={disbursed.fetching} onClick={() => step(disburse, 'desk.disbursed')}>
              <FormattedMessage id="desk.disburse" />
            </Button>
          )}
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => setCancelling((v) => !v)} aria-expanded={cancelling}>
            <FormattedMessage id="desk.cancel" />
          </Button>
        </Group>
      </Group>
      {cancelling && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) step(cancel, 'desk.cancelled', { reason: reason.trim() });
          }}
        >
          <Group align="flex-end" gap="xs" mt="xs" wrap="wrap">
            <TextInput
              style={{ flex: '1 1 14rem' }}
              label={intl.formatMessage({ id: 'desk.cancelReason' })}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              dir="auto"
            />
            <Button type="submit" color="red" size="sm" loading={cancelled.fetching}>
              <FormattedMessage id="desk.confirmCancel" />
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
