import type { Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { pgPool } from './pg-pool.js';

const RECONNECT_MS = 2_000;

/**
 * LISTENs on a PostgreSQL channel on a connection of its own and calls `onNotify` for each
 * notification, so a relay moves rows as soon as they commit instead of at its next poll. If the
 * connection drops it reconnects; meanwhile the relay's poll still runs, so nothing depends on it.
 */
export class PgListener {
  private client: PoolClient | null = null;
  private running = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly channel: string,
    private readonly onNotify: (payload: string) => void,
    private readonly logger: Logger,
    /** Called each time the LISTEN is in place (again): what was sent while it was not is lost. */
    private readonly onListening?: () => void,
  ) {}

  /** Whether the LISTEN is in place now (nothing sent meanwhile is being missed). */
  get listening(): boolean {
    return this.client !== null;
  }

  start(): void {
    this.running = true;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    if (client) {
      await client.query(`UNLISTEN "${this.channel}"`).catch(() => undefined);
      client.release();
    }
  }

  private async connect(): Promise<void> {
    if (!this.running) return;
    try {
      const client = await pgPool(this.dataSource).connect();
      client.on('notification', (message) => {
        if (message.channel === this.channel) this.onNotify(message.payload ?? '');
      });
      client.on('error', (error: Error) => this.lost(client, error));
      await client.query(`LISTEN "${this.channel}"`);
      if (!this.running) {
        client.release();
        return;
      }
      this.client = client;
      this.onListening?.();
    } catch (error) {
      this.logger.warn(`cannot listen on ${this.channel} (${(error as Error).message}); polling only, retrying`);
      this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
    }
  }

  private lost(client: PoolClient, error: Error): void {
    if (this.client !== client) return;
    this.client = null;
    client.release(error);
    if (!this.running) return;
    this.logger.warn(`lost the listen connection on ${this.channel}: ${error.message}; reconnecting`);
    this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
  }
}
