import { ConflictError, ForbiddenError, BadUserInputError, problemAt } from '../errors/domain-errors.js';
import { reason, type LifeCycleSubject } from '../errors/reasons.js';
import type { Role } from '../auth/roles.js';

/**
 * Who may take a transition: a role, possibly only for records the actor owns (a State's NPC
 * and that State's needs; a donor and its organisation's offers), or the system (scheduled jobs).
 */
export type Permit = { role: Role; ownOnly?: boolean } | 'SYSTEM';

export interface TransitionRule<S extends string, A extends string> {
  action: A;
  from: readonly S[];
  to: S;
  by: readonly Permit[];
  /** The actor must say why (e.g. returning a need for edits). */
  requiresReason?: boolean;
  /** The action as a verb before the record in messages, when its name does not read well ("express interest in"). */
  describedAs?: string;
}

/** Who is acting, as far as a state machine cares. */
export type TransitionActor = { system: true } | { system?: false; roles: readonly Role[]; owns: boolean };

/**
 * The allowed transitions of a record type and who may take them, in one table. Features keep
 * their table next to their entity and ask the machine before changing a status; nothing else
 * decides whether a transition is allowed.
 */
export class StateMachine<S extends string, A extends string> {
  private readonly byAction = new Map<A, TransitionRule<S, A>>();

  constructor(
    /** The record type, which names its reasons (`need.statusForbidsChange`). */
    readonly subject: LifeCycleSubject,
    readonly rules: readonly TransitionRule<S, A>[],
  ) {
    for (const rule of rules) {
      if (this.byAction.has(rule.action)) throw new Error(`${subject}: action ${rule.action} is defined twice`);
      this.byAction.set(rule.action, rule);
    }
  }

  /** The status `action` leads to from `from`, or throws the error that explains why not. */
  apply(action: A, from: S, actor: TransitionActor, why?: string | null): S {
    const rule = this.byAction.get(action);
    if (!rule) throw new BadUserInputError(problemAt('action', reason('field.unknownAction', { action })));
    const english = { action: describe(rule) };
    if (!this.permits(rule, actor)) {
      // Codes for clients: a role, SYSTEM, or OWNER:<role> (that role for the record's owner).
      const permitted = rule.by.map((p) => (p === 'SYSTEM' ? 'SYSTEM' : p.ownOnly ? `OWNER:${p.role}` : p.role));
      const who = rule.by.map((p) => (p === 'SYSTEM' ? 'the system' : p.ownOnly ? `the owner's ${p.role}` : p.role));
      throw new ForbiddenError(reason(`${this.subject}.actionNotPermitted`, { permitted, action }, { ...english, permitted: who }));
    }
    if (!rule.from.includes(from)) {
      throw new ConflictError(reason(`${this.subject}.statusForbidsChange`, { action, status: from, allowedStatuses: rule.from }, english));
    }
    if (rule.requiresReason && !why?.trim()) {
      throw new BadUserInputError(problemAt('reason', reason(`${this.subject}.reasonRequired`, { action }, english)));
    }
    return rule.to;
  }

  /** The actions this actor could take on a record in status `from`, for user interfaces. */
  available(from: S, actor: TransitionActor): A[] {
    return this.rules.filter((r) => r.from.includes(from) && this.permits(r, actor)).map((r) => r.action);
  }

  private permits(rule: TransitionRule<S, A>, actor: TransitionActor): boolean {
    if (actor.system) return rule.by.includes('SYSTEM');
    return rule.by.some((p) => p !== 'SYSTEM' && actor.roles.includes(p.role) && (!p.ownOnly || actor.owns));
  }
}

/** "MARK_MET" -> "mark met", for messages (or the rule's own wording). */
function describe(rule: { action: string; describedAs?: string }): string {
  return rule.describedAs ?? rule.action.toLowerCase().replace(/_/g, ' ');
}
