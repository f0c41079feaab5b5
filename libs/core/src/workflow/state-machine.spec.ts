import { BadUserInputError, ConflictError, ForbiddenError } from '../errors/domain-errors.js';
import { Role } from '../auth/roles.js';
import { StateMachine } from './state-machine.js';

type S = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'PUBLISHED' | 'EXPIRED';
type A = 'SUBMIT' | 'RETURN' | 'PUBLISH' | 'EXPIRE';

const machine = new StateMachine<S, A>('need', [
  { action: 'SUBMIT', from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', by: [{ role: Role.NPC, ownOnly: true }] },
  { action: 'RETURN', from: ['SUBMITTED'], to: 'RETURNED', by: [{ role: Role.UNODA_MODERATOR }], requiresReason: true },
  { action: 'PUBLISH', from: ['SUBMITTED'], to: 'PUBLISHED', by: [{ role: Role.UNODA_MODERATOR }] },
  { action: 'EXPIRE', from: ['PUBLISHED'], to: 'EXPIRED', by: ['SYSTEM'] },
]);
const ownNpc = { roles: [Role.NPC], owns: true };
const otherNpc = { roles: [Role.NPC], owns: false };
const moderator = { roles: [Role.UNODA_MODERATOR], owns: false };

describe('StateMachine', () => {
  it('gives the target status of an allowed transition', () => {
    expect(machine.apply('SUBMIT', 'DRAFT', ownNpc)).toBe('SUBMITTED');
    expect(machine.apply('SUBMIT', 'RETURNED', ownNpc)).toBe('SUBMITTED');
    expect(machine.apply('RETURN', 'SUBMITTED', moderator, 'add a budget')).toBe('RETURNED');
    expect(machine.apply('EXPIRE', 'PUBLISHED', { system: true })).toBe('EXPIRED');
  });

  it('refuses a role that may not, and an owner-only transition to a non-owner (FORBIDDEN)', () => {
    expect(() => machine.apply('PUBLISH', 'SUBMITTED', ownNpc)).toThrow(ForbiddenError);
    expect(() => machine.apply('SUBMIT', 'DRAFT', otherNpc)).toThrow(ForbiddenError);
    expect(() => machine.apply('SUBMIT', 'DRAFT', moderator)).toThrow(/owner's NPC/);
    expect(() => machine.apply('EXPIRE', 'PUBLISHED', moderator)).toThrow(/the system/);
  });

  it('refuses a transition from the wrong status (CONFLICT), naming where it is possible from', () => {
    expect(() => machine.apply('PUBLISH', 'DRAFT', moderator)).toThrow(ConflictError);
    expect(() => machine.apply('PUBLISH', 'DRAFT', moderator)).toThrow('Cannot publish a need that is DRAFT; only one that is SUBMITTED.');
    expect(() => machine.apply('SUBMIT', 'SUBMITTED', ownNpc)).toThrow(/DRAFT or RETURNED/);
  });

  it('checks the role before the status, so a refusal does not reveal the status', () => {
    expect(() => machine.apply('PUBLISH', 'DRAFT', otherNpc)).toThrow(ForbiddenError);
  });

  it('requires a reason where the table says so', () => {
    expect(() => machine.apply('RETURN', 'SUBMITTED', moderator)).toThrow(BadUserInputError);
    expect(() => machine.apply('RETURN', 'SUBMITTED', moderator, '   ')).toThrow(/reason/);
  });

  it('lists the actions available to an actor', () => {
    expect(machine.available('SUBMITTED', moderator)).toEqual(['RETURN', 'PUBLISH']);
    expect(machine.available('DRAFT', ownNpc)).toEqual(['SUBMIT']);
    expect(machine.available('DRAFT', otherNpc)).toEqual([]);
  });

  it('refuses a table that defines an action twice', () => {
    expect(
      () =>
        new StateMachine<S, A>('need', [
          { action: 'SUBMIT', from: ['DRAFT'], to: 'SUBMITTED', by: ['SYSTEM'] },
          { action: 'SUBMIT', from: ['RETURNED'], to: 'SUBMITTED', by: ['SYSTEM'] },
        ]),
    ).toThrow(/defined twice/);
  });
});
