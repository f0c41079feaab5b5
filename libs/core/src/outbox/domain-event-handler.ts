import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxEvent } from './outbox-event.entity.js';

export const DOMAIN_EVENT_HANDLER = Symbol('DOMAIN_EVENT_HANDLER');

export interface DomainEventHandlerMetadata {
  eventTypes: string[];
  /** Stable name of this consumer: together with the event id it makes handling idempotent. */
  consumer: string;
}

/**
 * A consumer of one event type. `handle` runs in a transaction together with the record that the
 * event was consumed, so its database effects happen exactly once however often the job runs.
 */
export interface DomainEventHandler {
  handle(event: OutboxEvent, manager: EntityManager): Promise<void>;
  /**
   * Runs once the transaction of `handle` has committed, for what must not happen before the rows
   * are visible (telling others about them). Best effort: if the process dies here, `handle` is
   * not run again, so nothing essential may live only here.
   */
  afterCommit?(event: OutboxEvent): Promise<void>;
}

/** Marks a provider as the handler of these event types; the worker's events processor finds it. */
export const HandlesDomainEvent = (eventTypes: string | string[], consumer: string) =>
  SetMetadata(DOMAIN_EVENT_HANDLER, {
    eventTypes: Array.isArray(eventTypes) ? eventTypes : [eventTypes],
    consumer,
  } satisfies DomainEventHandlerMetadata);
