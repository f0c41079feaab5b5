import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '#libs/core';
import { NotificationCategory } from './notification-routes.js';

/**
 * One-click unsubscribe links: `<user id>.<category>.<HMAC of both>`, signed with the server's
 * secret, so they work without logging in and cannot be made for someone else or another
 * category. They do not expire: an old e-mail's link must still work (RFC 8058).
 */
export function unsubscribeToken(secret: string, userId: string, category: NotificationCategory): string {
  return `${userId}.${category}.${mac(secret, userId, category)}`;
}

/** What a token stands for, or null when it is malformed or tampered with. */
export function readUnsubscribeToken(secret: string, token: string): { userId: string; category: NotificationCategory } | null {
  const [userId, category, given, ...rest] = String(token ?? '').split('.');
  if (rest.length || !userId || !category || !given || !isUuid(userId)) return null;
  if (!Object.values(NotificationCategory).includes(category as NotificationCategory)) return null;
  const expected = Buffer.from(mac(secret, userId, category));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { userId, category: category as NotificationCategory };
}

function mac(secret: string, userId: string, category: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${userId}:${category}`).digest('base64url');
}
