import { Badge, Group, Loader, Paper, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useEnumLabel } from '../common/labels';
import { useRefusal } from '../common/useRefusal';
import type { NotificationDeliveryMode } from '../gql/types';
import { SetNotificationPreferenceDocument, type CategoryPreferenceFragment } from './preferences.generated';

export const DELIVERY_MODES: readonly NotificationDeliveryMode[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'];

/** Arrow keys move a radio choice through every mode: only where the person stops is saved. */
const SAVE_DELAY_MS = 600;

/**
 * One category's delivery mode as radio buttons, saved when chosen. While saving, the choice
 * shows; if the API refuses, the saved mode comes back and the reason is said beside it.
 */
export function PreferenceChoice({ preference: p, onSaved }: { preference: CategoryPreferenceFragment; onSaved: (mode: NotificationDeliveryMode) => void }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const [{ fetching, error }, save] = useMutation(SetNotificationPreferenceDocument);
  const refusal = useRefusal(error);
  const [pending, setPending] = useState<NotificationDeliveryMode | null>(null);
  // Saved, until the list read again says so too (no flash of the old mode in between).
  const [confirmed, setConfirmed] = useState<{ mode: NotificationDeliveryMode; over: NotificationDeliveryMode } | null>(null);
  const shown = pending ?? (confirmed && confirmed.over === p.mode ? confirmed.mode : p.mode);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const fieldRefusal = refusal?.fields.mode ?? refusal?.fields.category;
  const choose = (mode: NotificationDeliveryMode) => {
    setPending(mode);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void save({ category: p.category, mode }).then((r) => {
        if (r.data) {
          setConfirmed({ mode, over: p.mode });
          onSaved(mode);
        }
        setPending((current) => (current === mode ? null : current));
      });
    }, SAVE_DELAY_MS);
  };

  return (
    <Paper withBorder p="sm">
      <Radio.Group
        label={
          <Group gap="xs" component="span">
            <span>{label('notificationCategory', p.category)}</span>
            {(fetching || pending !== null) && <Loader size="xs" aria-hidden />}
          </Group>
        }
        description={
          <>
            {label('notificationCategoryHint', p.category)}
            {!p.chosen && pending === null && (
              <>
                {' '}
                <FormattedMessage id="preferences.default" />
              </>
            )}
          </>
        }
        value={shown}
        onChange={(value) => choose(value as NotificationDeliveryMode)}
        error={refusal ? intl.formatMessage({ id: fieldRefusal?.id ?? refusal.id }, fieldRefusal?.values ?? refusal.values) : undefined}
      >
        <Group gap="md" mt="xs" wrap="wrap">
          {DELIVERY_MODES.map((mode) => (
            <Radio key={mode} value={mode} label={label('deliveryMode', mode)} />
          ))}
        </Group>
      </Radio.Group>
    </Paper>
  );
}

/** An urgent category: always immediate, said in words; there is nothing to change. */
export function UrgentPreference({ preference: p }: { preference: CategoryPreferenceFragment }) {
  const label = useEnumLabel();
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
        <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
          <Text fw={500}>{label('notificationCategory', p.category)}</Text>
          <Text size="sm" c="dimmed">
            {label('notificationCategoryHint', p.category)}
          </Text>
        </Stack>
        <Badge variant="light" color="gray" tt="none" c="dark.8">
          <FormattedMessage id="preferences.alwaysImmediate" />
        </Badge>
      </Group>
    </Paper>
  );
}
