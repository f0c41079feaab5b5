import { Roles } from '../auth/decorators.js';
import type { Role } from '../auth/roles.js';
import type { StateMachine } from './state-machine.js';

/**
 * The roles that may take any of `actions` in a life cycle, in the order its `by:` lists give
 * them (system steps aside): what the guard should ask of a caller before the machine, which
 * then checks the status and, for own-only permits, the record.
 */
export function transitionRoles<A extends string>(machine: StateMachine<string, A>, ...actions: A[]): Role[] {
  const roles: Role[] = [];
  for (const action of actions) {
    const rule = machine.rules.find((r) => r.action === action);
    if (!rule) throw new Error(`${machine.subject}: no transition ${action}`);
    for (const permit of rule.by) if (permit !== 'SYSTEM' && !roles.includes(permit.role)) roles.push(permit.role);
  }
  if (!roles.length) throw new Error(`${machine.subject}: ${actions.join(', ')} ${actions.length > 1 ? 'are' : 'is'} for the system only`);
  return roles;
}

/**
 * @Roles for a mutation that takes transitions: derived from the state machine's `by:` lists,
 * which are the one source of who may take a step (docs/ARCHITECTURE.md, "Who may do what").
 */
export const TransitionRoles = <A extends string>(machine: StateMachine<string, A>, ...actions: A[]) => Roles(...transitionRoles(machine, ...actions));
