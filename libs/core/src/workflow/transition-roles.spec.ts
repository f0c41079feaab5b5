import 'reflect-metadata';
import { ROLES_KEY } from '../auth/decorators.js';
import { Role } from '../auth/roles.js';
import { StateMachine } from './state-machine.js';
import { TransitionRoles, transitionRoles } from './transition-roles.js';

type S = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'WITHDRAWN' | 'EXPIRED';
type A = 'SUBMIT' | 'PUBLISH' | 'WITHDRAW' | 'EXPIRE';

const machine = new StateMachine<S, A>('need', [
  { action: 'SUBMIT', from: ['DRAFT'], to: 'SUBMITTED', by: [{ role: Role.NPC, ownOnly: true }] },
  { action: 'PUBLISH', from: ['SUBMITTED'], to: 'PUBLISHED', by: [{ role: Role.UNODA_MODERATOR }] },
  { action: 'WITHDRAW', from: ['SUBMITTED', 'PUBLISHED'], to: 'WITHDRAWN', by: [{ role: Role.UNODA_MODERATOR }, { role: Role.NPC, ownOnly: true }, 'SYSTEM'] },
  { action: 'EXPIRE', from: ['PUBLISHED'], to: 'EXPIRED', by: ['SYSTEM'] },
]);

describe('transitionRoles', () => {
  it("gives the roles of a step's `by:` list in its order, own-only or not, without the system", () => {
    expect(transitionRoles(machine, 'SUBMIT')).toEqual([Role.NPC]);
    expect(transitionRoles(machine, 'WITHDRAW')).toEqual([Role.UNODA_MODERATOR, Role.NPC]);
  });

  it('gives the roles of several steps once each, in the order they first appear', () => {
    expect(transitionRoles(machine, 'SUBMIT', 'PUBLISH', 'WITHDRAW')).toEqual([Role.NPC, Role.UNODA_MODERATOR]);
  });

  it('refuses a step the machine does not have, and one only the system takes (no mutation may take it)', () => {
    expect(() => transitionRoles(machine, 'ARCHIVE' as A)).toThrow('need: no transition ARCHIVE');
    expect(() => transitionRoles(machine, 'EXPIRE')).toThrow('need: EXPIRE is for the system only');
  });
});

describe('@TransitionRoles', () => {
  it('puts the derived roles where the guard reads @Roles', () => {
    class Resolver {
      @TransitionRoles(machine, 'WITHDRAW')
      withdraw() {}
    }
    expect(Reflect.getMetadata(ROLES_KEY, Resolver.prototype.withdraw)).toEqual([Role.UNODA_MODERATOR, Role.NPC]);
  });
});
