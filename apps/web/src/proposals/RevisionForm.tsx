import { Alert, Button, Fieldset, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Money } from '../common/Money';
import { useRefusal } from '../common/useRefusal';
import { isAmount, sumDecimals } from './money-input';
import { PROPOSAL_TOUCHED } from './room-parts';
import { ProposeProposalRevisionDocument, type DealRoomQuery } from './room.generated';

type Revision = DealRoomQuery['proposal']['revisions'][number];
interface DraftTranche {
  title: string;
  needIds: string[];
  lines: { description: string; amount: string }[];
}

const draftOf = (r: Revision): DraftTranche[] => r.tranches.map((t) => ({ title: t.title, needIds: t.needIds, lines: t.lines.map((l) => ({ ...l })) }));

/**
 * A new version of the budget, started from the newest revision: tranches and lines to edit, add
 * or remove, the totals as typed (exact decimals), and the note the API posts in the thread. A
 * refusal because another revision came first keeps everything typed; the newer one shows above.
 */
export function RevisionForm({ proposalId, currency, start, latest, onDone }: { proposalId: string; currency: string; start: Revision; latest: number; onDone: (proposed?: number) => void }) {
  const intl = useIntl();
  const [tranches, setTranches] = useState(() => draftOf(start));
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const [proposed, propose] = useMutation(ProposeProposalRevisionDocument);
  const refusal = useRefusal(proposed.error);
  const edit = (ti: number, change: (t: DraftTranche) => DraftTranche) => setTranches((all) => all.map((t, i) => (i === ti ? change(t) : t)));
  const trancheTotal = (t: DraftTranche) => sumDecimals(t.lines.map((l) => l.amount || '0'));
  const total = sumDecimals(tranches.map((t) => trancheTotal(t) ?? 'x'));
  const valid = note.trim() !== '' && tranches.length > 0 && tranches.every((t) => t.title.trim() && t.lines.length > 0 && t.lines.every((l) => l.description.trim() && isAmount(l.amount)));

  const submit = () => {
    setChecked(true);
    if (!valid) return;
    void propose(
      { input: { proposalId, basedOnRevision: latest, note: note.trim(), tranches: tranches.map((t) => ({ title: t.title.trim(), needIds: t.needIds, lines: t.lines.map((l) => ({ description: l.description.trim(), amount: l.amount.trim() })) })) } },
      PROPOSAL_TOUCHED,
    ).then((r) => r.data && onDone(r.data.proposeProposalRevision.number));
  };
  const amountError = (v: string) => (checked && !isAmount(v) ? intl.formatMessage({ id: 'room.amountInvalid' }) : undefined);
  const required = (v: string) => (checked && !v.trim() ? intl.formatMessage({ id: 'room.required' }) : undefined);

  return (
    <form onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      <Stack gap="md">
        <Text size="sm">
          <FormattedMessage id="room.reviseHint" values={{ number: start.number }} />
        </Text>
        {tranches.map((t, ti) => (
          <Fieldset key={ti} legend={intl.formatMessage({ id: 'room.trancheLegend' }, { number: ti + 1 })}>
            <Stack gap="xs">
              <TextInput label={intl.formatMessage({ id: 'room.trancheTitle' })} value={t.title} error={required(t.title)} onChange={(e) => { const title = e.currentTarget.value; edit(ti, (x) => ({ ...x, title })); }} dir="auto" />
              {t.lines.map((l, li) => (
                <Group key={li} align="flex-end" gap="xs" wrap="wrap">
                  <TextInput style={{ flex: '2 1 12rem' }} label={intl.formatMessage({ id: 'room.lineDescription' }, { number: li + 1 })} value={l.description} error={required(l.description)} dir="auto"
                    onChange={(e) => { const description = e.currentTarget.value; edit(ti, (x) => ({ ...x, lines: x.lines.map((y, i) => (i === li ? { ...y, description } : y)) })); }} />
                  <TextInput style={{ flex: '1 1 8rem' }} label={intl.formatMessage({ id: 'room.lineAmount' }, { number: li + 1, currency })} value={l.amount} error={amountError(l.amount)} inputMode="decimal" dir="ltr"
                    onChange={(e) => { const amount = e.currentTarget.value; edit(ti, (x) => ({ ...x, lines: x.lines.map((y, i) => (i === li ? { ...y, amount } : y)) })); }} />
                  <Button variant="subtle" color="red" size="compact-sm" mb={6} disabled={t.lines.length === 1} onClick={() => edit(ti, (x) => ({ ...x, lines: x.lines.filter((_, i) => i !== li) }))}>
                    <FormattedMessage id="room.removeLine" values={{ number: li + 1 }} />
                  </Button>
                </Group>
              ))}
              <Group justify="space-between" wrap="wrap">
                <Group gap="xs">
                  <Button variant="subtle" size="compact-sm" onClick={() => edit(ti, (x) => ({ ...x, lines: [...x.lines, { description: '', amount: '' }] }))}>
                    <FormattedMessage id="room.addLine" />
                  </Button>
                  {tranches.length > 1 && (
                    <Button variant="subtle" color="red" size="compact-sm" onClick={() => setTranches((all) => all.filter((_, i) => i !== ti))}>
                      <FormattedMessage id="room.removeTranche" values={{ number: ti + 1 }} />
                    </Button>
                  )}
                </Group>
                <Text size="sm">
                  <FormattedMessage id="room.trancheTotal" values={{ amount: trancheTotal(t) ? <Money amount={trancheTotal(t)!} currency={currency} /> : '—' }} />
                </Text>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <Group justify="space-between" wrap="wrap">
          <Button variant="default" onClick={() => setTranches((all) => [...all, { title: '', needIds: [], lines: [{ description: '', amount: '' }] }])}>
            <FormattedMessage id="room.addTranche" />
          </Button>
          <Text fw={700} role="status">
            <FormattedMessage id="room.newTotal" values={{ amount: total ? <Money amount={total} currency={currency} /> : '—', before: <Money amount={start.total} currency={currency} /> }} />
          </Text>
        </Group>
        <Textarea label={intl.formatMessage({ id: 'room.note' })} description={intl.formatMessage({ id: 'room.noteHint' })} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={required(note)} autosize minRows={2} required />
        {refusal && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={proposed.fetching}>
            <FormattedMessage id="room.submitRevision" />
          </Button>
          <Button variant="subtle" onClick={() => onDone()}>
            <FormattedMessage id="room.cancel" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
