import { Button, Group, NativeSelect, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useEnumLabel } from '../common/labels';
import type { NeedCloseReason } from '../gql/types';

const REASONS: NeedCloseReason[] = ['MET', 'NO_LONGER_NEEDED', 'SUPERSEDED'];

/** Closing a published need: why (the API's reasons) and, if the State wishes, a note for the record. */
export function NeedCloseForm({
  closing,
  onClose,
  onCancel,
}: {
  closing: boolean;
  onClose: (closeReason: NeedCloseReason, note: string) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const [closeReason, setCloseReason] = useState<NeedCloseReason | ''>('');
  const [note, setNote] = useState('');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="need-close-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="need-close-title">
          <FormattedMessage id="workspace.closeTitle" />
        </Title>
        <NativeSelect
          label={intl.formatMessage({ id: 'workspace.closeReason' })}
          required
          value={closeReason}
          onChange={(e) => setCloseReason(e.currentTarget.value as NeedCloseReason | '')}
          data={[{ value: '', label: intl.formatMessage({ id: 'import.choose' }) }, ...REASONS.map((r) => ({ value: r, label: label('needCloseReason', r) }))]}
        />
        <Textarea
          label={intl.formatMessage({ id: 'workspace.closeNote' })}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          dir="auto"
        />
        <Group gap="sm">
          <Button color="red" disabled={!closeReason} loading={closing} onClick={() => closeReason && onClose(closeReason, note.trim())}>
            <FormattedMessage id="workspace.closeConfirm" />
          </Button>
          <Button variant="default" onClick={onCancel}>
            <FormattedMessage id="needForm.cancel" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
