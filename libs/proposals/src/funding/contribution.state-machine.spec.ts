import { ConflictError, ForbiddenError, Role, type TransitionActor } from '#libs/core';
import { allowedCases, isAllowed, itFollowsTheTable, itNeedsAReason } from '../../../core/src/workflow/state-machine.fixtures.js';
import { ContributionStatus as C } from './contribution.enums.js';
import { CONTRIBUTION_LIFE_CYCLE, ContributionAction as A } from './contribution.state-machine.js';

const ACTORS = {
  ownDonor: { roles: [Role.DONOR], owns: true },
  otherDonor: { roles: [Role.DONOR], owns: false },
  moderator: { roles: [Role.UNODA_MODERATOR], owns: false },
  npc: { roles: [Role.NPC], owns: true },
  system: { system: true },
} satisfies Record<string, TransitionActor>;

/** Written by hand: every (action, from, actor) that succeeds, and where it leads. Everything else is refused. */
const ALLOWED: [A, C, keyof typeof ACTORS, C][] = [
  [A.PLEDGE, C.INTENT, 'ownDonor', C.PLEDGED],
  [A.COMMIT, C.INTENT, 'ownDonor', C.COMMITTED],
  [A.COMMIT, C.PLEDGED, 'ownDonor', C.COMMITTED],
  [A.DISBURSE, C.COMMITTED, 'ownDonor', C.DISBURSED],
  [A.DISBURSE, C.COMMITTED, 'moderator', C.DISBURSED],
  [A.REPORT, C.DISBURSED, 'ownDonor', C.REPORTED],
  ...[C.INTENT, C.PLEDGED, C.COMMITTED].flatMap((from) => [
    [A.CANCEL, from, 'ownDonor', C.CANCELLED] as [A, C, keyof typeof ACTORS, C],
    [A.CANCEL, from, 'moderator', C.CANCELLED] as [A, C, keyof typeof ACTORS, C],
  ]),
];

// Someone who may take the action from another status gets CONFLICT; anyone else FORBIDDEN.
const CASES = allowedCases(Object.values(C), Object.values(A), Object.keys(ACTORS) as (keyof typeof ACTORS)[], ALLOWED);

describe('CONTRIBUTION_LIFE_CYCLE', () => {
  it('covers 5 actions, 6 statuses and 5 actors', () => {
    expect(CASES).toHaveLength(5 * 6 * 5);
    expect(CASES.filter((c) => isAllowed(c.outcome))).toHaveLength(12);
  });

  itFollowsTheTable(CONTRIBUTION_LIFE_CYCLE, ACTORS, CASES, 'The ministry changed its priorities.');

  it('refuses another donor with FORBIDDEN and a wrong step with CONFLICT', () => {
    expect(() => CONTRIBUTION_LIFE_CYCLE.apply(A.COMMIT, C.PLEDGED, ACTORS.otherDonor)).toThrow(ForbiddenError);
    expect(() => CONTRIBUTION_LIFE_CYCLE.apply(A.CANCEL, C.DISBURSED, ACTORS.ownDonor, 'late')).toThrow(ConflictError);
    expect(() => CONTRIBUTION_LIFE_CYCLE.apply(A.COMMIT, C.CANCELLED, ACTORS.ownDonor)).toThrow(ConflictError);
  });

  itNeedsAReason(CONTRIBUTION_LIFE_CYCLE, A.CANCEL, C.PLEDGED, ACTORS.ownDonor);
});
