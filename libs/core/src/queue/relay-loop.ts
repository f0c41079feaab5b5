import type { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

const MAX_BACKOFF_MS = 30_000;
export const REDIS_TIMEOUT_MS = 5_000;

export interface RelayLoopOptions {
  /** Moves one batch; returns how many rows it moved (a full batch runs the next one at once). */
  step: () => Promise<number>;
  batchSize: number;
  intervalMs: number;
  logger: Logger;
  name: string;
  /** Called after a failed step, e.g. to note the error on the pending rows. */
  onFailure?: (message: string) => Promise<void>;
}

/**
 * The loop of a relay that moves committed rows to a queue (transactional outbox): a step every
 * interval, at once after a full batch or when woken, backing off while it fails (Redis away),
 * stopped cleanly at shutdown. One tick runs at a time.
 */
export class RelayLoop {
  private running = false;
  private timer?: NodeJS.Timeout;
  private inFlight: Promise<void> | null = null;
  private wakeAgain = false;
  private consecutiveFailures = 0;

  constructor(private readonly options: RelayLoopOptions) {}

  start(): void {
    this.running = true;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.inFlight;
  }

  /**
   * Runs a step now (rows were just written), or right after the one in flight. Not while backing
   * off: the queue is known to be away, and each wake would only add a failure and lengthen the wait.
   */
  wake(): void {
    if (!this.running || this.consecutiveFailures > 0) return;
    if (this.inFlight) {
      this.wakeAgain = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.inFlight = this.tick().finally(() => (this.inFlight = null));
    }, delayMs);
  }

  private async tick(): Promise<void> {
    const { intervalMs, batchSize, logger, name } = this.options;
    let delay = intervalMs;
    this.wakeAgain = false;
    try {
      const moved = await this.options.step();
      if (this.consecutiveFailures > 0) logger.log(`${name} recovered`);
      this.consecutiveFailures = 0;
      if (moved === batchSize) delay = 0;
    } catch (error) {
      this.consecutiveFailures += 1;
      delay = Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** this.consecutiveFailures);
      const message = (error as Error).message;
      logger.warn(`${name} failed (attempt ${this.consecutiveFailures}, next in ${delay} ms): ${message}`);
      await this.options.onFailure?.(message).catch(() => undefined);
    }
    this.schedule(this.wakeAgain && !this.consecutiveFailures ? 0 : delay);
  }
}

/** Fails fast while Redis is away, rather than queueing commands in the client's memory. */
export async function assertQueueConnected(queue: Queue): Promise<void> {
  const client = await withTimeout(queue.getBackend().connection.client, REDIS_TIMEOUT_MS, 'Redis is not reachable');
  if (client.status !== 'ready') throw new Error(`Redis connection is ${client.status}`);
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
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
