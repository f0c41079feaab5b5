import { Role } from '#libs/core';
import { itAsksTheRolesOfItsSteps, rolesOf, type TransitionSteps } from '../../core/src/workflow/transition-roles.fixtures.js';
import { MATCH_LIFE_CYCLE, MatchAction as A } from './match.state-machine.js';
import { MatchesResolver } from './matches.resolver.js';

/** Every mutation that exists to take a step of a match's life cycle, and the steps it takes. */
const STEPS: TransitionSteps<A> = [
  ['confirmMatch', [A.CONFIRM]],
  ['dismissMatch', [A.DISMISS]],
  ['moderateMatches', [A.CONFIRM, A.DISMISS]],
  ['expressInterest', [A.EXPRESS_INTEREST]],
  ['acceptInterest', [A.ACCEPT_INTEREST]],
  ['declineInterest', [A.DECLINE_INTEREST]],
];

describe("@Roles of the matches' transition mutations: the life cycle's `by:` lists are the source", () => {
  itAsksTheRolesOfItsSteps(MatchesResolver, MATCH_LIFE_CYCLE, STEPS);

  it('asks UNODA to moderate, the donor to show interest and the State to answer', () => {
    expect(rolesOf(MatchesResolver, 'moderateMatches')).toEqual([Role.UNODA_MODERATOR]);
    expect(rolesOf(MatchesResolver, 'expressInterest')).toEqual([Role.DONOR]);
    expect(rolesOf(MatchesResolver, 'acceptInterest')).toEqual([Role.NPC]);
  });
});
