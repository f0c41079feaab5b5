import { Role, StateMachine } from '#libs/core';
import { NeedStatus as S } from './need.enums.js';

export enum NeedAction {
  SUBMIT = 'SUBMIT',
  RETURN = 'RETURN',
  PUBLISH = 'PUBLISH',
  CLOSE = 'CLOSE',
  WITHDRAW = 'WITHDRAW',
  EXPIRE = 'EXPIRE',
  REOPEN = 'REOPEN',
  /** The system, as a need's proposal moves (see libs/proposals). */
  INCLUDE_IN_PROPOSAL = 'INCLUDE_IN_PROPOSAL',
  MARK_PARTIALLY_FUNDED = 'MARK_PARTIALLY_FUNDED',
  MARK_FUNDED = 'MARK_FUNDED',
  MARK_UNFUNDED = 'MARK_UNFUNDED',
  /** Back on the market: its proposal was withdrawn, declined or expired. */
  RELEASE = 'RELEASE',
  /** Its proposal was completed and closed: the need is met. */
  CLOSE_MET = 'CLOSE_MET',
}

const NPC_OF_THE_STATE = { role: Role.NPC, ownOnly: true } as const;
const MODERATOR = { role: Role.UNODA_MODERATOR } as const;

/**
 * The life cycle of a need. Only the owning State's NPCs submit, withdraw, close and reopen;
 * only UNODA moderators return and publish; the system expires, and moves a need with the
 * proposal it is compiled into (in proposal, partially funded, funded, released, met).
 */
export const NEED_LIFE_CYCLE = new StateMachine<S, NeedAction>('need', [
  { action: NeedAction.SUBMIT, from: [S.DRAFT, S.RETURNED], to: S.SUBMITTED, by: [NPC_OF_THE_STATE] },
  { action: NeedAction.RETURN, from: [S.SUBMITTED], to: S.RETURNED, by: [MODERATOR], requiresReason: true },
  { action: NeedAction.PUBLISH, from: [S.SUBMITTED], to: S.PUBLISHED, by: [MODERATOR] },
  { action: NeedAction.CLOSE, from: [S.PUBLISHED], to: S.CLOSED, by: [NPC_OF_THE_STATE, MODERATOR] },
  {
    action: NeedAction.WITHDRAW,
    from: [S.DRAFT, S.SUBMITTED, S.RETURNED, S.PUBLISHED],
    to: S.WITHDRAWN,
    by: [NPC_OF_THE_STATE],
  },
  { action: NeedAction.EXPIRE, from: [S.PUBLISHED], to: S.EXPIRED, by: ['SYSTEM'] },
  // An expired need the State still wants goes back to moderation, not straight to the market.
  { action: NeedAction.REOPEN, from: [S.EXPIRED], to: S.SUBMITTED, by: [NPC_OF_THE_STATE] },
  { action: NeedAction.INCLUDE_IN_PROPOSAL, from: [S.PUBLISHED], to: S.IN_PROPOSAL, by: ['SYSTEM'] },
  { action: NeedAction.MARK_PARTIALLY_FUNDED, from: [S.IN_PROPOSAL, S.FUNDED], to: S.PARTIALLY_FUNDED, by: ['SYSTEM'] },
  { action: NeedAction.MARK_FUNDED, from: [S.IN_PROPOSAL, S.PARTIALLY_FUNDED], to: S.FUNDED, by: ['SYSTEM'] },
  { action: NeedAction.MARK_UNFUNDED, from: [S.PARTIALLY_FUNDED, S.FUNDED], to: S.IN_PROPOSAL, by: ['SYSTEM'] },
  { action: NeedAction.RELEASE, from: [S.IN_PROPOSAL, S.PARTIALLY_FUNDED, S.FUNDED], to: S.PUBLISHED, by: ['SYSTEM'] },
  { action: NeedAction.CLOSE_MET, from: [S.FUNDED], to: S.CLOSED, by: ['SYSTEM'] },
]);

/** Statuses of a need that a proposal carries. */
export const IN_PROPOSAL_STATUSES: readonly S[] = [S.IN_PROPOSAL, S.PARTIALLY_FUNDED, S.FUNDED];

/** Statuses in which the owning State may edit a need's content. */
export const EDITABLE_STATUSES: readonly S[] = [S.DRAFT, S.RETURNED, S.PUBLISHED];
