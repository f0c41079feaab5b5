import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { PgListener } from '../database/pg-listener.js';
import { EVENTS_QUEUE } from '../queue/queues.js';
import { assertQueueConnected, REDIS_TIMEOUT_MS, RelayLoop, withTimeout } from '../queue/relay-loop.js';
import type { EventJobData } from './domain-event.js';

interface PendingRow {
  id: string;
  type: string;
}

/** The channel a trigger on outbox_event notifies after each insert (migration AddNotifications). */
export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * Moves committed outbox events to the `events` queue. Runs in worker processes. Rows are claimed
 * with SKIP LOCKED so replicas share the work; the job id is the event id, so an event relayed
 * twice (a crash between the queue add and the commit) is still one job. While Redis is down the
 * rows stay pending and the relay backs off; nothing is lost. A NOTIFY from the insert trigger
 * wakes it at once; the poll interval is the fallback.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly loop: RelayLoop;
  private readonly listener: PgListener;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(EVENTS_QUEUE) private readonly queue: Queue<EventJobData>,
    private readonly config: AppConfig,
  ) {
    this.loop = new RelayLoop({
      name: 'outbox relay',
      step: () => this.relayBatch(),
      batchSize: config.OUTBOX_BATCH_SIZE,
      intervalMs: config.OUTBOX_POLL_INTERVAL_MS,
      logger: this.logger,
      onFailure: (message) => this.noteFailure(message),
    });
    this.listener = new PgListener(dataSource, OUTBOX_CHANNEL, () => this.loop.wake(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
    this.listener.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.listener.stop();
    await this.loop.stop();
  }

  /** Relays one batch; returns how many events it relayed. */
  async relayBatch(): Promise<number> {
    const batchSize = this.config.OUTBOX_BATCH_SIZE;
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, type FROM outbox_event WHERE published_at IS NULL
          ORDER BY occurred_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (!rows.length) return 0;
      await assertQueueConnected(this.queue);
      await withTimeout(
        this.queue.addBulk(rows.map((row) => ({ name: row.type, data: { eventId: row.id }, opts: { jobId: row.id } }))),
        REDIS_TIMEOUT_MS,
        'adding events to the queue timed out (is Redis reachable?)',
      );
      await manager.query(
        `UPDATE outbox_event SET published_at = now(), publish_attempts = publish_attempts + 1, last_error = NULL
          WHERE id = ANY($1::uuid[])`,
        [rows.map((r) => r.id)],
      );
      return rows.length;
    });
  }

  /** Best effort: shows on the pending rows why they are still pending. */
  private async noteFailure(message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_event SET publish_attempts = publish_attempts + 1, last_error = $1
        WHERE id IN (SELECT id FROM outbox_event WHERE published_at IS NULL ORDER BY occurred_at, id LIMIT $2)`,
      [message.slice(0, 1000), this.config.OUTBOX_BATCH_SIZE],
    );
  }
}
