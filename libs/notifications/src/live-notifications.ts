import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/core';

/** What goes over Redis to the api processes: the id only; the api re-reads and renders the row. */
export interface LiveMessage {
  notificationId: string;
}

export const liveChannel = (config: AppConfig, userId: string) => `${config.QUEUE_PREFIX}:notifications:${userId}`;

/** The worker's side: publishes new notifications to their recipients' channels, one round trip per event. */
@Injectable()
export class LivePublisher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async publishEvent(eventId: string): Promise<void> {
    const rows: { id: string; userId: string }[] = await this.dataSource.query('SELECT id, user_id AS "userId" FROM notification WHERE event_id = $1', [
      eventId,
    ]);
    if (!rows.length) return;
    const pipeline = this.redis.pipeline();
    for (const row of rows) pipeline.publish(liveChannel(this.config, row.userId), JSON.stringify({ notificationId: row.id } satisfies LiveMessage));
    await pipeline.exec();
  }
}

/** The api's side: subscriptions of logged-in users to their own channel (graphql-ws). */
@Injectable()
export class LiveSubscriptions implements OnApplicationShutdown {
  private pubSub: RedisPubSub | null = null;

  constructor(private readonly config: AppConfig) {}

  /** The stream of a user's new notifications (its Redis connections open on first use). */
  forUser(userId: string): AsyncIterableIterator<LiveMessage> {
    this.pubSub ??= new RedisPubSub({
      publisher: new Redis(this.config.REDIS_URL, { lazyConnect: true }),
      subscriber: new Redis(this.config.REDIS_URL),
    });
    return this.pubSub.asyncIterableIterator<LiveMessage>(liveChannel(this.config, userId));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub?.close();
  }
}
