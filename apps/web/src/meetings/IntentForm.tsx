import { Alert, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import { isAmount } from '../proposals/money-input';
import { RecordMeetingIntentDocument, type MeetingLiveQuery } from './desk.generated';
import { MEETING_TOUCHED } from './MeetingDesk';

type Proposal = NonNullable<MeetingLiveQuery['meeting']['agenda'][number]['proposal']>;

/** As a donor speaks: its intent for the proposal or a tranche, recorded at once; the lines this meeting recorded below. */
export function IntentForm({
  meetingId,
  proposal,
  donors,
  nameOf,
}: {
  meetingId: string;
  proposal: Proposal;
  donors: { id: string; name: string }[];
  nameOf: (id: string) => string;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const [donor, setDonor] = useState('');
  const [tranche, setTranche] = useState('');
  const [amount, setAmount] = useState('');
  const [checked, setChecked] = useState(false);
  const [recorded, record] = useMutation(RecordMeetingIntentDocument);
  const refusal = useRefusal(recorded.error);
  const problem = useFieldProblem(refusal);
  const lines = proposal.contributions.filter((c) => c.meetingId === meetingId);
  const submit = async () => {
    setChecked(true);
    if (!donor || !isAmount(amount)) return;
    const r = await record(
      { input: { meetingId, proposalId: proposal.id, organisationId: donor, amount: amount.trim(), trancheNumber: tranche ? Number(tranche) : null } },
      MEETING_TOUCHED,
    );
    if (r.error) return;
    setAmount('');
    setChecked(false);
  };
  const trancheName = (n: number | null | undefined) =>
    n ? intl.formatMessage({ id: 'live.tranche' }, { number: n }) : intl.formatMessage({ id: 'live.whole' });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="live-intent">
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="live-intent">
            <FormattedMessage id="live.intentTitle" />
          </Title>
          <Text size="sm">
            <FormattedMessage id="live.intentHint" />
          </Text>
          <NativeSelect
            label={intl.formatMessage({ id: 'live.donor' })}
            value={donor}
            onChange={(e) => setDonor(e.currentTarget.value)}
            error={problem('organisationId') ?? (checked && !donor ? intl.formatMessage({ id: 'room.required' }) : undefined)}
            data={[{ value: '', label: intl.formatMessage({ id: 'live.chooseDonor' }) }, ...donors.map((d) => ({ value: d.id, label: d.name }))]}
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={intl.formatMessage({ id: 'live.for' })}
              value={tranche}
              onChange={(e) => setTranche(e.currentTarget.value)}
              error={problem('trancheNumber')}
              data={[
                { value: '', label: intl.formatMessage({ id: 'live.whole' }) },
                ...proposal.funding.tranches.map((t) => ({
                  value: String(t.number),
                  label: intl.formatMessage({ id: 'live.trancheTitled' }, { number: t.number, title: t.title }),
                })),
              ]}
            />
            <TextInput
              label={intl.formatMessage({ id: 'live.amount' }, { currency: proposal.currency })}
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
              inputMode="decimal"
              dir="ltr"
              error={problem('amount') ?? (checked && !isAmount(amount) ? intl.formatMessage({ id: 'room.amountInvalid' }) : undefined)}
            />
          </Group>
          {refusal && (
            <Alert color="red" role="alert">
              <FormattedMessage id={refusal.id} values={refusal.values} />
            </Alert>
          )}
          <Button type="submit" loading={recorded.fetching} style={{ alignSelf: 'flex-start' }}>
            <FormattedMessage id="live.record" />
          </Button>
        </Stack>
      </form>
      <Title order={3} size="h5" mt="md" mb="xs">
        <FormattedMessage id="live.recordedTitle" values={{ count: lines.length }} />
      </Title>
      {lines.length > 0 && (
        <Table data-testid="live-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="live.donor" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="live.for" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="live.colStatus" />
              </Table.Th>
              <Table.Th style={{ textAlign: 'end' }}>
                <FormattedMessage id="live.colAmount" />
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td dir="auto">{nameOf(l.organisationId)}</Table.Td>
                <Table.Td>{trancheName(l.trancheNumber)}</Table.Td>
                <Table.Td>{label('contributionStatus', l.status)}</Table.Td>
                <Table.Td style={{ textAlign: 'end' }}>
                  <Money amount={l.amount} currency={proposal.currency} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
