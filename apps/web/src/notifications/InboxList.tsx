import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { useEnumLabel } from '../common/labels';
import { useRefusal } from '../common/useRefusal';
import { MarkNotificationsReadDocument, type InboxNotificationFragment } from './inbox.generated';
import { formatInstant } from '../i18n/format';
import { useSession } from '../session/SessionProvider';
import { NOTIFICATIONS_CHANGED } from './cache';
import { notificationTarget } from './notification-link';

/** When it happened, in the person's time zone (one the browser does not know: the browser's own). */
function when(locale: string, iso: string, timeZone: string | undefined): string {
  try {
    return formatInstant(locale, iso, timeZone);
  } catch {
    return formatInstant(locale, iso);
  }
}

/** The notifications of one page, as a list: unread ones say so in words and in weight, not colour alone. */
export function InboxList({ notifications }: { notifications: InboxNotificationFragment[] }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {notifications.map((n) => (
        <InboxItem key={n.id} notification={n} />
      ))}
    </Stack>
  );
}

function InboxItem({ notification: n }: { notification: InboxNotificationFragment }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const { user } = useSession();
  const [marking, mark] = useMutation(MarkNotificationsReadDocument);
  const refusal = useRefusal(marking.error);
  const unread = !n.readAt;
  const markRead = () => void mark({ ids: [n.id] }, NOTIFICATIONS_CHANGED);
  const target = notificationTarget(n.link, window.location.origin);
  const titleId = `notification-${n.id}`;
  // The texts are written in the person's language, which may differ from this page's.
  const lang = user?.preferredLanguage.toLowerCase();
  const title = (
    <Text component="span" fw={unread ? 700 : 500} lang={lang} dir="auto">
      {n.title}
    </Text>
  );

  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      className={unread ? 'gis-unread' : undefined}
      style={unread ? { borderInlineStartWidth: 4, borderInlineStartColor: 'var(--mantine-color-unBlue-7)' } : undefined}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {unread && (
            <Badge size="sm" variant="filled" color="unBlue" tt="none" style={{ flexShrink: 0 }}>
              <FormattedMessage id="inbox.unread" />
            </Badge>
          )}
          <div id={titleId}>
            {target?.kind === 'app' ? (
              <Anchor component={Link} href={target.path} onClick={() => unread && markRead()}>
                {title}
              </Anchor>
            ) : target?.kind === 'external' ? (
              <Anchor href={target.href} rel="noopener noreferrer" onClick={() => unread && markRead()}>
                {title}
              </Anchor>
            ) : (
              title
            )}
          </div>
        </Group>
        <Text size="sm" lang={lang} dir="auto">
          {n.body}
        </Text>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            <FormattedMessage
              id="inbox.meta"
              values={{
                category: label('notificationCategory', n.category),
                time: <time dateTime={n.createdAt}>{when(intl.locale, n.createdAt, user?.timeZone)}</time>,
              }}
            />
          </Text>
          {unread && (
            <Button size="compact-xs" variant="subtle" onClick={markRead} loading={marking.fetching} aria-describedby={titleId}>
              <FormattedMessage id="inbox.markRead" />
            </Button>
          )}
        </Group>
        {refusal && (
          <Text size="sm" c="red.8" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
