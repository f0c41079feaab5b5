import type { TypedEvent } from '#libs/core';
import type { NeedStatus } from './need.enums.js';
import { NeedAction } from './need.state-machine.js';

/** The event of each step of a need's life cycle (`need.<past participle>`). */
const TRANSITION_EVENT = {
  [NeedAction.SUBMIT]: 'submitted',
  [NeedAction.RETURN]: 'returned',
  [NeedAction.PUBLISH]: 'published',
  [NeedAction.CLOSE]: 'closed',
  [NeedAction.WITHDRAW]: 'withdrawn',
  [NeedAction.EXPIRE]: 'expired',
  [NeedAction.REOPEN]: 'reopened',
  [NeedAction.INCLUDE_IN_PROPOSAL]: 'in_proposal',
  [NeedAction.MARK_PARTIALLY_FUNDED]: 'partially_funded',
  [NeedAction.MARK_FUNDED]: 'funded',
  [NeedAction.MARK_UNFUNDED]: 'unfunded',
  [NeedAction.RELEASE]: 'released',
  [NeedAction.CLOSE_MET]: 'met',
} as const satisfies Record<NeedAction, string>;

/** The event type of a step. */
export type NeedStepEvent<A extends NeedAction = NeedAction> = `need.${(typeof TRANSITION_EVENT)[A]}`;

/** Event types of needs, as written to the outbox. */
export const NEED_EVENTS = {
  created: 'need.created',
  changed: 'need.changed',
  reconfirmed: 'need.reconfirmed',
  translated: 'need.translated',
  expiryReminder: 'need.expiry_reminder',
  transition: <A extends NeedAction>(action: A): NeedStepEvent<A> => `need.${TRANSITION_EVENT[action]}`,
} as const;

/** The steps people take (the rest are the system's: expiry, and the proposal's). */
export type PersonNeedAction = NeedAction.SUBMIT | NeedAction.RETURN | NeedAction.PUBLISH | NeedAction.CLOSE | NeedAction.WITHDRAW | NeedAction.REOPEN;
/** The steps a need takes as the proposal carrying it moves (NeedsService.moveWithProposal). */
export type ProposalNeedAction = Exclude<NeedAction, PersonNeedAction | NeedAction.EXPIRE>;

/** What every event of a need written by NeedsService carries: its State and status, never its text. */
export interface NeedEventBase {
  stateIso3: string;
  status: NeedStatus;
}

/** A person's step: from, to, and the reason when one was given. */
export interface NeedStepPayload extends NeedEventBase {
  from: NeedStatus;
  to: NeedStatus;
  reason?: string;
}

/** A step taken as the proposal carrying the need moves. */
export interface NeedProposalStepPayload extends NeedEventBase {
  from: NeedStatus;
  to: NeedStatus;
  proposalId: string;
}

/** The payload of each event type of needs. */
export type NeedEventPayloads = {
  'need.created': NeedEventBase;
  /** A published need's content changed: the names of the fields. */
  'need.changed': NeedEventBase & { fields: string[] };
  'need.reconfirmed': NeedEventBase & { validUntil: string };
  'need.translated': NeedEventBase & { language: string };
  /** NeedsFreshnessTask: a published need's validity ends soon. */
  'need.expiry_reminder': { stateIso3: string; validUntil: string };
  /** NeedsFreshnessTask: past its validity. */
  'need.expired': { stateIso3: string; from: NeedStatus; to: NeedStatus; validUntil: string };
} & { [T in NeedStepEvent<PersonNeedAction>]: NeedStepPayload } & { [T in NeedStepEvent<ProposalNeedAction>]: NeedProposalStepPayload };

export type NeedEventType = keyof NeedEventPayloads;

/** The event types whose payload starts with the need's State and status (those NeedsService writes). */
export type NeedServiceEventType = { [T in NeedEventType]: NeedEventPayloads[T] extends NeedEventBase ? T : never }[NeedEventType];

/** An event of a need, its payload checked against its type. */
export type NeedEvent<T extends NeedEventType = NeedEventType> = TypedEvent<NeedEventPayloads, T>;
