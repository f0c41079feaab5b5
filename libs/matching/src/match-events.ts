import type { TypedEvent } from '#libs/core';
import type { MatchStatus } from './match.enums.js';
import { MatchAction } from './match.state-machine.js';

export const MATCH_EVENTS = {
  /** A strong suggestion, new or back: notifications tell both sides. */
  suggested: 'match.suggested',
  confirmed: 'match.confirmed',
  dismissed: 'match.dismissed',
  interestExpressed: 'match.interest_expressed',
  interestAccepted: 'match.interest_accepted',
  interestDeclined: 'match.interest_declined',
} as const;

/** The event of each step people take (the engine's steps are announced as `match.suggested`, or not at all). */
export const MATCH_STEP_EVENT = {
  [MatchAction.CONFIRM]: MATCH_EVENTS.confirmed,
  [MatchAction.DISMISS]: MATCH_EVENTS.dismissed,
  [MatchAction.EXPRESS_INTEREST]: MATCH_EVENTS.interestExpressed,
  [MatchAction.ACCEPT_INTEREST]: MATCH_EVENTS.interestAccepted,
  [MatchAction.DECLINE_INTEREST]: MATCH_EVENTS.interestDeclined,
} as const;

/** The steps people take. */
export type PersonMatchAction = keyof typeof MATCH_STEP_EVENT;

/** A person's decision on a match: its two sides, from (null: a pair without a match before), to, and the reason or message. */
export interface MatchStepPayload {
  needId: string;
  offerId: string;
  from: MatchStatus | null;
  to: MatchStatus;
  reason?: string;
}

/** The payload of each event type of matches. */
export type MatchEventPayloads = {
  /** MatchWriter: a strong suggestion; `again` when the pair had a match before. */
  'match.suggested': { needId: string; offerId: string; score: number | null; again: boolean };
} & { [T in (typeof MATCH_STEP_EVENT)[PersonMatchAction]]: MatchStepPayload };

export type MatchEventType = keyof MatchEventPayloads;

/** An event of a match, its payload checked against its type. */
export type MatchEvent<T extends MatchEventType = MatchEventType> = TypedEvent<MatchEventPayloads, T>;
