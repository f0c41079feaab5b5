import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { recordFinalFailure, isFinalAttempt } from '../queue/job-failures.js';
import { EVENTS_QUEUE } from '../queue/queues.js';
import type { EventJobData } from './domain-event.js';
import { DOMAIN_EVENT_HANDLER, type DomainEventHandler, type DomainEventHandlerMetadata } from './domain-event-handler.js';
import { OutboxEvent } from './outbox-event.entity.js';

interface RegisteredHandler {
  consumer: string;
  instance: DomainEventHandler;
}

export interface EventJobResult {
  handled: string[];
  skipped: string[];
}

/**
 * Consumes the `events` queue: re-reads the event row and runs every handler registered for its
 * type, each at most once per event (see DomainEventHandler).
 */
@Processor(EVENTS_QUEUE, { concurrency: 4 })
@Injectable()
export class DomainEventsProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(DomainEventsProcessor.name);
  private readonly handlers = new Map<string, RegisteredHandler[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {
    super();
  }

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype;
      if (!type || typeof type !== 'function' || !wrapper.instance) continue;
      const meta = this.reflector.get<DomainEventHandlerMetadata | undefined>(DOMAIN_EVENT_HANDLER, type);
      if (!meta) continue;
      for (const eventType of meta.eventTypes) {
        const list = this.handlers.get(eventType) ?? [];
        if (list.some((h) => h.consumer === meta.consumer)) {
          throw new Error(`Two handlers of ${eventType} share the consumer name ${meta.consumer}`);
        }
        list.push({ consumer: meta.consumer, instance: wrapper.instance as DomainEventHandler });
        this.handlers.set(eventType, list);
      }
    }
  }

  /** Event types that have at least one consumer in this process. */
  handledEventTypes(): string[] {
    return [...this.handlers.keys()].sort();
  }

  async process(job: Job<EventJobData>): Promise<EventJobResult> {
    const event = await this.dataSource.getRepository(OutboxEvent).findOneBy({ id: job.data.eventId });
    if (!event) {
      // Nothing to do for an event that no longer exists; finishing is not a failure.
      this.logger.warn(`event ${job.data.eventId} not found; job ${job.id} finishes as a no-op`);
      return { handled: [], skipped: [] };
    }
    const result: EventJobResult = { handled: [], skipped: [] };
    for (const handler of this.handlers.get(event.type) ?? []) {
      const ran = await this.dataSource.transaction(async (manager) => {
        const claimed: unknown[] = await manager.query(
          `INSERT INTO event_consumption (event_id, consumer) VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [event.id, handler.consumer],
        );
        if (!claimed.length) return false;
        await handler.instance.handle(event, manager);
        return true;
      });
      (ran ? result.handled : result.skipped).push(handler.consumer);
      if (ran && handler.instance.afterCommit) {
        await handler.instance
          .afterCommit(event)
          .catch((error: Error) => this.logger.warn(`${handler.consumer} after commit of ${event.id}: ${error.message}`));
      }
    }
    return result;
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<EventJobData> | undefined, error: Error): Promise<void> {
    if (!job || !isFinalAttempt(job)) return;
    this.logger.error(`event job ${job.id} (${job.name}) failed for good: ${error.message}`);
    await recordFinalFailure(this.dataSource, EVENTS_QUEUE, job, error).catch((e: Error) =>
      this.logger.error(`could not record the failure of job ${job.id}: ${e.message}`),
    );
  }
}
