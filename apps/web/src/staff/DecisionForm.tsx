import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useRefusal } from '../common/useRefusal';
import { BatchRefusal } from './BatchRefusal';
import { ModerateNeedsDocument, ModerateOffersDocument } from './moderation.generated';
import type { QueueItem } from './QueueTable';

export type QueueKind = 'needs' | 'offers';
type Action = 'PUBLISH' | 'RETURN';

/**
 * Publish or return one item or a selection, in one request: the API moves all of them or none.
 * A refusal names each item it refused and why; the selection and the reasons typed stay.
 */
export function DecisionForm({ kind, items, onDone }: { kind: QueueKind; items: QueueItem[]; onDone: (ids: string[], action: Action) => void }) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [needs, moderateNeeds] = useMutation(ModerateNeedsDocument);
  const [offers, moderateOffers] = useMutation(ModerateOffersDocument);
  const [failed, setFailed] = useState(false);
  const result = kind === 'needs' ? needs : offers;
  const refusal = useRefusal(failed ? result.error : undefined);
  const ids = items.map((i) => i.id);
  const decide = async (action: Action) => {
    const input = { action, reason: reason.trim() || null };
    const r = kind === 'needs' ? await moderateNeeds({ input: { ...input, needIds: ids } }) : await moderateOffers({ input: { ...input, offerIds: ids } });
    setFailed(!!r.error);
    if (!r.error) {
      setReason('');
      onDone(ids, action);
    }
  };
  const count = items.length;
  return (
    <Stack gap="sm">
      <Textarea
        label={intl.formatMessage({ id: 'moderation.reason' })}
        description={intl.formatMessage({ id: 'moderation.reasonHint' })}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={2000}
      />
      {refusal && (
        <BatchRefusal
          refusal={refusal}
          field={kind === 'needs' ? 'input.needIds' : 'input.offerIds'}
          items={items.map((i) => ({ key: i.id, label: i.title, lang: i.lang }))}
        />
      )}
      <Group gap="sm">
        <Button onClick={() => void decide('PUBLISH')} loading={result.fetching} disabled={!count}>
          <FormattedMessage id="moderation.publish" values={{ count }} />
        </Button>
        <Button variant="default" onClick={() => void decide('RETURN')} loading={result.fetching} disabled={!count}>
          <FormattedMessage id="moderation.return" values={{ count }} />
        </Button>
      </Group>
    </Stack>
  );
}
