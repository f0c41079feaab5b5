import type { EntityManager } from 'typeorm';
import type { AuditInput, AuditService } from '../audit/audit.service.js';
import { Role } from '../auth/roles.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../errors/domain-errors.js';
import type { DomainEventInput } from '../outbox/domain-event.js';
import type { OutboxService } from '../outbox/outbox.service.js';
import { ChangePipeline } from './change.js';
import { StateMachine } from './state-machine.js';

type S = 'DRAFT' | 'SUBMITTED' | 'RETURNED';
type A = 'SUBMIT' | 'RETURN';
const machine = new StateMachine<S, A>('need', [
  { action: 'SUBMIT', from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', by: [{ role: Role.NPC, ownOnly: true }] },
  { action: 'RETURN', from: ['SUBMITTED'], to: 'RETURNED', by: [{ role: Role.UNODA_MODERATOR }], requiresReason: true },
]);
const moderator = { roles: [Role.UNODA_MODERATOR], owns: false };
const ID = '00000000-0000-4000-8000-000000000001';

interface Row {
  id: string;
  status: S;
  statusChangedAt: Date;
  version: number;
  note?: string | null;
}

/** A pipeline over a fake transaction that keeps what it is asked to write, in order. */
function harness(row: Row | null) {
  const written: string[] = [];
  const audits: AuditInput[] = [];
  const events: DomainEventInput[] = [];
  const manager = {
    findOne: async (_entity: unknown, options: { where: { id: string }; lock: { mode: string } }) => {
      written.push(`lock ${options.lock.mode}`);
      return row && options.where.id === row.id ? row : null;
    },
    save: async (record: Row) => {
      written.push(`save ${record.status}`);
      return record;
    },
  } as unknown as EntityManager;
  const audit = { record: async (_m: EntityManager, ...entries: AuditInput[]) => void (written.push('audit'), audits.push(...entries)) } as AuditService;
  const outbox = {
    record: async (_m: EntityManager, ...list: DomainEventInput[]) => (written.push('event'), events.push(...list), []),
  } as unknown as OutboxService;
  return { pipeline: new ChangePipeline(audit, outbox), manager, written, audits, events };
}

const row = (): Row => ({ id: ID, status: 'SUBMITTED', statusChangedAt: new Date(0), version: 3 });

describe('ChangePipeline', () => {
  it('locks the row for update, and hides what the actor may not see (or a malformed id) as NOT_FOUND', async () => {
    const { pipeline, manager, written } = harness(row());
    expect((await pipeline.lock(manager, 'Need', 'need', ID, () => true)).id).toBe(ID);
    expect(written).toEqual(['lock pessimistic_write']);
    await expect(pipeline.lock(manager, 'Need', 'need', ID, async () => false)).rejects.toThrow(NotFoundError);
    await expect(pipeline.lock(manager, 'Need', 'need', 'not-an-id', () => true)).rejects.toThrow(`Need not-an-id was not found.`);
  });

  it('takes the step: status, the feature fields, save, consequences, then the audit entry and the event', async () => {
    const { pipeline, manager, written, audits, events } = harness(null);
    const record = row();
    const { saved, step } = await pipeline.transition(manager, machine, record, {
      action: 'RETURN',
      actor: moderator,
      reason: '  add a budget ',
      expectedVersion: 3,
      actorUserId: 'u1',
      change: (r, { why }) => (r.note = why),
      consequences: async () => void written.push('consequences'),
      event: (r, { from, to, why }) => ({ type: 'need.returned', payload: { status: r.status, from, to, reason: why } }),
    });
    expect(written).toEqual(['save RETURNED', 'consequences', 'audit', 'event']);
    expect(saved).toMatchObject({ status: 'RETURNED', note: 'add a budget' });
    expect(saved.statusChangedAt).toBe(step.at);
    expect(audits).toEqual([
      { actorUserId: 'u1', action: 'need.transitioned', entityType: 'need', entityId: ID, fromState: 'SUBMITTED', toState: 'RETURNED', reason: 'add a budget' },
    ]);
    expect(events).toEqual([
      {
        type: 'need.returned',
        aggregateType: 'need',
        aggregateId: ID,
        actorUserId: 'u1',
        payload: { status: 'RETURNED', from: 'SUBMITTED', to: 'RETURNED', reason: 'add a budget' },
      },
    ]);
  });

  it('refuses in order: the machine (permission, status, reason), then the feature, then the version; writing nothing', async () => {
    const { pipeline, manager, written } = harness(null);
    const request = { actorUserId: 'u1', event: () => ({ type: 'x', payload: {} }) };
    const owner = { roles: [Role.NPC], owns: true };
    await expect(pipeline.transition(manager, machine, row(), { ...request, action: 'SUBMIT', actor: moderator, expectedVersion: 1 })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(pipeline.transition(manager, machine, row(), { ...request, action: 'SUBMIT', actor: owner, expectedVersion: 1 })).rejects.toThrow(
      /Cannot submit a need that is SUBMITTED/,
    );
    await expect(pipeline.transition(manager, machine, row(), { ...request, action: 'RETURN', actor: moderator, expectedVersion: 1 })).rejects.toThrow(
      BadUserInputError,
    );
    const refused = new ConflictError({ reason: 'record.notFound', params: {}, message: 'the feature says no' });
    const check = () => {
      throw refused;
    };
    await expect(
      pipeline.transition(manager, machine, row(), { ...request, action: 'RETURN', actor: moderator, reason: 'r', expectedVersion: 1, check }),
    ).rejects.toBe(refused);
    await expect(
      pipeline.transition(manager, machine, row(), { ...request, action: 'RETURN', actor: moderator, reason: 'r', expectedVersion: 1 }),
    ).rejects.toThrow(expect.objectContaining({ reason: 'need.staleVersion' }));
    expect(written).toEqual([]);
  });

  it('decides from the status given (a record as it stands today), and reads the reason as the feature does', () => {
    const { pipeline } = harness(null);
    const step = pipeline.decide(machine, row(), {
      action: 'SUBMIT',
      from: 'RETURNED',
      actor: { roles: [Role.NPC], owns: true },
      reason: 'x',
      readReason: () => 'read',
    });
    expect(step).toMatchObject({ from: 'RETURNED', to: 'SUBMITTED', why: 'read' });
  });

  it('writes a step decided elsewhere, with the audit entry and the event actor it is given', async () => {
    const { pipeline, manager, audits, events } = harness(null);
    await pipeline.write(
      manager,
      machine,
      row(),
      { from: null, to: 'DRAFT', why: null, at: new Date() },
      {
        actorUserId: 'u1',
        audit: () => ({ reason: 'Proposal GIS-2026-0001', data: { proposalId: 'p1' } }),
        event: () => ({ type: 'need.created', payload: {}, actorUserId: null }),
      },
    );
    expect(audits[0]).toMatchObject({ actorUserId: 'u1', fromState: null, toState: 'DRAFT', reason: 'Proposal GIS-2026-0001', data: { proposalId: 'p1' } });
    expect(events[0]).toMatchObject({ type: 'need.created', actorUserId: null });
  });
});
