import { ContributionStatus as C } from './contribution.enums.js';
import type { Tranche } from './entities/proposal-revision.entity.js';
import { fundingOf, fundingStep, overCommitment, type LedgerEntry } from './funding-ledger.js';
import { ProposalStatus as S } from './proposal.enums.js';
import { ProposalAction } from './proposal.state-machine.js';

const TRANCHES: Tranche[] = [
  { number: 1, title: 'Equipment', lines: [{ description: 'Machines', amount: '100000.10' }, { description: 'Parts', amount: '20000.00' }] },
  { number: 2, title: 'Training', lines: [{ description: 'Armourers', amount: '79999.90' }] },
];
const entry = (status: C, amount: string, trancheNumber: number | null = null): LedgerEntry => ({ status, amount, trancheNumber });

describe('fundingOf', () => {
  it('counts only committed and later as funded, exactly to the cent', () => {
    const funding = fundingOf(TRANCHES, [
      entry(C.INTENT, '5000.00'),
      entry(C.PLEDGED, '0.10', 1),
      entry(C.COMMITTED, '100000.05', 1),
      entry(C.DISBURSED, '0.05', 1),
      entry(C.REPORTED, '30000.00', 2),
      entry(C.CANCELLED, '99999.99', 2),
      entry(C.COMMITTED, '0.10'),
    ]);
    expect(funding).toMatchObject({
      target: '200000.00',
      committed: '130000.20',
      disbursed: '30000.05',
      promised: '5000.10',
      gap: '69999.80',
      overFunded: '0.00',
      unallocated: '0.10',
    });
    expect(funding.tranches).toEqual([
      { number: 1, title: 'Equipment', target: '120000.10', committed: '100000.10', disbursed: '0.05', gap: '20000.00' },
      { number: 2, title: 'Training', target: '79999.90', committed: '30000.00', disbursed: '30000.00', gap: '49999.90' },
    ]);
  });

  it('never shows a negative gap; over-funding is shown apart', () => {
    const funding = fundingOf(TRANCHES, [entry(C.COMMITTED, '150000.00', 1), entry(C.COMMITTED, '60000.00')]);
    expect(funding.gap).toBe('0.00');
    expect(funding.overFunded).toBe('10000.00');
    expect(funding.tranches[0].gap).toBe('0.00');
  });

  it('counts a commitment to a tranche no longer in the budget as unallocated', () => {
    expect(fundingOf(TRANCHES, [entry(C.COMMITTED, '10.00', 3)]).unallocated).toBe('10.00');
  });

  it('is all zeros for an empty ledger', () => {
    expect(fundingOf(TRANCHES, [])).toMatchObject({ committed: '0.00', disbursed: '0.00', promised: '0.00', gap: '200000.00' });
  });
});

describe('overCommitment', () => {
  const funding = fundingOf(TRANCHES, [entry(C.COMMITTED, '150000.00', 1)]);
  it('accepts exactly the gap and refuses a cent more', () => {
    expect(overCommitment(funding, '50000.00', null, false)).toBeNull();
    expect(overCommitment(funding, '50000.01', null, false)).toMatch(/exceed the funding gap of 50000.00/);
  });
  it('refuses past the gap of the tranche named even when the total has room', () => {
    expect(overCommitment(fundingOf(TRANCHES, []), '120000.11', 1, false)).toMatch(/tranche 1 would exceed its gap of 120000.10/);
    expect(overCommitment(fundingOf(TRANCHES, []), '120000.10', 1, false)).toBeNull();
  });
  it('accepts anything when over-funding is allowed', () => {
    expect(overCommitment(funding, '1000000.00', 1, true)).toBeNull();
  });
});

describe('fundingStep', () => {
  it.each([
    [S.OPEN_FOR_FUNDING, '0.00', null],
    [S.OPEN_FOR_FUNDING, '0.01', ProposalAction.MARK_PARTIALLY_FUNDED],
    [S.UNDER_NEGOTIATION, '100.00', ProposalAction.MARK_FUNDED],
    [S.PARTIALLY_FUNDED, '50.00', null],
    [S.PARTIALLY_FUNDED, '100.00', ProposalAction.MARK_FUNDED],
    [S.PARTIALLY_FUNDED, '0.00', ProposalAction.MARK_UNFUNDED],
    [S.FUNDED, '120.00', null],
    [S.FUNDED, '99.99', ProposalAction.MARK_PARTIALLY_FUNDED],
    [S.FUNDED, '0.00', ProposalAction.MARK_UNFUNDED],
    [S.ON_HOLD, '100.00', null],
    [S.IN_IMPLEMENTATION, '0.00', null],
    [S.EXPIRED, '100.00', null],
  ] as const)('a %s proposal with %s of 100.00 committed: %s', (status, committed, step) => {
    expect(fundingStep(status, committed, '100.00')).toBe(step);
  });
});
