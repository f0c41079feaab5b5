import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';

/** A general-purpose Redis client (counters, short-lived state); BullMQ keeps its own. */
@Global()
@Module({
  providers: [
    {
      provide: Redis,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        // Lazy: processes that never use it (the CLI) never connect.
        new Redis(config.REDIS_URL, { keyPrefix: `${config.QUEUE_PREFIX}:app:`, maxRetriesPerRequest: 2, lazyConnect: true }),
    },
  ],
  exports: [Redis],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(Redis) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
