import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { PingHealthIndicators } from './ping.health.js';

const indicators = (database: () => Promise<unknown>, redis: () => Promise<unknown>) =>
  new PingHealthIndicators(new HealthIndicatorService(), { query: database } as unknown as DataSource, { ping: redis } as unknown as Redis);

describe('PingHealthIndicators', () => {
  it('is up when the ping answers', async () => {
    const pings = indicators(
      () => Promise.resolve([{ '?column?': 1 }]),
      () => Promise.resolve('PONG'),
    );
    expect(await pings.database('database')).toEqual({ database: { status: 'up' } });
    expect(await pings.redisServer('redis')).toEqual({ redis: { status: 'up' } });
  });

  it('is down with the reason when the ping fails', async () => {
    const pings = indicators(
      () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
      () => Promise.resolve('PONG'),
    );
    expect(await pings.database('database')).toEqual({ database: { status: 'down', message: 'connect ECONNREFUSED 127.0.0.1:5432' } });
  });

  it('is down when the ping does not answer within 2 s', async () => {
    const pings = indicators(
      () => Promise.resolve(),
      () => new Promise(() => undefined),
    );
    const started = Date.now();
    expect(await pings.redisServer('redis')).toEqual({ redis: { status: 'down', message: 'no answer within 2000 ms' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });
});
