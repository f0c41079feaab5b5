import type { TypedEvent } from '#libs/core';
import type { MeetingOutcomeAction, MeetingStatus } from './meeting.enums.js';

/** Event types of GIS meetings, as written to the outbox. */
export const MEETING_EVENTS = {
  scheduled: 'meeting.scheduled',
  agendaChanged: 'meeting.agenda_changed',
  outcomeRecorded: 'meeting.outcome_recorded',
  held: 'meeting.held',
  cancelled: 'meeting.cancelled',
} as const;

/** What every event of a meeting carries: its title, start (ISO 8601) and status. */
export interface MeetingEventBase {
  title: string;
  startsAt: string;
  status: MeetingStatus;
}

/** The payload of each event type of meetings. */
export type MeetingEventPayloads = {
  'meeting.scheduled': MeetingEventBase;
  /** A proposal put on the agenda (`added`) or taken off it. */
  'meeting.agenda_changed': MeetingEventBase & { proposalId: string; added: boolean };
  /** The outcome for a proposal on the agenda, and the step it took, if any. */
  'meeting.outcome_recorded': MeetingEventBase & { proposalId: string; action: MeetingOutcomeAction | null };
  'meeting.held': MeetingEventBase;
  'meeting.cancelled': MeetingEventBase;
};

export type MeetingEventType = keyof MeetingEventPayloads;

/** An event of a meeting, its payload checked against its type. */
export type MeetingEvent<T extends MeetingEventType = MeetingEventType> = TypedEvent<MeetingEventPayloads, T>;
