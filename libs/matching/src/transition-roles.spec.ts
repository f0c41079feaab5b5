import 'reflect-metadata';
import { ROLES_KEY, Role, transitionRoles } from '#libs/core';
import { MATCH_LIFE_CYCLE, MatchAction as A } from './match.state-machine.js';
import { MatchesResolver } from './matches.resolver.js';

const rolesOf = (method: string): Role[] | undefined =>
  Reflect.getMetadata(ROLES_KEY, (MatchesResolver.prototype as unknown as Record<string, object>)[method]);

/** Every mutation that exists to take a step of a match's life cycle, and the steps it takes. */
const STEPS: [string, A[]][] = [
  ['confirmMatch', [A.CONFIRM]],
  ['dismissMatch', [A.DISMISS]],
  ['moderateMatches', [A.CONFIRM, A.DISMISS]],
  ['expressInterest', [A.EXPRESS_INTEREST]],
  ['acceptInterest', [A.ACCEPT_INTEREST]],
  ['declineInterest', [A.DECLINE_INTEREST]],
];

describe("@Roles of the matches' transition mutations: the life cycle's `by:` lists are the source", () => {
  it.each(STEPS)('%s asks for the roles the life cycle lets take its steps', (method, actions) => {
    expect(rolesOf(method)).toEqual(transitionRoles(MATCH_LIFE_CYCLE, ...actions));
  });

  it('asks UNODA to moderate, the donor to show interest and the State to answer', () => {
    expect(rolesOf('moderateMatches')).toEqual([Role.UNODA_MODERATOR]);
    expect(rolesOf('expressInterest')).toEqual([Role.DONOR]);
    expect(rolesOf('acceptInterest')).toEqual([Role.NPC]);
  });
});
