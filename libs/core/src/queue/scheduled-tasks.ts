import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, SetMetadata, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { isFinalAttempt, recordFinalFailure } from './job-failures.js';
import { MAINTENANCE_QUEUE } from './queues.js';

export const SCHEDULED_TASK = Symbol('SCHEDULED_TASK');

export interface ScheduledTaskMetadata {
  /** Job name and scheduler id, e.g. `needs.freshness`. */
  name: string;
  /** Cron pattern, in UTC. */
  pattern: string;
}

/** Work that runs on a schedule (expiring needs, reminders, digests ...). */
export interface ScheduledTask {
  run(): Promise<unknown>;
}

/** Marks a provider as a scheduled task; the worker schedules it with BullMQ and runs it. */
export const Scheduled = (name: string, pattern: string) => SetMetadata(SCHEDULED_TASK, { name, pattern } satisfies ScheduledTaskMetadata);

/**
 * Runs the scheduled tasks of every feature on the `maintenance` queue. At start it upserts one
 * BullMQ job scheduler per task (idempotent: replicas agree on the ids), so each run happens
 * once whatever the number of workers.
 */
@Processor(MAINTENANCE_QUEUE)
@Injectable()
export class ScheduledTasksProcessor extends WorkerHost implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(ScheduledTasksProcessor.name);
  private readonly tasks = new Map<string, { meta: ScheduledTaskMetadata; task: ScheduledTask }>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    @InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || typeof wrapper.metatype !== 'function' || !wrapper.instance) continue;
      const meta = this.reflector.get<ScheduledTaskMetadata | undefined>(SCHEDULED_TASK, wrapper.metatype);
      if (meta) this.tasks.set(meta.name, { meta, task: wrapper.instance as ScheduledTask });
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const { meta } of this.tasks.values()) {
      await this.queue.upsertJobScheduler(meta.name, { pattern: meta.pattern, tz: 'UTC' }, { name: meta.name, data: {} });
    }
    if (this.tasks.size) this.logger.log(`scheduled: ${[...this.tasks.values()].map((t) => `${t.meta.name} (${t.meta.pattern})`).join(', ')}`);
  }

  async process(job: Job): Promise<unknown> {
    const entry = this.tasks.get(job.name);
    if (!entry) {
      this.logger.warn(`no task named ${job.name} in this worker; job ${job.id} finishes as a no-op`);
      return null;
    }
    return entry.task.run();
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job || !isFinalAttempt(job)) return;
    this.logger.error(`scheduled task ${job.name} failed for good: ${error.message}`);
    await recordFinalFailure(this.dataSource, MAINTENANCE_QUEUE, job, error).catch(() => undefined);
  }
}
