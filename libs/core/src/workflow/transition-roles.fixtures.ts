import 'reflect-metadata';
import { ROLES_KEY } from '../auth/decorators.js';
import type { Role } from '../auth/roles.js';
import type { StateMachine } from './state-machine.js';
import { transitionRoles } from './transition-roles.js';

/**
 * The shared harness of the features' `transition-roles.spec.ts`: each lists by hand the
 * mutations that exist to take steps of a life cycle, and the harness checks their @Roles
 * against the machine's `by:` lists. Test code only (not built).
 */

/** A mutation of a resolver and the steps it takes: `[method, actions]`. */
export type TransitionSteps<A extends string> = readonly (readonly [method: string, actions: readonly A[]])[];

/** The roles the guard asks for a resolver method (its @Roles). */
export const rolesOf = (resolver: { prototype: object }, method: string): Role[] | undefined =>
  Reflect.getMetadata(ROLES_KEY, (resolver.prototype as Record<string, object>)[method]);

/** One test per mutation: its @Roles are the roles `machine` lets take its steps (`transitionRoles`, in their order). */
export function itAsksTheRolesOfItsSteps<A extends string>(resolver: { prototype: object }, machine: StateMachine<string, A>, steps: TransitionSteps<A>): void {
  it.each(steps)(`%s asks for the roles the ${machine.subject} life cycle lets take its steps`, (method, actions) => {
    expect(rolesOf(resolver, method)).toEqual(transitionRoles(machine, ...actions));
  });
}
