import type { AnyPayload } from '#libs/core';
import type { IdentityEventPayloads } from '#libs/identity';
import type { MatchEventPayloads } from '#libs/matching';
import type { NeedEventPayloads, ReportEventPayloads } from '#libs/needs';
import type { CriteriaEventPayloads, OfferEventPayloads } from '#libs/offers';
import type { DealRoomEventPayloads, FundingEventPayloads, MeetingEventPayloads, ProposalEventPayloads } from '#libs/proposals';
import type { ExchangeRateEventPayloads } from '#libs/reference-data';
import type { ReminderEventPayloads } from './reminders.task.js';

/**
 * Every event type the platform writes, with its payload: the features' own maps (each beside its
 * event list, e.g. NeedEventPayloads in libs/needs/src/need-events.ts), put together for the
 * notifications, which route and word them all.
 */
export type DomainEventPayloads = IdentityEventPayloads &
  ExchangeRateEventPayloads &
  NeedEventPayloads &
  ReportEventPayloads &
  OfferEventPayloads &
  CriteriaEventPayloads &
  MatchEventPayloads &
  ProposalEventPayloads &
  DealRoomEventPayloads &
  FundingEventPayloads &
  MeetingEventPayloads &
  ReminderEventPayloads;

export type DomainEventType = keyof DomainEventPayloads;

/** A stored event's payload as the notifications' texts read it, whatever its type: any field of any of them. */
export type NotificationPayload = AnyPayload<DomainEventPayloads[DomainEventType]>;
