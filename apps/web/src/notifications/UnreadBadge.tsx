import { Badge, Button } from '@mantine/core';
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
        <FormattedMessage id="inbox.link" />
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
