import 'reflect-metadata';
import { ROLES_KEY, Role, transitionRoles } from '#libs/core';
import { NEED_LIFE_CYCLE, NeedAction as A } from './need.state-machine.js';
import { NeedsResolver } from './needs.resolver.js';

const rolesOf = (method: string): Role[] | undefined => Reflect.getMetadata(ROLES_KEY, (NeedsResolver.prototype as unknown as Record<string, object>)[method]);

/** Every mutation that exists to take a step of a need's life cycle, and the steps it takes. */
const STEPS: [string, A[]][] = [
  ['submitNeed', [A.SUBMIT]],
  ['returnNeed', [A.RETURN]],
  ['publishNeed', [A.PUBLISH]],
  ['closeNeed', [A.CLOSE]],
  ['withdrawNeed', [A.WITHDRAW]],
  ['reopenNeed', [A.REOPEN]],
  ['moderateNeeds', [A.PUBLISH, A.RETURN]],
];

describe("@Roles of the needs' transition mutations: the life cycle's `by:` lists are the source", () => {
  it.each(STEPS)('%s asks for the roles the life cycle lets take its steps', (method, actions) => {
    expect(rolesOf(method)).toEqual(transitionRoles(NEED_LIFE_CYCLE, ...actions));
  });

  it('asks the State for its own steps and UNODA for moderation', () => {
    expect(rolesOf('submitNeed')).toEqual([Role.NPC]);
    expect(rolesOf('moderateNeeds')).toEqual([Role.UNODA_MODERATOR]);
    expect(rolesOf('closeNeed')).toEqual([Role.NPC, Role.UNODA_MODERATOR]);
  });
});
