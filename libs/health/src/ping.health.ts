import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

const TIMEOUT_MS = 2000;

/**
 * Readiness of the two services every process needs: up when a ping answers within 2 s. Ours
 * rather than terminus's TypeOrmHealthIndicator, which imports @nestjs/typeorm by a name known only
 * at run time: the start bundle (scripts/build.mjs) would load a second copy of it.
 */
@Injectable()
export class PingHealthIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(Redis) private readonly redis: Redis,
  ) {}

  database(key: string): Promise<HealthIndicatorResult> {
    return this.within(key, () => this.dataSource.query('SELECT 1'));
  }

  redisServer(key: string): Promise<HealthIndicatorResult> {
    return this.within(key, () => this.redis.ping());
  }

  private async within(key: string, ping: () => Promise<unknown>): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
        }),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }
}
