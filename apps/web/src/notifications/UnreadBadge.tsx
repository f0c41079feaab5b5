import { Badge, Box, Button } from '@mantine/core';
import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery, useSubscription } from 'urql';
import { Link } from 'wouter';
import { NotificationAddedDocument, UnreadCountDocument } from './unread.generated';
import { onLiveConnected } from '../app/graphql-client';
import { NOTIFICATIONS_CHANGED } from './cache';

/**
 * The inbox link with the unread count, live: a new notification arrives over graphql-ws, the
 * count goes up and a polite live region says so once.
 */
export function UnreadBadge() {
  const intl = useIntl();
  const [{ data }, refetch] = useQuery({ query: UnreadCountDocument, requestPolicy: 'cache-and-network', context: NOTIFICATIONS_CHANGED });
  const [{ data: added }] = useSubscription({ query: NotificationAddedDocument });
  const latest = added?.notificationAdded;
  // The server's count is the truth (another tab may have read some): ask again at each arrival.
  useEffect(() => {
    if (latest) refetch({ requestPolicy: 'network-only' });
  }, [latest, refetch]);
  // A notification that came before the socket was connected (or while it was down) is counted too.
  useEffect(() => onLiveConnected(() => refetch({ requestPolicy: 'network-only' })), [refetch]);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <>
      <Button component={Link} href="/inbox" variant="subtle" size="sm" aria-label={intl.formatMessage({ id: 'inbox.linkLabel' }, { count })}>
        {/* On a phone the word gives way to a bell (the link keeps its name), so the header fits. */}
        <Box component="span" visibleFrom="xs">
          <FormattedMessage id="inbox.link" />
        </Box>
        <Box component="svg" hiddenFrom="xs" viewBox="0 0 24 24" width={20} height={20} fill="currentColor" aria-hidden focusable="false">
          <path d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4a1.5 1.5 0 0 0-3 0v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z" />
        </Box>
        {count > 0 && (
          <Badge ms={6} size="sm" circle={count < 10} color="red" aria-hidden>
            {count > 99 ? '99+' : count}
          </Badge>
        )}
      </Button>
      <span className="gis-visually-hidden" role="status" aria-live="polite">
        {latest ? intl.formatMessage({ id: 'inbox.arrived' }, { title: latest.title }) : ''}
      </span>
    </>
  );
}
