import { BadUserInputError, ConflictError, ForbiddenError, Role, type TransitionActor } from '#libs/core';
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

const CASES = Object.values(A).flatMap((action) =>
  Object.values(C).flatMap((from) => (Object.keys(ACTORS) as (keyof typeof ACTORS)[]).map((actor) => ({ action, from, actor }))),
);

describe('CONTRIBUTION_LIFE_CYCLE', () => {
  it.each(CASES)('$action from $from by $actor', ({ action, from, actor }) => {
    const allowed = ALLOWED.find(([a, f, who]) => a === action && f === from && who === actor);
    const run = () => CONTRIBUTION_LIFE_CYCLE.apply(action, from, ACTORS[actor], 'The ministry changed its priorities.');
    if (allowed) expect(run()).toBe(allowed[3]);
    // Someone who may take the action from another status gets CONFLICT; anyone else FORBIDDEN.
    else expect(run).toThrow(ALLOWED.some(([a, , who]) => a === action && who === actor) ? ConflictError : ForbiddenError);
    expect(CONTRIBUTION_LIFE_CYCLE.available(from, ACTORS[actor]).includes(action)).toBe(!!allowed);
  });

  it('refuses another donor with FORBIDDEN and a wrong step with CONFLICT', () => {
    expect(() => CONTRIBUTION_LIFE_CYCLE.apply(A.COMMIT, C.PLEDGED, ACTORS.otherDonor)).toThrow(ForbiddenError);
    expect(() => CONTRIBUTION_LIFE_CYCLE.apply(A.CANCEL, C.DISBURSED, ACTORS.ownDonor, 'late')).toThrow(ConflictError);
    expect(() => CONTRIBUTION_LIFE_CYCLE.apply(A.COMMIT, C.CANCELLED, ACTORS.ownDonor)).toThrow(ConflictError);
  });

  it.each([undefined, null, '', '  '])('needs a reason to cancel (refuses %j)', (reason) => {
    expect(() => CONTRIBUTION_LIFE_CYCLE.apply(A.CANCEL, C.PLEDGED, ACTORS.ownDonor, reason)).toThrow(BadUserInputError);
  });
});
