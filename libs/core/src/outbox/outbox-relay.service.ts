import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { EVENTS_QUEUE } from '../queue/queues.js';
import type { EventJobData } from './domain-event.js';

const MAX_BACKOFF_MS = 30_000;
const REDIS_TIMEOUT_MS = 5_000;

interface PendingRow {
  id: string;
  type: string;
}

/**
 * Moves committed outbox events to the `events` queue. Runs in worker processes. Rows are claimed
 * with SKIP LOCKED so replicas share the work; the job id is the event id, so an event relayed
 * twice (a crash between the queue add and the commit) is still one job. While Redis is down the
 * rows stay pending and the relay backs off; nothing is lost.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private timer?: NodeJS.Timeout;
  private inFlight: Promise<void> = Promise.resolve();
  private consecutiveFailures = 0;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(EVENTS_QUEUE) private readonly queue: Queue<EventJobData>,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.inFlight;
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
      await this.assertQueueConnected();
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

  /** Fails fast while Redis is away, rather than queueing commands in the client's memory. */
  private async assertQueueConnected(): Promise<void> {
    const client = await withTimeout(this.queue.getBackend().connection.client, REDIS_TIMEOUT_MS, 'Redis is not reachable');
    if (client.status !== 'ready') throw new Error(`Redis connection is ${client.status}`);
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let delay = this.config.OUTBOX_POLL_INTERVAL_MS;
    try {
      const relayed = await this.relayBatch();
      if (this.consecutiveFailures > 0) this.logger.log('outbox relay recovered');
      this.consecutiveFailures = 0;
      if (relayed === this.config.OUTBOX_BATCH_SIZE) delay = 0;
    } catch (error) {
      this.consecutiveFailures += 1;
      delay = Math.min(MAX_BACKOFF_MS, this.config.OUTBOX_POLL_INTERVAL_MS * 2 ** this.consecutiveFailures);
      const message = (error as Error).message;
      this.logger.warn(`outbox relay failed (attempt ${this.consecutiveFailures}, next in ${delay} ms): ${message}`);
      await this.noteFailure(message);
    }
    this.schedule(delay);
  }

  /** Best effort: shows on the pending rows why they are still pending. */
  private async noteFailure(message: string): Promise<void> {
    try {
      await this.dataSource.query(
        `UPDATE outbox_event SET publish_attempts = publish_attempts + 1, last_error = $1
          WHERE id IN (SELECT id FROM outbox_event WHERE published_at IS NULL ORDER BY occurred_at, id LIMIT $2)`,
        [message.slice(0, 1000), this.config.OUTBOX_BATCH_SIZE],
      );
    } catch {
      // The database may be what failed; the next tick will try again.
    }
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
