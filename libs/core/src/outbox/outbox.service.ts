import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEventInput } from './domain-event.js';
import { OutboxEvent } from './outbox-event.entity.js';

/**
 * Writes domain events into the outbox. Always called with the entity manager of the transaction
 * that makes the change, so the event exists if and only if the change committed.
 */
@Injectable()
export class OutboxService {
  async record(manager: EntityManager, ...events: DomainEventInput[]): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox events must be written inside the transaction of the change they describe');
    }
    if (!events.length) return [];
    const result = await manager.insert(
      OutboxEvent,
      events.map((e) => ({
        type: e.type,
        aggregateType: e.aggregateType,
        aggregateId: e.aggregateId,
        payload: e.payload ?? {},
        actorUserId: e.actorUserId ?? null,
      })),
    );
    return result.identifiers.map((i) => i.id as string);
  }
}
