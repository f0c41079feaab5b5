import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, BadUserInputError, isUuid, KeysetPages, NotFoundError, problemAt, reason, type AuthUser, type Page } from '#libs/core';
import { EmailDigest } from './entities/email-digest.entity.js';
import { Notification } from './entities/notification.entity.js';
import { NotificationLinks } from './notification-links.js';
import { DEFAULT_MODES, DeliveryMode, NotificationCategory, URGENT_CATEGORIES } from './notification-routes.js';
import { NotificationTexts, type RenderedNotification, type StoredNotification } from './notification-texts.service.js';
import type { UnsubscribeOutcome } from './templates/render.js';

export interface CategoryPreference {
  category: NotificationCategory;
  mode: DeliveryMode;
  urgent: boolean;
  /** The user chose it (else the category's default). */
  chosen: boolean;
}

export interface FailedEmail {
  kind: 'NOTIFICATION' | 'DIGEST';
  id: string;
  userId: string;
  email: string;
  /** The event type, or DAILY / WEEKLY for a digest. */
  subject: string;
  attempts: number;
  error: string | null;
  createdAt: Date;
}

const STORED_COLUMNS = `n.id, n.event_type AS "eventType", n.category, n.created_at AS "createdAt", n.read_at AS "readAt",
  e.aggregate_type AS "aggregateType", e.aggregate_id AS "aggregateId", e.payload`;

/**
 * The in-app inbox (newest first, unread count, read marks), preferences per category, one-click
 * unsubscribe, and the administrators' view of failed e-mails with their re-drive.
 */
