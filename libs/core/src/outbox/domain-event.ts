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

/**
 * A feature's events: each type with the payload it carries. Declared beside the feature's event
 * list (NEED_EVENTS and NeedEventPayloads, ...), so that writing an event with the wrong payload
 * fails type-checking, and readers take the payload as its type says.
 */
export type EventPayloads<M> = { [T in keyof M]: JsonObject };

/** An event of a feature's map, its payload checked against its type. */
export type TypedEvent<M extends EventPayloads<M>, T extends keyof M & string = keyof M & string> = T extends unknown
  ? Omit<DomainEventInput<M[T]>, 'type' | 'payload'> & { type: T; payload: M[T] }
  : never;

/**
 * A reader of a feature's stored events: `needPayload(event, NEED_EVENTS.changed)` is the payload
 * as that type says. The type is not checked at run time: readers are registered for these types.
 */
export function payloadReader<M extends EventPayloads<M>>() {
  return <T extends keyof M & string>(event: { type: string; payload: JsonObject }, ..._types: T[]): M[T] => event.payload as M[T];
}

/**
 * How a reader of many event types (the notifications' texts) reads a payload: every field any of
 * the payloads `U` has, optional, with the types it has in them.
 */
export type AnyPayload<U> = {
  [K in U extends unknown ? keyof U : never]?: U extends unknown ? (K extends keyof U ? U[K] : never) : never;
};
