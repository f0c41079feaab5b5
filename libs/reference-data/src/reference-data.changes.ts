import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PgListener, ResponseCache } from '#libs/core';

/** Where the statement triggers on the reference tables announce a change (migration AddReferenceDataNotify). */
export const REFERENCE_DATA_CHANNEL = 'reference_data';

/**
 * A bound on how stale a copy can get if a notification is lost: the listen connection is
 * re-established after a drop (and every copy dropped then), so this is only a backstop.
 */
export const REFERENCE_DATA_MAX_AGE_MS = 60_000;

/** A value loaded on first use and kept until dropped or too old; concurrent readers share one load. */
export class Cached<T> {
  private value?: Promise<T>;
  private loadedAt = 0;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly maxAgeMs = REFERENCE_DATA_MAX_AGE_MS,
  ) {}

  get(): Promise<T> {
    if (!this.value || performance.now() - this.loadedAt > this.maxAgeMs) {
      const loading = this.load();
      this.value = loading;
      this.loadedAt = performance.now();
      // A failed load is not kept: the next reader tries again.
      loading.catch(() => {
        if (this.value === loading) this.value = undefined;
      });
    }
    return this.value;
  }

  /** The next reader loads afresh (a load in flight still answers those already waiting for it). */
  drop(): void {
    this.value = undefined;
  }
}

/**
 * Tells this process's in-memory copies of reference data when the tables change, in any process:
 * PostgreSQL NOTIFYs `reference_data` with the table's name at the commit of any change (a
 * trigger), and this process LISTENs on a connection of its own. While that connection is being
 * re-established every copy is dropped, as notifications sent meanwhile are lost.
 */
@Injectable()
export class ReferenceDataChanges implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReferenceDataChanges.name);
  private readonly listener: PgListener;
  private readonly subscribers: ((table: string | null) => void)[] = [];

  constructor(
    dataSource: DataSource,
    private readonly responses: ResponseCache,
  ) {
    this.listener = new PgListener(
      dataSource,
      REFERENCE_DATA_CHANNEL,
      (table) => this.changed(table || null),
      this.logger,
      () => this.changed(null),
    );
  }

  /** `onChange(table)` after a change of `table`, or with null when anything may have changed. */
  subscribe(onChange: (table: string | null) => void): void {
    this.subscribers.push(onChange);
  }

  /** Drops this process's copies at once (after a commit here; the others learn by the NOTIFY). */
  changed(table: string | null): void {
    for (const onChange of this.subscribers) onChange(table);
    // Kept answers may hold the dropped copies.
    this.responses.drop();
  }

  onApplicationBootstrap(): void {
    this.listener.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }
}
