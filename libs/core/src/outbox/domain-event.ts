import type { JsonObject } from '../database/json.js';

/** What a feature says happened; the outbox adds the id and time. */
export interface DomainEventInput<P extends JsonObject = JsonObject> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload?: P;
  actorUserId?: string | null;
}

/** The job the relay puts on the `events` queue: the event id only; consumers re-read the row. */
export interface EventJobData {
  eventId: string;
}
