import { Injectable } from '@nestjs/common';
import { HandlesDomainEvent, type DomainEventHandler, type OutboxEvent } from '#libs/core';
import { NEED_EVENTS, NeedAction } from '#libs/needs';
import { OFFER_EVENTS, OfferAction } from '#libs/offers';
import { MatchingJobs } from './matching-jobs.js';

/** Every need event that can change what the engine sees of it (status, fields, translations). */
export const NEED_MATCHING_EVENTS = [
  NEED_EVENTS.changed,
  NEED_EVENTS.translated,
  NEED_EVENTS.reconfirmed,
  ...Object.values(NeedAction).map((a) => NEED_EVENTS.transition(a)),
];

export const OFFER_MATCHING_EVENTS = [OFFER_EVENTS.changed, OFFER_EVENTS.translated, ...Object.values(OfferAction).map((a) => OFFER_EVENTS.transition(a))];

/** Turns need and offer events into matching jobs (deduplicated per record, see MatchingJobs). */
@HandlesDomainEvent([...new Set([...NEED_MATCHING_EVENTS, ...OFFER_MATCHING_EVENTS])], 'matching.trigger')
@Injectable()
export class MatchingTrigger implements DomainEventHandler {
  constructor(private readonly jobs: MatchingJobs) {}

  async handle(event: OutboxEvent): Promise<void> {
    if (event.aggregateType === 'need') await this.jobs.matchNeeds([event.aggregateId]);
    else if (event.aggregateType === 'offer') await this.jobs.matchOffer(event.aggregateId);
  }
}
