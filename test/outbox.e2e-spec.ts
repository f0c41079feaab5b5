import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { EVENTS_QUEUE, HandlesDomainEvent, OutboxService, type DomainEventHandler } from '#libs/core';
import { USER_INVITED } from '#libs/identity';
import { WorkerModule } from '../apps/worker/src/worker.module.js';
import { createTestDatabase, dropDatabase } from './support/databases.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { testConfig } from './support/test-app.js';
import { waitFor } from './support/wait.js';
import { TEST_REDIS_URL } from './support/test-env.js';

const FAILING_EVENT = 'test.always_fails';
/** The consumer of user.invited this test watches (notifications consume it too). */
const NOTICE = 'identity.invitation-notice';

/** A consumer that always fails, to see what happens after the last retry. */
@HandlesDomainEvent(FAILING_EVENT, 'test.failing-consumer')
@Injectable()
class FailingHandler implements DomainEventHandler {
  async handle(): Promise<void> {
    throw new Error('the consumer cannot do its work');
  }
}

@Module({ providers: [FailingHandler] })
class FailingHandlerModule {}

describe('the transactional outbox and its relay, with Redis going away', () => {
  const proxy = new TcpProxy('127.0.0.1', Number(new URL(TEST_REDIS_URL).port || 6379));
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let database: { name: string };
  let queue: Queue;

  /** Writes `n` events the way features do: each in the transaction of its change. */
  async function writeEvents(n: number): Promise<string[]> {
    const outbox = worker.get(OutboxService);
    const ids: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const [id] = await dataSource.transaction((manager) =>
        // An invitation that does not exist: its consumer finds nothing pending and finishes.
        outbox.record(manager, { type: USER_INVITED, aggregateType: 'user', aggregateId: randomUUID(), payload: { invitationId: randomUUID() } }),
      );
      ids.push(id);
    }
    return ids;
  }

  const scalar = async (sql: string, params: unknown[] = []) => Number((await dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    await proxy.start();
    const db = await createTestDatabase();
    database = db;
    const config = testConfig(db.url, { REDIS_URL: proxy.url, OUTBOX_POLL_INTERVAL_MS: '50' });
    @Module({ imports: [WorkerModule.forRoot(config), FailingHandlerModule] })
    class WorkerUnderTest {}
    worker = await NestFactory.createApplicationContext(WorkerUnderTest, { logger: false });
    await worker.init();
    dataSource = worker.get(DataSource);
    // Reads the queue directly, not through the proxy.
    queue = new Queue(EVENTS_QUEUE, { connection: { url: TEST_REDIS_URL }, prefix: config.QUEUE_PREFIX });
  });

  afterAll(async () => {
    await worker?.close();
    await queue?.close();
    await proxy.cut();
    await dropDatabase(database.name);
  });

  it('relays each event written while Redis was unreachable exactly once after it returns', async () => {
    const [warmUp] = await writeEvents(1);
    await waitFor(
      'the first event to be consumed',
      async () => (await scalar(`SELECT count(*)::int AS n FROM event_consumption WHERE consumer = '${NOTICE}' AND event_id = $1`, [warmUp])) === 1,
    );

    await proxy.cut();
    const written = await writeEvents(20);
    await waitFor(
      'the relay to notice Redis is gone',
      async () => (await scalar('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL AND last_error IS NOT NULL')) > 0,
    );
    expect(await scalar('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL')).toBe(20);

    await proxy.restore();
    await waitFor(
      'every event to be relayed and consumed',
      async () =>
        (await scalar(`SELECT count(*)::int AS n FROM event_consumption WHERE consumer = '${NOTICE}' AND event_id = ANY($1::uuid[])`, [written])) === 20,
    );
    expect(await scalar('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL')).toBe(0);
    const perEvent: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM event_consumption WHERE consumer = '${NOTICE}' GROUP BY event_id`);
    expect(perEvent).toHaveLength(21);
    expect(perEvent.every((row) => row.n === 1)).toBe(true);
    await waitFor('the queue to settle', async () => (await queue.getJobCounts('completed')).completed === 21);
    const jobs = await queue.getJobs(['completed']);
    expect(jobs.map((j) => j.id).sort()).toEqual([warmUp, ...written].sort());
  });

  it('does not duplicate anything when every event is relayed again', async () => {
    await dataSource.query('UPDATE outbox_event SET published_at = NULL');
    await waitFor('the replay to be relayed', async () => (await scalar('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL')) === 0);
    // Same job ids: BullMQ keeps the jobs it already has; the consumers ran once per event.
    expect((await queue.getJobCounts('completed', 'waiting', 'active')).completed).toBe(21);
    // Each consumer of user.invited (the notice and the notifications' fan-out) ran once per event.
    expect(await scalar('SELECT count(*)::int AS n FROM event_consumption')).toBe(42);
  });

  it('finishes a job whose event no longer exists as a no-op', async () => {
    const ghost = randomUUID();
    await queue.add(USER_INVITED, { eventId: ghost }, { jobId: ghost });
    await waitFor('the ghost job to finish', async () => (await queue.getJob(ghost))?.finishedOn !== undefined);
    const job = await queue.getJob(ghost);
    expect(job?.failedReason).toBeUndefined();
    expect(job?.returnvalue).toEqual({ handled: [], skipped: [] });
  });

  it('records a job that failed its last attempt in the database, and what its consumer did is rolled back', async () => {
    const [eventId] = await dataSource.transaction((manager) =>
      worker.get(OutboxService).record(manager, { type: FAILING_EVENT, aggregateType: 'test', aggregateId: 'x' }),
    );
    // Relayed by the running relay with the default 8 attempts; this copy retries fast instead.
    await queue.add(FAILING_EVENT, { eventId }, { jobId: `${eventId}-fast`, attempts: 2, backoff: { type: 'fixed', delay: 10 } });
    await waitFor(
      'the failure to be recorded',
      async () => (await scalar('SELECT count(*)::int AS n FROM job_failure WHERE job_id = $1', [`${eventId}-fast`])) === 1,
    );
    const [failure] = await dataSource.query('SELECT queue, job_name, attempts, error, data FROM job_failure WHERE job_id = $1', [`${eventId}-fast`]);
    expect(failure).toMatchObject({ queue: EVENTS_QUEUE, job_name: FAILING_EVENT, attempts: 2, error: 'the consumer cannot do its work', data: { eventId } });
    expect(await scalar("SELECT count(*)::int AS n FROM event_consumption WHERE consumer = 'test.failing-consumer'")).toBe(0);
  });
});
