import { registerEnumType } from '@nestjs/graphql';
import { Role, StateMachine } from '#libs/core';
import { OfferStatus as S } from './offer.enums.js';

export enum OfferAction {
  SUBMIT = 'SUBMIT',
  RETURN = 'RETURN',
  PUBLISH = 'PUBLISH',
  WITHDRAW = 'WITHDRAW',
  EXHAUST = 'EXHAUST',
  /** The system: a cancelled commitment gave an exhausted offer something back. */
  REPLENISH = 'REPLENISH',
  EXPIRE = 'EXPIRE',
  REOPEN = 'REOPEN',
}
registerEnumType(OfferAction, { name: 'OfferAction' });

const DONOR_OF_THE_ORGANISATION = { role: Role.DONOR, ownOnly: true } as const;
const MODERATOR = { role: Role.UNODA_MODERATOR } as const;

/**
 * The life cycle of an offer, on the same StateMachine as needs: the donor organisation's
 * members submit and withdraw; UNODA moderators return and publish; the system marks an offer
 * exhausted (nothing remains), published again when a cancelled commitment gives some back, or
 * expired (its window has ended).
 */
export const OFFER_LIFE_CYCLE = new StateMachine<S, OfferAction>('offer', [
  { action: OfferAction.SUBMIT, from: [S.DRAFT, S.RETURNED], to: S.SUBMITTED, by: [DONOR_OF_THE_ORGANISATION] },
  { action: OfferAction.RETURN, from: [S.SUBMITTED], to: S.RETURNED, by: [MODERATOR], requiresReason: true },
  { action: OfferAction.PUBLISH, from: [S.SUBMITTED], to: S.PUBLISHED, by: [MODERATOR] },
  {
    action: OfferAction.WITHDRAW,
    from: [S.DRAFT, S.SUBMITTED, S.RETURNED, S.PUBLISHED],
    to: S.WITHDRAWN,
    by: [DONOR_OF_THE_ORGANISATION],
  },
  { action: OfferAction.EXHAUST, from: [S.PUBLISHED], to: S.EXHAUSTED, by: ['SYSTEM'] },
  { action: OfferAction.REPLENISH, from: [S.EXHAUSTED], to: S.PUBLISHED, by: ['SYSTEM'] },
  { action: OfferAction.EXPIRE, from: [S.PUBLISHED], to: S.EXPIRED, by: ['SYSTEM'] },
  // An expired offer renewed with a new window goes back to moderation.
  { action: OfferAction.REOPEN, from: [S.EXPIRED], to: S.SUBMITTED, by: [DONOR_OF_THE_ORGANISATION] },
]);

/** Statuses in which the donor may edit an offer's content. */
export const EDITABLE_OFFER_STATUSES: readonly S[] = [S.DRAFT, S.RETURNED, S.PUBLISHED, S.EXPIRED];
