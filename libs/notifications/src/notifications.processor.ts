import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { isFinalAttempt, NOTIFICATIONS_QUEUE, recordFinalFailure } from '#libs/core';
import { DIGEST_JOB, EMAIL_JOB, type DigestJobData, type EmailJobData } from './email-relay.service.js';
import { Mailer } from './mailer.service.js';
import { NotificationLinks } from './notification-links.js';
import { NotificationTexts, type StoredNotification } from './notification-texts.service.js';
import type { NotificationCategory } from './notification-routes.js';
import { renderDigest, renderEmail } from './templates/render.js';

interface Recipient {
  userId: string;
  email: string;
  language: string;
  timeZone: string;
}

/** The columns that make a StoredNotification and its recipient, joined from the event and the user. */
const NOTIFICATION_COLUMNS = `n.id, n.event_type AS "eventType", n.category, n.created_at AS "createdAt", n.read_at AS "readAt",
  e.aggregate_type AS "aggregateType", e.aggregate_id AS "aggregateId", e.payload,
  u.id AS "userId", u.email, u.preferred_language AS language, u.time_zone AS "timeZone"`;

/**
 * Sends e-mails and digests. Jobs carry ids: the row is re-read, and one already sent (or no
 * longer wanted) is not sent again. A failed attempt is noted on the row and retried with
 * backoff; after the last one the e-mail is FAILED with the reason, for an administrator to see
 * and re-drive.
 */
@Processor(NOTIFICATIONS_QUEUE, { concurrency: 8 })
@Injectable()
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly texts: NotificationTexts,
    private readonly links: NotificationLinks,
  ) {
    super();
  }

  async process(job: Job<EmailJobData | DigestJobData>): Promise<string> {
    try {
      return job.name === DIGEST_JOB
        ? await this.sendDigest((job.data as DigestJobData).digestId)
        : await this.sendEmail((job.data as EmailJobData).notificationId);
    } catch (error) {
      await this.noteAttempt(job, (error as Error).message);
      throw error;
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<EmailJobData | DigestJobData> | undefined, error: Error): Promise<void> {
    if (!job || !isFinalAttempt(job)) return;
    this.logger.error(`${job.name} job ${job.id} failed for good: ${error.message}`);
    const reason = error.message.slice(0, 1000);
    if (job.name === DIGEST_JOB) {
      await this.dataSource.query(`UPDATE email_digest SET status = 'FAILED', error = $2 WHERE id = $1 AND status = 'PENDING'`, [
        (job.data as DigestJobData).digestId,
        reason,
      ]);
    } else {
      await this.dataSource.query(`UPDATE notification SET email_status = 'FAILED', email_error = $2 WHERE id = $1 AND email_status IN ('QUEUED', 'PENDING')`, [
        (job.data as EmailJobData).notificationId,
        reason,
      ]);
    }
    await recordFinalFailure(this.dataSource, NOTIFICATIONS_QUEUE, job, error).catch(() => undefined);
  }

  private async sendEmail(notificationId: string): Promise<string> {
    const [row]: (StoredNotification & Recipient & { emailStatus: string })[] = await this.dataSource.query(
      `SELECT ${NOTIFICATION_COLUMNS}, n.email_status AS "emailStatus"
         FROM notification n JOIN outbox_event e ON e.id = n.event_id JOIN app_user u ON u.id = n.user_id WHERE n.id = $1`,
      [notificationId],
    );
    // Gone (its event or user deleted), sent already, or no longer to send: nothing to do.
    if (!row || !['QUEUED', 'PENDING'].includes(row.emailStatus)) return 'skipped';
    if (!row.email) {
      await this.dataSource.query(`UPDATE notification SET email_status = 'SKIPPED', email_error = 'the user has no e-mail address' WHERE id = $1`, [row.id]);
      return 'skipped';
    }
    const [rendered] = await this.texts.render([row], row);
    const unsubscribeUrl = this.links.unsubscribeUrl(row.userId, row.category);
    const mail = renderEmail({
      language: row.language,
      message: rendered.message,
      link: rendered.link,
      category: row.category,
      unsubscribeUrl,
      preferencesUrl: this.links.preferencesUrl(),
    });
    await this.mailer.send({ to: row.email, ...mail, headers: unsubscribeHeaders(unsubscribeUrl) });
    await this.dataSource.query(
      `UPDATE notification SET email_status = 'SENT', email_sent_at = now(), email_attempts = email_attempts + 1, email_error = NULL WHERE id = $1`,
      [row.id],
    );
    return 'sent';
  }

  private async sendDigest(digestId: string): Promise<string> {
    const [digest]: { id: string; userId: string; period: 'DAILY' | 'WEEKLY'; status: string; email: string; language: string; timeZone: string }[] =
      await this.dataSource.query(
        `SELECT d.id, d.user_id AS "userId", d.period, d.status, u.email, u.preferred_language AS language, u.time_zone AS "timeZone"
         FROM email_digest d JOIN app_user u ON u.id = d.user_id WHERE d.id = $1`,
        [digestId],
      );
    if (!digest || digest.status !== 'PENDING') return 'skipped';
    const items: StoredNotification[] = await this.dataSource.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notification n JOIN outbox_event e ON e.id = n.event_id JOIN app_user u ON u.id = n.user_id
        WHERE n.digest_id = $1 ORDER BY n.created_at, n.id`,
      [digestId],
    );
    if (!items.length || !digest.email) {
      await this.dataSource.query(`UPDATE email_digest SET status = 'FAILED', error = $2 WHERE id = $1`, [
        digestId,
        items.length ? 'the user has no e-mail address' : 'nothing to send',
      ]);
      return 'skipped';
    }
    const rendered = await this.texts.render(items, digest);
    const categories = [...new Set(items.map((i) => i.category))];
    const unsubscribeUrls: Partial<Record<NotificationCategory, string>> = {};
    for (const category of categories) {
      const url = this.links.unsubscribeUrl(digest.userId, category);
      if (url) unsubscribeUrls[category] = url;
    }
    const mail = renderDigest({
      language: digest.language,
      period: digest.period,
      items: rendered.map((r) => ({ message: r.message, link: r.link, category: r.category, occurredAt: new Date(r.createdAt) })),
      unsubscribeUrls,
      preferencesUrl: this.links.preferencesUrl(),
      timeZone: digest.timeZone,
    });
    await this.mailer.send({ to: digest.email, ...mail });
    await this.dataSource.query(`UPDATE email_digest SET status = 'SENT', sent_at = now(), error = NULL WHERE id = $1`, [digestId]);
    return 'sent';
  }

  /** Best effort: shows on the row how many attempts failed and why. */
  private async noteAttempt(job: Job<EmailJobData | DigestJobData>, message: string): Promise<void> {
    if (job.name === EMAIL_JOB) {
      await this.dataSource
        .query('UPDATE notification SET email_attempts = email_attempts + 1, email_error = $2 WHERE id = $1', [
          (job.data as EmailJobData).notificationId,
          message.slice(0, 1000),
        ])
        .catch(() => undefined);
    } else {
      await this.dataSource
        .query('UPDATE email_digest SET error = $2 WHERE id = $1', [(job.data as DigestJobData).digestId, message.slice(0, 1000)])
        .catch(() => undefined);
    }
  }
}

/** RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the link. */
function unsubscribeHeaders(url: string | null): Record<string, string> | undefined {
  return url ? { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined;
}
