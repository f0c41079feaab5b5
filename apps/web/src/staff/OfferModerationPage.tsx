import { ModerationQueuePage } from './ModerationQueue';

/** `/staff/moderation/offers`: submitted offers, longest waiting first. */
export default function OfferModerationPage() {
  return <ModerationQueuePage kind="offers" />;
}
