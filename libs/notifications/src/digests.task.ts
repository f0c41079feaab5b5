import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, Scheduled, type ScheduledTask } from '#libs/core';
import { dueDigest } from './digest-period.js';
import { EmailRelay } from './email-relay.service.js';
import type { DeliveryMode } from './notification-routes.js';

/**
 * Gathers digests, hourly (a BullMQ job scheduler): for each user with notifications waiting for
 * a digest whose DIGEST_HOUR has come in their time zone, one digest per period of their calendar
 * (unique), holding every waiting notification of that mode, moved to DIGESTED in the same
 * transaction: no empty digest, no item in two. The relay then queues the e-mail.
 */
@Scheduled('notifications.digests', '5 * * * *')
@Injectable()
export class DigestsTask implements ScheduledTask {
  private readonly logger = new Logger(DigestsTask.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly relay: EmailRelay,
  ) {}

  async run(at: Date = new Date()): Promise<{ digests: number; items: number }> {
    const waiting: { userId: string; mode: DeliveryMode; timeZone: string }[] = await this.dataSource.query(
      `SELECT DISTINCT n.user_id AS "userId", n.email_mode AS mode, u.time_zone AS "timeZone"
         FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.email_status = 'DIGEST'`,
    );
    let digests = 0;
    let items = 0;
    for (const { userId, mode, timeZone } of waiting) {
      const due = dueDigest(mode, at, timeZone, this.config.DIGEST_HOUR);
      if (!due) continue;
      const gathered = await this.dataSource.transaction(async (manager) => {
        const [created]: { id: string }[] = await manager.query(
          `INSERT INTO email_digest (user_id, period, period_key, status) VALUES ($1, $2, $3, 'PENDING')
           ON CONFLICT (user_id, period, period_key) DO NOTHING RETURNING id`,
          [userId, due.period, due.key],
        );
        if (!created) return 0;
        const [, count]: [unknown, number] = await manager.query(
          `UPDATE notification SET email_status = 'DIGESTED', digest_id = $1 WHERE user_id = $2 AND email_status = 'DIGEST' AND email_mode = $3`,
          [created.id, userId, mode],
        );
        if (!count) await manager.query('DELETE FROM email_digest WHERE id = $1', [created.id]);
        else await manager.query('UPDATE email_digest SET items = $2 WHERE id = $1', [created.id, count]);
        return count;
      });
      if (gathered) {
        digests++;
        items += gathered;
      }
    }
    if (digests) {
      this.logger.log(`gathered ${digests} digests of ${items} notifications`);
      this.relay.wake();
    }
    return { digests, items };
  }
}
