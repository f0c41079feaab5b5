import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/core';
import { URGENT_CATEGORIES, type NotificationCategory } from './notification-routes.js';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token.js';

/** The links e-mails carry besides the record: one-click unsubscribe per category, preferences. */
@Injectable()
export class NotificationLinks {
  constructor(private readonly config: AppConfig) {}

  /** Null for urgent categories, which cannot be turned off. */
  unsubscribeUrl(userId: string, category: NotificationCategory): string | null {
    if (URGENT_CATEGORIES.includes(category)) return null;
    return `${this.config.publicUrl}/notifications/unsubscribe?token=${encodeURIComponent(unsubscribeToken(this.config.jwtSecret, userId, category))}`;
  }

  readToken(token: string) {
    return readUnsubscribeToken(this.config.jwtSecret, token);
  }

  preferencesUrl(): string {
    return `${this.config.publicUrl}/settings/notifications`;
  }
}
