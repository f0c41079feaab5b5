import { BadUserInputError, ConflictError, ForbiddenError } from '../errors/domain-errors.js';
import type { StateMachine, TransitionActor } from './state-machine.js';

/**
 * The shared harness of the life-cycle tables (`*.state-machine.spec.ts`): each feature writes its
 * table by hand (every status x action x actor and what happens), the harness turns it into
 * cases and checks `apply` and `available` against every one. Test code only (not built).
 */

/** Refused whatever the status: the actor may never take the action. */
export const F = ForbiddenError;
/** Refused in this status: the actor may take the action from another one. */
export const C = ConflictError;
/** A cell of a table: the status the action leads to, or the error that refuses it. */
export type Outcome<S extends string> = S | typeof F | typeof C;

export interface LifeCycleCase<S extends string, A extends string, N extends string> {
  status: S;
  action: A;
  actor: N;
  outcome: Outcome<S>;
  /** The outcome as `apply` reports it here: the status, or the error's name. */
  expected: string;
}

export const isAllowed = <S extends string>(outcome: Outcome<S>): outcome is S => outcome !== F && outcome !== C;

const nameOf = <S extends string>(outcome: Outcome<S>): string => (isAllowed(outcome) ? outcome : outcome === F ? 'ForbiddenError' : 'ConflictError');

/** The cases of a grid: `grid[status][action][i]` is what happens to `actorOrder[i]`. */
export function gridCases<S extends string, A extends string, N extends string>(
  statuses: readonly S[],
  actions: readonly A[],
  actorOrder: readonly N[],
  grid: Record<S, Record<A, readonly Outcome<S>[]>>,
): LifeCycleCase<S, A, N>[] {
  return statuses.flatMap((status) =>
    actions.flatMap((action) =>
      actorOrder.map((actor, i) => {
        const outcome = grid[status][action][i];
        return { status, action, actor, outcome, expected: nameOf(outcome) };
      }),
    ),
  );
}

/**
 * The cases of a list of what succeeds (`[action, from, actor, to]`); everything else is refused:
 * CONFLICT for an actor who may take the action from another status, FORBIDDEN for anyone else.
 */
export function allowedCases<S extends string, A extends string, N extends string>(
  statuses: readonly S[],
  actions: readonly A[],
  actors: readonly N[],
  allowed: readonly (readonly [A, S, N, S])[],
): LifeCycleCase<S, A, N>[] {
  return actions.flatMap((action) =>
    statuses.flatMap((status) =>
      actors.map((actor) => {
        const row = allowed.find(([a, f, who]) => a === action && f === status && who === actor);
        const outcome: Outcome<S> = row ? row[3] : allowed.some(([a, , who]) => a === action && who === actor) ? C : F;
        return { status, action, actor, outcome, expected: nameOf(outcome) };
      }),
    ),
  );
}

/** What `apply` does: the resulting status, or the name of the domain error it throws. */
export function outcomeOf<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  action: A,
  from: S,
  actor: TransitionActor,
  why?: string | null,
): string {
  try {
    return machine.apply(action, from, actor, why);
  } catch (error) {
    if (error instanceof ForbiddenError) return 'ForbiddenError';
    if (error instanceof ConflictError) return 'ConflictError';
    throw error;
  }
}

/**
 * One test per case: `apply` (with `why` as the reason) gives the table's outcome, and
 * `available` offers the action exactly when the table allows it.
 */
export function itFollowsTheTable<S extends string, A extends string, N extends string>(
  machine: StateMachine<S, A>,
  actors: Record<N, TransitionActor>,
  cases: readonly LifeCycleCase<S, A, N>[],
  why: string,
): void {
  it.each(cases)(`$action on a $status ${machine.subject} by $actor: $expected`, ({ status, action, actor, outcome, expected }) => {
    expect(outcomeOf(machine, action, status, actors[actor], why)).toBe(expected);
    expect(machine.available(status, actors[actor]).includes(action)).toBe(isAllowed(outcome));
  });
}

/**
 * A step that needs a reason: refused without one (missing, empty or blank) as BAD_USER_INPUT on
 * `reason`, with the machine's reason code, and the English `message` when given.
 */
export function itNeedsAReason<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  action: A,
  from: S,
  actor: TransitionActor,
  message?: string,
): void {
  it.each([undefined, null, '', '  ', '   \n'])(`${action} needs a reason (refuses %j)`, (why) => {
    let thrown: unknown;
    try {
      machine.apply(action, from, actor, why);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BadUserInputError);
    const problems = (thrown as BadUserInputError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'reason', reason: `${machine.subject}.reasonRequired`, params: { action } });
    if (message) expect(problems[0].message).toBe(message);
  });
}

/** Steps taken without a reason (none given, or null): `[action, from, actor, to]`. */
export function itNeedsNoReason<S extends string, A extends string, N extends string>(
  machine: StateMachine<S, A>,
  actors: Record<N, TransitionActor>,
  steps: readonly (readonly [A, S, N, S])[],
): void {
  it.each(steps)('%s from %s by %s needs no reason', (action, from, actor, to) => {
    expect(machine.apply(action, from, actors[actor])).toBe(to);
    expect(machine.apply(action, from, actors[actor], null)).toBe(to);
  });
}
