import type { TypedEvent } from '#libs/core';
import type { OfferStatus } from './offer.enums.js';
import { OfferAction } from './offer.state-machine.js';

/** The event of each step of an offer's life cycle (`offer.<past participle>`). */
const TRANSITION_EVENT = {
  [OfferAction.SUBMIT]: 'submitted',
  [OfferAction.RETURN]: 'returned',
  [OfferAction.PUBLISH]: 'published',
  [OfferAction.WITHDRAW]: 'withdrawn',
  [OfferAction.EXHAUST]: 'exhausted',
  [OfferAction.REPLENISH]: 'replenished',
  [OfferAction.EXPIRE]: 'expired',
  [OfferAction.REOPEN]: 'reopened',
} as const satisfies Record<OfferAction, string>;

/** The event type of a step. */
export type OfferStepEvent<A extends OfferAction = OfferAction> = `offer.${(typeof TRANSITION_EVENT)[A]}`;

/** Event types of offers, as written to the outbox. */
export const OFFER_EVENTS = {
  created: 'offer.created',
  changed: 'offer.changed',
  translated: 'offer.translated',
  transition: <A extends OfferAction>(action: A): OfferStepEvent<A> => `offer.${TRANSITION_EVENT[action]}`,
} as const;

/** The steps people take (the rest are the system's: exhausted, replenished, expired). */
export type PersonOfferAction = OfferAction.SUBMIT | OfferAction.RETURN | OfferAction.PUBLISH | OfferAction.WITHDRAW | OfferAction.REOPEN;

/** What every event of an offer written by OffersService carries: its organisation and status. */
export interface OfferEventBase {
  organisationId: string;
  status: OfferStatus;
}

/** A person's step: from, to, and the reason when one was given. */
export interface OfferStepPayload extends OfferEventBase {
  from: OfferStatus;
  to: OfferStatus;
  reason?: string;
}

/** The payload of each event type of offers. */
export type OfferEventPayloads = {
  'offer.created': OfferEventBase;
  /** A published offer's content changed: the names of the fields. */
  'offer.changed': OfferEventBase & { fields: string[] };
  'offer.translated': OfferEventBase & { language: string };
  /** Its last money committed (OffersService.reduceRemaining). */
  'offer.exhausted': OfferEventBase;
  /** Money given back to an exhausted offer (OffersService.restoreRemaining). */
  'offer.replenished': OfferEventBase;
  /** OffersFreshnessTask: its window has ended. */
  'offer.expired': { organisationId: string; from: OfferStatus; to: OfferStatus };
} & { [T in OfferStepEvent<PersonOfferAction>]: OfferStepPayload };

export type OfferEventType = keyof OfferEventPayloads;

/** The event types whose payload starts with the offer's organisation and status (those OffersService writes). */
export type OfferServiceEventType = { [T in OfferEventType]: OfferEventPayloads[T] extends OfferEventBase ? T : never }[OfferEventType];

/** An event of an offer, its payload checked against its type. */
export type OfferEvent<T extends OfferEventType = OfferEventType> = TypedEvent<OfferEventPayloads, T>;
