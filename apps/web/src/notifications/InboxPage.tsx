import { Alert, Anchor, Button, Checkbox, Group, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { CursorPager } from '../common/CursorPager';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { useRefusal } from '../common/useRefusal';
import { InboxDocument, MarkAllNotificationsReadDocument } from './inbox.generated';
import { NotificationAddedDocument, UnreadCountDocument } from './unread.generated';
import { NOTIFICATIONS_CHANGED } from './cache';
import { inboxQueryString, parseInboxQuery, type InboxQuery } from './inbox-query';
import { InboxList } from './InboxList';

const PAGE_SIZE = 20;

/**
 * `/inbox`: the person's notifications, newest first, unread ones marked in words. The filter and
 * the cursor live in the URL; a notification that arrives while the first page is open shows at
 * once (the header's badge announces it).
 */
export default function InboxPage() {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const query = parseInboxQuery(useSearch());
  const onFirstPage = !query.after;

  const [{ data, fetching, error }, refetch] = useQuery({
    query: InboxDocument,
    variables: { first: PAGE_SIZE, after: query.after ?? undefined, unreadOnly: query.unreadOnly || undefined },
    context: NOTIFICATIONS_CHANGED,
  });
  const [{ data: count }] = useQuery({ query: UnreadCountDocument, context: NOTIFICATIONS_CHANGED });
  const unread = count?.unreadNotificationCount ?? 0;

  // On the first page an arrival shows at once; on a later one, the page says so and offers the newest.
  const [{ data: added }] = useSubscription({ query: NotificationAddedDocument });
  const arrivedId = added?.notificationAdded.id;
  const [arrivedBefore, setArrivedBefore] = useState(arrivedId);
  const missed = !onFirstPage && !!arrivedId && arrivedId !== arrivedBefore;
  const seen = useRef(arrivedId);
  useEffect(() => {
    if (!arrivedId || arrivedId === seen.current || !onFirstPage) return;
    seen.current = arrivedId;
    refetch({ requestPolicy: 'network-only' });
  }, [arrivedId, onFirstPage, refetch]);

  const set = (next: Partial<InboxQuery>) => {
    setArrivedBefore(arrivedId);
    navigate(`/inbox${inboxQueryString({ ...query, after: null, ...next })}`, { replace: true });
  };

  const [markAll, markAllRun] = useMutation(MarkAllNotificationsReadDocument);
  const markAllRefusal = useRefusal(markAll.error);
  const notifications = data?.notifications;

  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'inbox.title' })}>
        <FormattedMessage id="inbox.title" />
      </PageTitle>
      <Group justify="space-between" gap="sm" mb="md" wrap="wrap">
        <Checkbox
          label={intl.formatMessage({ id: 'inbox.unreadOnly' })}
          checked={query.unreadOnly}
          onChange={(e) => set({ unreadOnly: e.currentTarget.checked })}
        />
        <Group gap="sm" wrap="wrap">
          <Button variant="default" onClick={() => void markAllRun({}, NOTIFICATIONS_CHANGED)} loading={markAll.fetching} disabled={unread === 0}>
            <FormattedMessage id="inbox.markAllRead" />
          </Button>
          <Anchor component={Link} href="/settings/notifications" size="sm">
            <FormattedMessage id="inbox.settings" />
          </Anchor>
        </Group>
      </Group>
      {markAllRefusal && (
        <Alert color="red" role="alert" mb="md">
          <FormattedMessage id={markAllRefusal.id} values={markAllRefusal.values} />
        </Alert>
      )}
      {missed && (
        <Alert color="blue" mb="md">
          <Group justify="space-between" gap="sm">
            <FormattedMessage id="inbox.newArrived" />
            <Button size="xs" variant="default" onClick={() => set({ after: null })}>
              <FormattedMessage id="inbox.showNewest" />
            </Button>
          </Group>
        </Alert>
      )}
      {error && !notifications ? (
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !notifications ? (
        <PageLoading />
      ) : notifications.edges.length === 0 ? (
        query.unreadOnly ? (
          <Stack gap="sm" align="flex-start">
            <EmptyState title={<FormattedMessage id="inbox.emptyUnreadTitle" />} hint={<FormattedMessage id="inbox.emptyUnreadHint" />} />
            <Button variant="default" onClick={() => set({ unreadOnly: false })}>
              <FormattedMessage id="inbox.showAll" />
            </Button>
          </Stack>
        ) : (
          <EmptyState title={<FormattedMessage id="inbox.emptyTitle" />} hint={<FormattedMessage id="inbox.emptyHint" />} />
        )
      ) : (
        <div aria-busy={fetching}>
          <InboxList notifications={notifications.edges.map((e) => e.node)} />
          <CursorPager
            shown={notifications.edges.length}
            hasNext={notifications.pageInfo.hasNextPage}
            isFirst={onFirstPage}
            onNext={() => set({ after: notifications.pageInfo.endCursor })}
            onFirst={() => set({ after: null })}
          />
        </div>
      )}
    </>
  );
}
