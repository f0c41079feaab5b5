import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { useConfirmation } from '../common/ConfirmDialog';
import { useDates } from '../common/useDates';
import { useRefusal } from '../common/useRefusal';
import type { NeedAction, NeedStatus } from '../gql/types';
import type { Translation } from './NeedTranslationForm';
import { QualityMeter, type Quality } from './QualityMeter';
import { CloseNeedDocument, ReconfirmNeedDocument } from './steps.generated';
import { SubmitNeedDocument, WithdrawNeedDocument } from './workspace.generated';

// Loaded when opened: the need's page is public, and most of its readers never close or translate.
const NeedCloseForm = lazy(() => import('./NeedCloseForm').then((m) => ({ default: m.NeedCloseForm })));
const NeedTranslationForm = lazy(() => import('./NeedTranslationForm').then((m) => ({ default: m.NeedTranslationForm })));

interface OwnedNeed {
  id: string;
  version: number;
  status: NeedStatus;
  availableActions: NeedAction[];
  canEdit: boolean;
  canReconfirm: boolean;
  returnReason: string | null;
  quality: Quality;
  stateIso3: string;
  validUntil: string;
  originalLanguage: string;
  translations: Translation[];
}

/**
 * What the State's focal point does with their need: the moderator's reasons when it came back,
 * the quality meter, and the steps the API offers now (`availableActions`).
 */
export function NeedOwnerPanel({ need, onChanged }: { need: OwnedNeed; onChanged: () => void }) {
  const intl = useIntl();
  const confirmation = useConfirmation();
  const [submitted, submit] = useMutation(SubmitNeedDocument);
  const [withdrawn, withdraw] = useMutation(WithdrawNeedDocument);
  const [closed, close] = useMutation(CloseNeedDocument);
  const [reconfirmed, reconfirm] = useMutation(ReconfirmNeedDocument);
  const [open, setOpen] = useState<'close' | 'translate' | null>(null);
  const dates = useDates();
  const refusal = useRefusal(submitted.error ?? withdrawn.error ?? closed.error ?? reconfirmed.error);
  // Steps that move no status (edit, "still needed?") come from the API beside `availableActions`.
  const mayReconfirm = need.canReconfirm;
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
          {need.canEdit && (
            <Button component={Link} href={`/needs/${need.id}/edit`} variant="default">
              <FormattedMessage id="workspace.edit" />
            </Button>
          )}
          {need.availableActions.includes('SUBMIT') && (
            <Button loading={submitted.fetching} onClick={() => void submit({ input }).then(after)}>
              <FormattedMessage id={need.status === 'RETURNED' ? 'workspace.resubmit' : 'workspace.submit'} />
            </Button>
          )}
          {mayReconfirm && (
            <Button variant="default" loading={reconfirmed.fetching} onClick={() => void reconfirm({ needId: need.id }).then(after)}>
              <FormattedMessage id="workspace.reconfirm" />
            </Button>
          )}
          {need.availableActions.includes('CLOSE') && (
            <Button variant="default" color="red" onClick={() => setOpen(open === 'close' ? null : 'close')} aria-expanded={open === 'close'}>
              <FormattedMessage id="workspace.close" />
            </Button>
          )}
          <Button variant="default" onClick={() => setOpen(open === 'translate' ? null : 'translate')} aria-expanded={open === 'translate'}>
            <FormattedMessage id="translation.add" />
          </Button>
          {need.availableActions.includes('WITHDRAW') && (
            <Button
              variant="subtle"
              color="red"
              loading={withdrawn.fetching}
              onClick={() =>
                void confirmation
                  .ask({ message: intl.formatMessage({ id: 'workspace.withdrawConfirm' }), confirmLabel: intl.formatMessage({ id: 'workspace.withdraw' }) })
                  .then((yes) => {
                    if (yes) void withdraw({ input }).then(after);
                  })
              }
            >
              <FormattedMessage id="workspace.withdraw" />
            </Button>
          )}
          {confirmation.dialog}
        </Group>
        {mayReconfirm && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id={reconfirmed.data ? 'workspace.reconfirmed' : 'workspace.reconfirmHint'} values={{ date: dates.date(need.validUntil) }} />
          </Text>
        )}
        <Suspense fallback={null}>
          {open === 'close' && need.availableActions.includes('CLOSE') && (
            <NeedCloseForm
              closing={closed.fetching}
              onCancel={() => setOpen(null)}
              onClose={(closeReason, note) =>
                void close({ input: { ...input, closeReason, reason: note || null } }).then((r) => {
                  if (!r.error) setOpen(null);
                  return after(r);
                })
              }
            />
          )}
          {open === 'translate' && (
            <NeedTranslationForm
              needId={need.id}
              originalLanguage={need.originalLanguage}
              translations={need.translations}
              onCancel={() => setOpen(null)}
              onSaved={() => {
                setOpen(null);
                onChanged();
              }}
            />
          )}
        </Suspense>
      </Stack>
    </Paper>
  );
}
