import { Redis } from 'ioredis';
import { redactUrl } from '../logging/redact.js';

/**
 * Fails fast, with a message a person can act on, when Redis cannot be reached at start.
 */
export async function assertRedisReachable(url: string, timeoutMs = 3000): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new Error(
      `Redis is not reachable at REDIS_URL=${redactUrl(url)} (${(error as Error).message}). ` +
        'Start Redis (for example: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no, ' +
        'or docker compose -f docker/compose.yml up -d redis) or set REDIS_URL to a running server.',
    );
  } finally {
    client.disconnect();
  }
}