@Injectable()
export class NotificationsService {
  private readonly pages: KeysetPages<Notification>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly texts: NotificationTexts,
    private readonly links: NotificationLinks,
    private readonly audit: AuditService,
  ) {
    this.pages = new KeysetPages(dataSource, Notification, 'n');
  }

  async inbox(
    user: AuthUser,
    options: { first?: number | null; after?: string | null; unreadOnly?: boolean | null; categories?: NotificationCategory[] | null },
  ): Promise<Page<RenderedNotification>> {
    const page = await this.pages.search(
      { first: options.first, after: options.after, sort: 'NEWEST' },
      { byName: { NEWEST: { expression: 'n.created_at', direction: 'DESC', type: 'timestamptz' } }, default: 'NEWEST' },
      (q) => {
        q.where(`n.user_id = ${q.param(user.id)}::uuid`);
        if (options.unreadOnly) q.where('n.read_at IS NULL');
        if (options.categories?.length) q.where(`n.category = ANY(${q.param([...new Set(options.categories)])}::text[])`);
      },
    );
    const rendered = await this.renderByIds(
      page.rows.map((n) => n.id),
      user,
    );
    return { ...page, rows: page.rows.map((n) => rendered.get(n.id)!) };
  }

  /** One of the user's notifications, rendered (NOT_FOUND for anyone else's). */
  async one(id: string, user: AuthUser): Promise<RenderedNotification> {
    const rendered = isUuid(id) ? (await this.renderByIds([id], user)).get(id) : undefined;
    if (!rendered) throw new NotFoundError(reason('notification.notFound', { id }));
    return rendered;
  }

  async unreadCount(user: AuthUser): Promise<number> {
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    return n as number;
  }

  /** Marks some of the user's notifications read (others' ids are ignored); how many changed. */
  async markRead(user: AuthUser, ids: string[]): Promise<number> {
    if (!ids.length || ids.length > 500 || !ids.every(isUuid))
      throw new BadUserInputError(problemAt('ids', reason('field.listLength', { max: 500, items: 'notificationIds' })));
    const [, count] = await this.dataSource.query('UPDATE notification SET read_at = now() WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL', [
      user.id,
      ids,
    ]);
    return count as number;
  }

  async markAllRead(user: AuthUser): Promise<number> {
    const [, count] = await this.dataSource.query('UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    return count as number;
  }

  async preferences(user: AuthUser): Promise<CategoryPreference[]> {
    const rows: { category: NotificationCategory; mode: DeliveryMode }[] = await this.dataSource.query(
      'SELECT category, mode FROM notification_preference WHERE user_id = $1',
      [user.id],
    );
    return Object.values(NotificationCategory).map((category) => {
      const chosen = rows.find((r) => r.category === category);
      return { category, mode: chosen?.mode ?? DEFAULT_MODES[category], urgent: URGENT_CATEGORIES.includes(category), chosen: !!chosen };
    });
  }

  /** Sets how e-mail of a category reaches the user; urgent categories are always immediate. */
  async setPreference(user: AuthUser, category: NotificationCategory, mode: DeliveryMode): Promise<CategoryPreference[]> {
    if (URGENT_CATEGORIES.includes(category) && mode !== DeliveryMode.IMMEDIATE) {
      throw new BadUserInputError(problemAt('mode', reason('notification.urgentCategory', { category })));
    }
    await this.save(user.id, category, mode);
    return this.preferences(user);
  }

  /** A one-click unsubscribe link followed: the category turned off, no login needed. */
  async unsubscribe(token: string): Promise<{ outcome: UnsubscribeOutcome; category: NotificationCategory | null; language: string }> {
    const read = this.links.readToken(token);
    if (!read) return { outcome: 'INVALID', category: null, language: 'en' };
    const [user]: { language: string }[] = await this.dataSource.query('SELECT preferred_language AS language FROM app_user WHERE id = $1', [read.userId]);
    if (!user) return { outcome: 'INVALID', category: null, language: 'en' };
    if (URGENT_CATEGORIES.includes(read.category)) return { outcome: 'URGENT', category: read.category, language: user.language };
    await this.save(read.userId, read.category, DeliveryMode.OFF);
    return { outcome: 'DONE', category: read.category, language: user.language };
  }

  /** E-mails (and digests) that failed for good, newest first. */
  async failedEmails(limit = 200): Promise<FailedEmail[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT 'NOTIFICATION' AS kind, n.id, n.user_id AS "userId", u.email, n.event_type AS subject, n.email_attempts AS attempts, n.email_error AS error, n.created_at AS "createdAt"
           FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.email_status = 'FAILED'
         UNION ALL
         SELECT 'DIGEST', d.id, d.user_id, u.email, d.period, d.round, d.error, d.created_at
           FROM email_digest d JOIN app_user u ON u.id = d.user_id WHERE d.status = 'FAILED'
       ) f ORDER BY "createdAt" DESC LIMIT $1`,
      [limit],
    );
  }

  /** Sends failed e-mails again (a new job each, with its attempts); audited. How many were re-driven. */
  async redrive(ids: string[], actor: AuthUser): Promise<number> {
    if (!ids.length || ids.length > 1000 || !ids.every(isUuid))
      throw new BadUserInputError(problemAt('ids', reason('field.listLength', { max: 1000, items: 'failedEmailIds' })));
    return this.dataSource.transaction(async (manager) => {
      const notifications: { id: string }[] = await manager
        .query(
          `UPDATE notification SET email_status = 'PENDING', email_round = email_round + 1, email_attempts = 0, email_error = NULL
          WHERE id = ANY($1::uuid[]) AND email_status = 'FAILED' RETURNING id`,
          [ids],
        )
        .then(([rows]: [{ id: string }[]]) => rows);
      const digests: { id: string }[] = await manager
        .getRepository(EmailDigest)
        .createQueryBuilder()
        .update()
        .set({ status: 'PENDING', round: () => 'round + 1', error: null, queuedAt: null })
        .where('id = ANY(:ids) AND status = :failed', { ids, failed: 'FAILED' })
        .returning(['id'])
        .execute()
        .then((r) => r.raw as { id: string }[]);
      const redriven = [...notifications, ...digests].map((r) => r.id);
      if (redriven.length) {
        await this.audit.record(manager, {
          actorUserId: actor.id,
          action: 'notification.email_redriven',
          entityType: 'notification',
          entityId: redriven[0],
          data: { ids: redriven },
        });
      }
      return redriven.length;
    });
  }

  private async save(userId: string, category: NotificationCategory, mode: DeliveryMode): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, category, mode) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, category) DO UPDATE SET mode = EXCLUDED.mode, updated_at = now()`,
      [userId, category, mode],
    );
  }

  private async renderByIds(ids: string[], user: AuthUser): Promise<Map<string, RenderedNotification>> {
    if (!ids.length) return new Map();
    const stored: StoredNotification[] = await this.dataSource.query(
      `SELECT ${STORED_COLUMNS} FROM notification n JOIN outbox_event e ON e.id = n.event_id WHERE n.id = ANY($1::uuid[]) AND n.user_id = $2`,
      [ids, user.id],
    );
    return new Map((await this.texts.render(stored, { language: user.language, timeZone: user.timeZone })).map((r) => [r.id, r]));
  }
}
