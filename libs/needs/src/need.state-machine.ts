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
}

const NPC_OF_THE_STATE = { role: Role.NPC, ownOnly: true } as const;
const MODERATOR = { role: Role.UNODA_MODERATOR } as const;

/**
 * The life cycle of a need. Only the owning State's NPCs submit, withdraw, close and reopen;
 * only UNODA moderators return and publish; the system expires. Later issues add the
 * in-proposal and funding states.
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
]);

/** Statuses in which the owning State may edit a need's content. */
export const EDITABLE_STATUSES: readonly S[] = [S.DRAFT, S.RETURNED, S.PUBLISHED];
