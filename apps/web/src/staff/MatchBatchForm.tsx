import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useRefusal } from '../common/useRefusal';
import { BatchRefusal } from './BatchRefusal';
import type { MatchRowFragment } from '../matching/workspace.generated';
import { ModerateMatchesDocument } from './review.generated';
import { matchName } from './ReviewTable';

type Action = 'CONFIRM' | 'DISMISS';

/** Confirm or dismiss the selected matches in one request (all or none, as the API does); a refusal names each match it refused and why. */
export function MatchBatchForm({ matches, onDone }: { matches: MatchRowFragment[]; onDone: (ids: string[], action: Action) => void }) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [result, moderate] = useMutation(ModerateMatchesDocument);
  const [failed, setFailed] = useState(false);
  const refusal = useRefusal(failed ? result.error : undefined);
  const ids = matches.map((m) => m.id);
  const decide = async (action: Action) => {
    const r = await moderate({ input: { action, matchIds: ids, reason: reason.trim() || null } });
    setFailed(!!r.error);
    if (!r.error) {
      setReason('');
      onDone(ids, action);
    }
  };
  const count = matches.length;
  return (
    <Stack gap="sm">
      <Textarea
        label={intl.formatMessage({ id: 'matchActions.reason' })}
        description={intl.formatMessage({ id: 'matchActions.reasonRequiredToDismiss' })}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={2000}
      />
      {refusal && <BatchRefusal refusal={refusal} field="input.matchIds" items={matches.map((m) => ({ key: m.id, label: matchName(m) }))} />}
      <Group gap="sm">
        <Button onClick={() => void decide('CONFIRM')} loading={result.fetching} disabled={!count}>
          <FormattedMessage id="review.confirmSelected" values={{ count }} />
        </Button>
        <Button variant="default" onClick={() => void decide('DISMISS')} loading={result.fetching} disabled={!count}>
          <FormattedMessage id="review.dismissSelected" values={{ count }} />
        </Button>
      </Group>
    </Stack>
  );
}
