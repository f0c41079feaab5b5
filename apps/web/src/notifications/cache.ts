/**
 * Marking read answers with a count, not the notifications: this tells urql's cache which queries
 * hold notifications (the inbox, the unread count), so they are asked again after a mutation.
 */
export const NOTIFICATIONS_CHANGED = { additionalTypenames: ['Notification'] };
