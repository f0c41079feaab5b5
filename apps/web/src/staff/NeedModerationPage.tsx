import { ModerationQueuePage } from './ModerationQueue';

/** `/staff/moderation/needs`: submitted needs, longest waiting first. */
export default function NeedModerationPage() {
  return <ModerationQueuePage kind="needs" />;
}
