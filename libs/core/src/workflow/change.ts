import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import type { AuditInput, AuditService } from '../audit/audit.service.js';
import { NotFoundError } from '../errors/domain-errors.js';
import { reason } from '../errors/reasons.js';
import { isUuid } from '../errors/validation.js';
import type { JsonObject } from '../database/json.js';
import type { OutboxService } from '../outbox/outbox.service.js';
import type { StateMachine, TransitionActor } from './state-machine.js';
import { assertVersion } from './versions.js';

/** A record with a life cycle, as far as the change pipeline reads and writes it. */
export interface LifeCycleRecord<S extends string> {
  id: string;
  status: S;
  statusChangedAt: Date;
  version: number;
}

/** A step decided: where the record was (null only where the step creates the record), where it goes, the reason (trimmed, or null). */
export interface Step<S extends string, From extends S | null = S> {
  from: From;
  to: S;
  why: string | null;
  /** The moment of the step: the record's statusChangedAt. */
  at: Date;
}

/** The event of a step: its type and payload; the aggregate is the record, the actor the step's unless the event names its own. */
export interface StepEvent {
  type: string;
  payload: JsonObject;
  actorUserId?: string | null;
}

/** How a step is written: who takes it, what its audit entry and its event say, what changes beside the status. */
export interface StepRecord<R, S extends string, From extends S | null = S> {
  /** Who acts, for the audit entry and the event; null: the system. */
  actorUserId: string | null;
  /** The record's fields that change with the step besides its status (written by the same save). */
  change?: (record: R, step: Step<S, From>) => void;
  /**
   * What the step brings about in the same transaction, after the record is saved and before its
   * audit entry and event are written (a proposal's needs released with it).
   */
  consequences?: (saved: R, step: Step<S, From>) => Promise<void>;
  /** The audit entry's reason and data, when not the step's reason alone. */
  audit?: (step: Step<S, From>) => Pick<AuditInput, 'reason' | 'data'>;
  /** The step's event, built from the saved record. */
  event: (saved: R, step: Step<S, From>) => StepEvent;
}

/** A step to decide: what, by whom, from which version. */
export interface StepDecision<S extends string, A extends string> {
  action: A;
  actor: TransitionActor;
  /** The reason given: the machine requires it where its table says so. */
  reason?: string | null;
  /** The version the caller read (none given, none checked). */
  expectedVersion?: number | null;
  /** The status the step starts from when it is not the stored one (a suggestion as it stands today). */
  from?: S;
  /** The feature's own refusals, after the machine's and before the version's (an offer's window has ended). */
  check?: (to: S) => void;
  /** The reason as the feature reads it, after the version check (a length limit); default: trimmed, or null. */
  readReason?: (given: string | null | undefined) => string | null;
}

/** A step to decide and write. */
export type StepRequest<R, S extends string, A extends string> = StepDecision<S, A> & StepRecord<R, S>;

/**
 * The one change pipeline of the records with a life cycle (needs, offers, matches, proposals,
 * contributions): lock the row, then in the same transaction take the machine's step, check the
 * version, save, and write the audit entry and the outbox event. Each feature keeps its own rules
 * (who sees the record, its consequences) and hands them in; the order of the checks is the same
 * everywhere: not found, then the machine (forbidden, wrong status, reason missing), then the
 * feature's own checks, then the version.
 */
export class ChangePipeline {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Loads a record for a change, locked (FOR UPDATE) until the transaction ends, so concurrent
   * changes queue up and the version check sees the latest one. NOT_FOUND (`<subject>.notFound`)
   * unless `visible` says the actor may see it: its existence stays private.
   */
  async lock<E extends { id: string }>(
    manager: EntityManager,
    entity: EntityTarget<E>,
    subject: 'need' | 'offer' | 'match' | 'proposal',
    id: string,
    visible: (record: E) => boolean | Promise<boolean>,
  ): Promise<E> {
    const record = isUuid(id) ? await manager.findOne(entity, { where: { id } as FindOptionsWhere<E>, lock: { mode: 'pessimistic_write' } }) : null;
    if (!record || !(await visible(record))) throw new NotFoundError(reason(`${subject}.notFound`, { id }));
    return record;
  }

  /**
   * Takes a step of `record`'s life cycle: the machine decides it (from the stored status, or
   * `request.from`), the feature's `check` may refuse it, then the version is checked; the record
   * gets its new status and the step's fields, is saved, and the step is audited and announced.
   */
  async transition<R extends LifeCycleRecord<S>, S extends string, A extends string>(
    manager: EntityManager,
    machine: StateMachine<S, A>,
    record: R,
    request: StepRequest<R, S, A>,
  ): Promise<{ saved: R; step: Step<S> }> {
    return this.write(manager, machine, record, this.decide(machine, record, request), request);
  }

  /**
   * Decides a step without writing it, for a feature that has more to check or do between the
   * decision and the write (a commitment must fit the gap): the machine, the feature's `check`,
   * the version, the reason as read. `write` then takes it.
   */
  decide<S extends string, A extends string>(machine: StateMachine<S, A>, record: LifeCycleRecord<S>, request: StepDecision<S, A>): Step<S> {
    const from = request.from ?? record.status;
    const to = machine.apply(request.action, from, request.actor, request.reason);
    request.check?.(to);
    assertVersion(machine.subject, record, request.expectedVersion);
    const why = request.readReason ? request.readReason(request.reason) : request.reason?.trim() || null;
    return { from, to, why, at: new Date() };
  }

  /**
   * Writes a step already decided (a system step the caller checked, a cancellation that is part of
   * a redirection): the status and the step's fields, the save, the audit entry and the event.
   */
  async write<R extends LifeCycleRecord<S>, S extends string, A extends string, From extends S | null = S>(
    manager: EntityManager,
    machine: StateMachine<S, A>,
    record: R,
    step: Step<S, From>,
    how: StepRecord<R, S, From>,
  ): Promise<{ saved: R; step: Step<S, From> }> {
    record.status = step.to;
    record.statusChangedAt = step.at;
    how.change?.(record, step);
    const saved = await manager.save(record);
    await how.consequences?.(saved, step);
    await this.audit.record(manager, {
      actorUserId: how.actorUserId,
      action: `${machine.subject}.transitioned`,
      entityType: machine.subject,
      entityId: saved.id,
      fromState: step.from,
      toState: step.to,
      reason: step.why,
      ...how.audit?.(step),
    });
    await this.outbox.record(manager, { aggregateType: machine.subject, aggregateId: saved.id, actorUserId: how.actorUserId, ...how.event(saved, step) });
    return { saved, step };
  }
}
