import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEventInput } from './domain-event.js';

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
    // One statement and one JSON parameter, however many events: a full rematch may write thousands.
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload, actor_user_id)
       SELECT e.type, e.aggregate_type, e.aggregate_id, coalesce(e.payload, '{}'), e.actor_user_id
         FROM json_to_recordset($1::json) AS e(type text, aggregate_type text, aggregate_id text, payload jsonb, actor_user_id uuid)
       RETURNING id`,
      [
        JSON.stringify(
          events.map((e) => ({
            type: e.type,
            aggregate_type: e.aggregateType,
            aggregate_id: e.aggregateId,
            payload: e.payload ?? {},
            actor_user_id: e.actorUserId ?? null,
          })),
        ),
      ],
    );
    return rows.map((r) => r.id);
  }
}
