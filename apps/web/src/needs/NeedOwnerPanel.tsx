import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { useRefusal } from '../common/useRefusal';
import type { NeedAction, NeedStatus } from '../gql/types';
import { QualityMeter, type Quality } from './QualityMeter';
import { SubmitNeedDocument, WithdrawNeedDocument } from './workspace.generated';

/** Statuses in which the API lets the State edit a need (EDITABLE_STATUSES in libs/needs); it refuses the rest. */
const EDITABLE: NeedStatus[] = ['DRAFT', 'RETURNED', 'PUBLISHED'];

interface OwnedNeed {
  id: string;
  version: number;
  status: NeedStatus;
  availableActions: NeedAction[];
  returnReason: string | null;
  quality: Quality;
}

/**
 * What the State's focal point does with their need: the moderator's reasons when it came back,
 * the quality meter, and the steps the API offers now (`availableActions`).
 */
export function NeedOwnerPanel({ need, onChanged }: { need: OwnedNeed; onChanged: () => void }) {
  const intl = useIntl();
  const [submitted, submit] = useMutation(SubmitNeedDocument);
  const [withdrawn, withdraw] = useMutation(WithdrawNeedDocument);
  const refusal = useRefusal(submitted.error ?? withdrawn.error);
  const input = { needId: need.id, expectedVersion: need.version };
  const after = (r: { error?: unknown }) => {
    // A refusal (someone else changed it, or it moved on) is said below; either way show it as it is now.
    onChanged();
    return r;
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        {need.status === 'RETURNED' && need.returnReason && (
          <Alert color="orange" title={intl.formatMessage({ id: 'workspace.returnedTitle' })}>
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {need.returnReason}
            </Text>
          </Alert>
        )}
        <QualityMeter quality={need.quality} />
        {refusal && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        <Group gap="sm">
          {EDITABLE.includes(need.status) && (
            <Button component={Link} href={`/needs/${need.id}/edit`} variant="default">
              <FormattedMessage id="workspace.edit" />
            </Button>
          )}
          {need.availableActions.includes('SUBMIT') && (
            <Button loading={submitted.fetching} onClick={() => void submit({ input }).then(after)}>
              <FormattedMessage id={need.status === 'RETURNED' ? 'workspace.resubmit' : 'workspace.submit'} />
            </Button>
          )}
          {need.availableActions.includes('WITHDRAW') && (
            <Button
              variant="subtle"
              color="red"
              loading={withdrawn.fetching}
              onClick={() => {
                if (window.confirm(intl.formatMessage({ id: 'workspace.withdrawConfirm' }))) void withdraw({ input }).then(after);
              }}
            >
              <FormattedMessage id="workspace.withdraw" />
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
