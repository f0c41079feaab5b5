import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, type CombinedError } from 'urql';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import { useRefusal } from '../common/useRefusal';
import { formatMoney } from '../i18n/format';
import type { MessageId } from '../i18n/messages';
import { MyContributions } from './MyContributions';
import type { ProposalDetail } from './proposal-parts';
import { isAmount } from './money-input';
import { PROPOSAL_TOUCHED, useMyOrganisations } from './room-parts';
import { AddProposalDonorDocument, RecordContributionDocument } from './room.generated';

/** The statuses in which the API takes contributions (on the market); it refuses the rest. */
const ON_MARKET = ['OPEN_FOR_FUNDING', 'UNDER_NEGOTIATION', 'PARTIALLY_FUNDED', 'FUNDED'];
const RECORDABLE = ['INTENT', 'PLEDGED', 'COMMITTED'] as const;
const RECORDED: Record<(typeof RECORDABLE)[number], MessageId> = {
  INTENT: 'desk.recordedIntent',
  PLEDGED: 'desk.recordedPledge',
  COMMITTED: 'desk.recordedCommitment',
};

/** What the last step did (or why it was refused), said with the figures it left. */
export interface StepResult {
  done?: MessageId;
  error?: CombinedError;
}

/**
 * A donor's desk on the funding tab: join the proposal, record an intent, a pledge or a
 * commitment for a tranche or the whole, then move each of their contributions on. After each
 * step the totals above are asked again, and the result is said with them.
 */
export function DonorDesk({ proposal }: { proposal: ProposalDetail }) {
  const donors = useMyOrganisations('DONOR');
  const [result, setResult] = useState<StepResult | null>(null);
  if (donors.length === 0) return null;
  const party = proposal.parties.find((p) => p.kind === 'DONOR' && donors.includes(p.organisationId));
  const donorId = party?.organisationId ?? donors[0]!;
  const onMarket = ON_MARKET.includes(proposal.status);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="donor-desk">
      <Stack gap="md">
        <Title order={2} size="h4" id="donor-desk">
          <FormattedMessage id="desk.title" />
        </Title>
        {!onMarket && (
          <Text c="dimmed">
            <FormattedMessage id="desk.notOnMarket" />
          </Text>
        )}
        {onMarket && !party && <JoinAsDonor proposalId={proposal.id} donorId={donorId} onResult={setResult} />}
        {onMarket && <RecordForm proposal={proposal} donorId={donorId} onResult={setResult} />}
        <MyContributions proposal={proposal} donors={donors} onResult={setResult} />
        <Outcome result={result} funding={proposal.funding} />
      </Stack>
    </Paper>
  );
}

function JoinAsDonor({ proposalId, donorId, onResult }: { proposalId: string; donorId: string; onResult: (r: StepResult) => void }) {
  const [joined, join] = useMutation(AddProposalDonorDocument);
  return (
    <Group gap="sm" wrap="wrap">
      <Text size="sm">
        <FormattedMessage id="desk.joinHint" />
      </Text>
      <Button
        variant="default"
        loading={joined.fetching}
        onClick={() =>
          void join({ input: { proposalId, organisationId: donorId } }, PROPOSAL_TOUCHED).then((r) => onResult({ done: 'desk.joined', error: r.error }))
        }
      >
        <FormattedMessage id="desk.join" />
      </Button>
    </Group>
  );
}

function RecordForm({ proposal, donorId, onResult }: { proposal: ProposalDetail; donorId: string; onResult: (r: StepResult) => void }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const currency = proposal.currency;
  // Kept after a refusal: the donor corrects the amount rather than typing it all again.
  const [tranche, setTranche] = useState('');
  const [amount, setAmount] = useState('');
  const [status, setStatus] = useState<(typeof RECORDABLE)[number]>('PLEDGED');
  const [checked, setChecked] = useState(false);
  const [recorded, record] = useMutation(RecordContributionDocument);
  const gaps = new Map(proposal.funding.tranches.map((t) => [t.number, t.gap]));
  const tranches = proposal.currentRevision?.tranches ?? [];
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setChecked(true);
        if (!isAmount(amount)) return;
        const input = {
          proposalId: proposal.id,
          organisationId: donorId,
          amount: amount.trim(),
          currency,
          status,
          trancheNumber: tranche ? Number(tranche) : undefined,
        };
        void record({ input }, PROPOSAL_TOUCHED).then((r) => {
          onResult({ done: RECORDED[status], error: r.error });
          if (!r.error) {
            setAmount('');
            setChecked(false);
          }
        });
      }}
    >
      <Stack gap="xs">
        <Text fw={600}>
          <FormattedMessage id="desk.recordTitle" />
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NativeSelect
            style={{ flex: '2 1 14rem' }}
            label={intl.formatMessage({ id: 'desk.for' })}
            value={tranche}
            onChange={(e) => setTranche(e.currentTarget.value)}
            data={[
              { value: '', label: intl.formatMessage({ id: 'funding.wholeProposal' }) },
              ...tranches.map((t) => ({
                value: String(t.number),
                label: intl.formatMessage(
                  { id: 'desk.trancheOption' },
                  { number: t.number, title: t.title, gap: formatMoney(intl.locale, gaps.get(t.number) ?? t.total, currency) },
                ),
              })),
            ]}
          />
          <TextInput
            style={{ flex: '1 1 9rem' }}
            label={intl.formatMessage({ id: 'desk.amount' }, { currency })}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={checked && !isAmount(amount) ? intl.formatMessage({ id: 'room.amountInvalid' }) : undefined}
            inputMode="decimal"
            dir="ltr"
            required
          />
          <NativeSelect
            style={{ flex: '1 1 9rem' }}
            label={intl.formatMessage({ id: 'desk.as' })}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as (typeof RECORDABLE)[number])}
            data={RECORDABLE.map((s) => ({ value: s, label: label('contributionStatus', s) }))}
          />
        </Group>
        <Group>
          <Button type="submit" loading={recorded.fetching}>
            <FormattedMessage id="desk.record" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The last step's result, or its refusal (the API's reason, with its figures), then where the funding stands now. */
function Outcome({ result, funding: f }: { result: StepResult | null; funding: ProposalDetail['funding'] }) {
  const refusal = useRefusal(result?.error);
  const money = (amount: string | null) => (amount === null ? <FormattedMessage id="funding.noRate" /> : <Money amount={amount} currency={f.currency} />);
  const usd = (amount: string | null) => (amount === null ? <FormattedMessage id="funding.noRate" /> : <Money amount={amount} currency="USD" />);
  return (
    <Stack gap={4}>
      {refusal ? (
        <Alert color="red" role="alert">
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Alert>
      ) : (
        result?.done && (
          <Text role="status" fw={600}>
            <FormattedMessage id={result.done} />
          </Text>
        )
      )}
      <Text size="sm" data-testid="desk-figures">
        <FormattedMessage id="desk.figures" values={{ committed: money(f.committed), promised: money(f.promised), gap: money(f.gap) }} />
      </Text>
      {f.currency !== 'USD' && (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="desk.figuresUsd" values={{ committed: usd(f.committedUsd), gap: usd(f.gapUsd) }} />
        </Text>
      )}
    </Stack>
  );
}
