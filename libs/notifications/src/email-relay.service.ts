import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig, assertQueueConnected, NOTIFICATIONS_QUEUE, REDIS_TIMEOUT_MS, RelayLoop, withTimeout } from '#libs/core';

export const EMAIL_JOB = 'email';
export const DIGEST_JOB = 'digest';

export interface EmailJobData {
  notificationId: string;
}

export interface DigestJobData {
  digestId: string;
}

const BATCH = 500;

/**
 * Moves e-mails to send (notifications PENDING, digests not yet queued) to the `notifications`
 * queue, the way the outbox relay moves events: rows claimed with SKIP LOCKED, jobs added, rows
 * marked queued, in one transaction. Job ids are `email:<id>:<round>` (the round grows when an
 * administrator re-drives a failed e-mail), so a row queued twice is still one job, and nothing
 * is lost while Redis is away: the rows wait.
 */
@Injectable()
export class EmailRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EmailRelay.name);
  private readonly loop: RelayLoop;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {
    this.loop = new RelayLoop({
      name: 'e-mail relay',
      step: () => this.relayBatch(),
      batchSize: BATCH,
      intervalMs: config.OUTBOX_POLL_INTERVAL_MS,
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** New e-mails were written: relay them now rather than at the next poll. */
  wake(): void {
    this.loop.wake();
  }

  /** Job options of every e-mail: retried with exponential backoff, EMAIL_ATTEMPTS times. */
  jobOptions(jobId: string): JobsOptions {
    return { jobId, attempts: this.config.EMAIL_ATTEMPTS, backoff: { type: 'exponential', delay: this.config.EMAIL_RETRY_DELAY_MS } };
  }

  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const emails: { id: string; round: number }[] = await manager.query(
        `SELECT id, email_round AS round FROM notification WHERE email_status = 'PENDING' ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      const digests: { id: string; round: number }[] = await manager.query(
        `SELECT id, round FROM email_digest WHERE status = 'PENDING' AND queued_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (!emails.length && !digests.length) return 0;
      await assertQueueConnected(this.queue);
      await withTimeout(
        this.queue.addBulk([
          ...emails.map((e) => ({ name: EMAIL_JOB, data: { notificationId: e.id } satisfies EmailJobData, opts: this.jobOptions(`email:${e.id}:${e.round}`) })),
          ...digests.map((d) => ({ name: DIGEST_JOB, data: { digestId: d.id } satisfies DigestJobData, opts: this.jobOptions(`digest:${d.id}:${d.round}`) })),
        ]),
        REDIS_TIMEOUT_MS,
        'adding e-mails to the queue timed out (is Redis reachable?)',
      );
      if (emails.length) await manager.query(`UPDATE notification SET email_status = 'QUEUED' WHERE id = ANY($1::uuid[])`, [emails.map((e) => e.id)]);
      if (digests.length) await manager.query('UPDATE email_digest SET queued_at = now() WHERE id = ANY($1::uuid[])', [digests.map((d) => d.id)]);
      return Math.max(emails.length, digests.length);
    });
  }
}
