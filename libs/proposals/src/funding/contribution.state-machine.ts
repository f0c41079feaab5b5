import { registerEnumType } from '@nestjs/graphql';
import { Role, StateMachine } from '#libs/core';
import { ContributionStatus as C } from './contribution.enums.js';

export enum ContributionAction {
  PLEDGE = 'PLEDGE',
  COMMIT = 'COMMIT',
  DISBURSE = 'DISBURSE',
  REPORT = 'REPORT',
  CANCEL = 'CANCEL',
}
registerEnumType(ContributionAction, { name: 'ContributionAction' });

/** A donor of the contribution's organisation. */
const DONOR = { role: Role.DONOR, ownOnly: true } as const;
const MODERATOR = { role: Role.UNODA_MODERATOR } as const;

/**
 * The ledger's steps: the donor pledges, commits (an agreement is signed), disburses (or
 * delivers) and reports; UNODA may also record a disbursement it has seen. Anything not yet
 * disbursed can be cancelled, with a reason, by the donor or UNODA.
 */
export const CONTRIBUTION_LIFE_CYCLE = new StateMachine<C, ContributionAction>('contribution', [
  { action: ContributionAction.PLEDGE, from: [C.INTENT], to: C.PLEDGED, by: [DONOR] },
  { action: ContributionAction.COMMIT, from: [C.INTENT, C.PLEDGED], to: C.COMMITTED, by: [DONOR] },
  { action: ContributionAction.DISBURSE, from: [C.COMMITTED], to: C.DISBURSED, by: [DONOR, MODERATOR] },
  { action: ContributionAction.REPORT, from: [C.DISBURSED], to: C.REPORTED, by: [DONOR], describedAs: 'report on' },
  { action: ContributionAction.CANCEL, from: [C.INTENT, C.PLEDGED, C.COMMITTED], to: C.CANCELLED, by: [DONOR, MODERATOR], requiresReason: true },
]);
