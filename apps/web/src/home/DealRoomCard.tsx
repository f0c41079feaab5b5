import { useQuery } from 'urql';
import { useDates } from '../common/useDates';
import { notificationTarget } from '../notifications/notification-link';
import { WaitingCard } from './WaitingCard';
import { DealRoomNewsDocument } from './workspace.generated';

/** What was said or proposed in the reader's deal rooms since they last read their inbox. */
export function DealRoomCard() {
  const dates = useDates();
  const [{ data }] = useQuery({ query: DealRoomNewsDocument, requestPolicy: 'cache-and-network' });
  const items = (data?.notifications.edges ?? []).map(({ node: n }) => {
    const target = notificationTarget(n.link, window.location.origin);
    return { key: n.id, href: target?.kind === 'app' ? target.path : '/inbox', label: n.title, detail: dates.instant(n.createdAt) };
  });
  return (
    <WaitingCard
      heading="workspaceHome.dealRooms"
      count={items.length}
      items={items}
      empty="workspaceHome.noDealRoomNews"
      all={{ href: '/inbox', id: 'workspaceHome.toInbox', always: items.length > 0 }}
    />
  );
}
