import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Money } from '../common/Money';
import { useRefusal } from '../common/useRefusal';
import { PROPOSAL_TOUCHED } from './room-parts';
import { budgetTotal, tranchesInput, tranchesValid, type DraftTranche } from './budget-draft';
import { TranchesEditor } from './TranchesEditor';
import { ProposeProposalRevisionDocument, type DealRoomQuery } from './room.generated';

type Revision = DealRoomQuery['proposal']['revisions'][number];
const draftOf = (r: Revision): DraftTranche[] => r.tranches.map((t) => ({ title: t.title, needIds: t.needIds, lines: t.lines.map((l) => ({ ...l })) }));

/**
 * A new version of the budget, started from the newest revision: tranches and lines to edit, add
 * or remove, the totals as typed (exact decimals), and the note the API posts in the thread. A
 * refusal because another revision came first keeps everything typed; the newer one shows above.
 */
export function RevisionForm({
  proposalId,
  currency,
  start,
  latest,
  onDone,
}: {
  proposalId: string;
  currency: string;
  start: Revision;
  latest: number;
  onDone: (proposed?: number) => void;
}) {
  const intl = useIntl();
  const [tranches, setTranches] = useState(() => draftOf(start));
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const [proposed, propose] = useMutation(ProposeProposalRevisionDocument);
  const refusal = useRefusal(proposed.error);
  const total = budgetTotal(tranches);
  const valid = note.trim() !== '' && tranchesValid(tranches);

  const submit = () => {
    setChecked(true);
    if (!valid) return;
    void propose({ input: { proposalId, basedOnRevision: latest, note: note.trim(), tranches: tranchesInput(tranches) } }, PROPOSAL_TOUCHED).then(
      (r) => r.data && onDone(r.data.proposeProposalRevision.number),
    );
  };
  const required = (v: string) => (checked && !v.trim() ? intl.formatMessage({ id: 'room.required' }) : undefined);

  return (
    <form onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      <Stack gap="md">
        <Text size="sm">
          <FormattedMessage id="room.reviseHint" values={{ number: start.number }} />
        </Text>
        <TranchesEditor tranches={tranches} onChange={setTranches} currency={currency} checked={checked} />
        <Group justify="flex-end" wrap="wrap">
          <Text fw={700} role="status">
            <FormattedMessage
              id="room.newTotal"
              values={{ amount: total ? <Money amount={total} currency={currency} /> : '—', before: <Money amount={start.total} currency={currency} /> }}
            />
          </Text>
        </Group>
        <Textarea
          label={intl.formatMessage({ id: 'room.note' })}
          description={intl.formatMessage({ id: 'room.noteHint' })}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={required(note)}
          autosize
          minRows={2}
          required
        />
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
