import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { EVENTS_QUEUE, MATCHING_QUEUE } from '#libs/core';

/**
 * Polls `check` until it holds, for what happens in the background (relay, worker, another
 * process): tests wait for the condition, never for a fixed time. `check` may throw to give up
 * early (a child process that exited); `what` may be a function, for details read at the timeout.
 */
export async function waitFor(what: string | (() => string), check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
}

/**
 * Waits until the background work has settled: every outbox event relayed and the events and
 * matching queues empty, for a moment (a job may add the next one as it ends).
 */
export async function waitUntilQuiet(t: { app: INestApplication; dataSource: DataSource }, timeoutMs = 30_000): Promise<void> {
  const queues = [EVENTS_QUEUE, MATCHING_QUEUE].map((name) => t.app.get<Queue>(getQueueToken(name)));
  let quietSince = 0;
  await waitFor(
    'the outbox and the queues to drain',
    async () => {
      const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL');
      const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children')));
      const busy = n + counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
      if (busy) {
        quietSince = 0;
        return false;
      }
      quietSince ||= Date.now();
      return Date.now() - quietSince >= 300;
    },
    timeoutMs,
  );
}
