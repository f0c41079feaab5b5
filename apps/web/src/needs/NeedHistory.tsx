import { List, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useEnumLabel } from '../common/labels';
import { useDates } from '../common/useDates';
import type { MessageId } from '../i18n/messages';
import type { NeedDetailQuery } from './needs.generated';
import { FIELD_LABEL } from './NeedForm';

type Entry = NonNullable<NeedDetailQuery['need']['history']>[number];

/** The audit actions the API records for a need (Need.history), as the reader's sentences. */
const ACTION: Record<string, MessageId> = {
  'need.created': 'history.created',
  'need.changed': 'history.changed',
  'need.transitioned': 'history.transitioned',
  'need.reconfirmed': 'history.reconfirmed',
  'need.translated': 'history.translated',
};

/** What happened to the need, oldest first: who, when, from which status to which, and why. */
export function NeedHistory({ entries }: { entries: Entry[] }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const dates = useDates();
  // Field names as the form labels them; the few the form does not show stay as the API names them.
  const fieldName = (f: string) => (f in FIELD_LABEL ? intl.formatMessage({ id: FIELD_LABEL[f as keyof typeof FIELD_LABEL] }) : f);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        <FormattedMessage id="history.title" />
      </Title>
      <List type="ordered" spacing="xs" size="sm">
        {entries.map((e, i) => (
          <List.Item key={`${e.at}-${i}`}>
            <Text size="sm" span fw={600}>
              {e.action === 'need.transitioned' && e.toStatus ? (
                <FormattedMessage
                  id="history.transitioned"
                  values={{ from: e.fromStatus ? label('needStatus', e.fromStatus) : '…', to: label('needStatus', e.toStatus) }}
                />
              ) : (
                <FormattedMessage id={ACTION[e.action] ?? 'history.other'} values={{ action: e.action }} />
              )}
            </Text>{' '}
            <Text size="sm" span c="dimmed">
              <FormattedMessage id={e.actorName ? 'history.byOn' : 'history.byPlatformOn'} values={{ name: e.actorName ?? '', date: dates.instant(e.at) }} />
            </Text>
            {e.changedFields && e.changedFields.length > 0 && (
              <Text size="sm">
                <FormattedMessage id="history.changedFields" values={{ fields: intl.formatList(e.changedFields.map(fieldName)) }} />
              </Text>
            )}
            {e.reason && (
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {e.reason}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
