import { registerEnumType } from '@nestjs/graphql';
import { Role, StateMachine } from '#libs/core';
import { MatchStatus as S } from './match.enums.js';

export enum MatchAction {
  CONFIRM = 'CONFIRM',
  DISMISS = 'DISMISS',
  EXPRESS_INTEREST = 'EXPRESS_INTEREST',
  ACCEPT_INTEREST = 'ACCEPT_INTEREST',
  DECLINE_INTEREST = 'DECLINE_INTEREST',
  /** The engine: a pair that fits again (or, once dismissed, changed materially). */
  SUGGEST = 'SUGGEST',
  /** The engine: a suggestion that no longer fits or no longer ranks. */
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(MatchAction, { name: 'MatchAction' });

const MODERATOR = { role: Role.UNODA_MODERATOR } as const;
/** A donor of the offer's organisation. */
const OFFER_DONOR = { role: Role.DONOR, ownOnly: true } as const;
/** An NPC of the need's State. */
const NEED_NPC = { role: Role.NPC, ownOnly: true } as const;

/**
 * The life cycle of a match. UNODA confirms or dismisses suggestions; a donor's interest
 * upgrades any match that is not already an interest (or creates one, see MatchesService); the
 * requesting State answers it. The engine moves only between SUGGESTED and WITHDRAWN, and
 * brings back a dismissed match when a side changed materially.
 */
export const MATCH_LIFE_CYCLE = new StateMachine<S, MatchAction>('match', [
  { action: MatchAction.CONFIRM, from: [S.SUGGESTED], to: S.CONFIRMED, by: [MODERATOR] },
  { action: MatchAction.DISMISS, from: [S.SUGGESTED, S.CONFIRMED], to: S.DISMISSED, by: [MODERATOR], requiresReason: true },
  {
    action: MatchAction.EXPRESS_INTEREST,
    from: [S.SUGGESTED, S.CONFIRMED, S.DISMISSED, S.WITHDRAWN],
    to: S.INTEREST_EXPRESSED,
    by: [OFFER_DONOR],
    describedAs: 'express interest in',
  },
  { action: MatchAction.ACCEPT_INTEREST, from: [S.INTEREST_EXPRESSED], to: S.INTEREST_ACCEPTED, by: [NEED_NPC], describedAs: 'accept the interest in' },
  { action: MatchAction.DECLINE_INTEREST, from: [S.INTEREST_EXPRESSED], to: S.INTEREST_DECLINED, by: [NEED_NPC], describedAs: 'decline the interest in' },
  { action: MatchAction.SUGGEST, from: [S.WITHDRAWN, S.DISMISSED], to: S.SUGGESTED, by: ['SYSTEM'] },
  { action: MatchAction.WITHDRAW, from: [S.SUGGESTED], to: S.WITHDRAWN, by: ['SYSTEM'] },
]);

/** Statuses the engine may change (see MatchWriter); the others are people's decisions. */
export const ENGINE_STATUSES: readonly S[] = [...new Set(MATCH_LIFE_CYCLE.rules.filter((r) => r.by.includes('SYSTEM')).flatMap((r) => [...r.from, r.to]))];
