import { Role } from '#libs/core';
import { itAsksTheRolesOfItsSteps, rolesOf, type TransitionSteps } from '../../core/src/workflow/transition-roles.fixtures.js';
import { NEED_LIFE_CYCLE, NeedAction as A } from './need.state-machine.js';
import { NeedsResolver } from './needs.resolver.js';

/** Every mutation that exists to take a step of a need's life cycle, and the steps it takes. */
const STEPS: TransitionSteps<A> = [
  ['submitNeed', [A.SUBMIT]],
  ['returnNeed', [A.RETURN]],
  ['publishNeed', [A.PUBLISH]],
  ['closeNeed', [A.CLOSE]],
  ['withdrawNeed', [A.WITHDRAW]],
  ['reopenNeed', [A.REOPEN]],
  ['moderateNeeds', [A.PUBLISH, A.RETURN]],
];

describe("@Roles of the needs' transition mutations: the life cycle's `by:` lists are the source", () => {
  itAsksTheRolesOfItsSteps(NeedsResolver, NEED_LIFE_CYCLE, STEPS);

  it('asks the State for its own steps and UNODA for moderation', () => {
    expect(rolesOf(NeedsResolver, 'submitNeed')).toEqual([Role.NPC]);
    expect(rolesOf(NeedsResolver, 'moderateNeeds')).toEqual([Role.UNODA_MODERATOR]);
    expect(rolesOf(NeedsResolver, 'closeNeed')).toEqual([Role.NPC, Role.UNODA_MODERATOR]);
  });
});
