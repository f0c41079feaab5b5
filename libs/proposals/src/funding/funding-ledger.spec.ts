import { ContributionStatus as C } from './contribution.enums.js';
import type { Tranche } from '../entities/proposal-revision.entity.js';
import { compareDecimals, sumDecimals } from '#libs/reference-data';
import { fundingOf, fundingStep, NeedFunding, needFunding, overCommitment, revisionRefusal, type Funding, type LedgerEntry } from './funding-ledger.js';
import { ProposalStatus as S } from '../proposals/proposal.enums.js';
import { ProposalAction } from '../proposals/proposal.state-machine.js';

const TRANCHES: Tranche[] = [
  {
    number: 1,
    title: 'Equipment',
    lines: [
      { description: 'Machines', amount: '100000.10' },
      { description: 'Parts', amount: '20000.00' },
    ],
  },
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
      funded: false,
    });
    expect(funding.tranches).toEqual([
      { number: 1, title: 'Equipment', target: '120000.10', committed: '100000.10', allocated: '0.10', disbursed: '0.05', gap: '19999.90', funded: false },
      { number: 2, title: 'Training', target: '79999.90', committed: '30000.00', allocated: '0.00', disbursed: '30000.00', gap: '49999.90', funded: false },
    ]);
  });

  it('fills the tranches in order with money committed to the whole; a tranche over its target covers no other', () => {
    const funding = fundingOf(TRANCHES, [entry(C.COMMITTED, '150000.00', 1), entry(C.COMMITTED, '60000.00')]);
    // 210000 committed against 200000, yet Training still lacks 19999.90: not funded.
    expect(funding).toMatchObject({ committed: '210000.00', gap: '19999.90', overFunded: '29999.90', unallocated: '60000.00', funded: false });
    expect(funding.tranches.map((t) => [t.allocated, t.gap, t.funded])).toEqual([
      ['0.00', '0.00', true],
      ['60000.00', '19999.90', false],
    ]);
    const whole = fundingOf(TRANCHES, [entry(C.COMMITTED, '200000.00')]);
    expect(whole).toMatchObject({ gap: '0.00', overFunded: '0.00', funded: true });
    expect(whole.tranches.map((t) => t.allocated)).toEqual(['120000.10', '79999.90']);
  });

  it('counts a commitment to a tranche no longer in the budget as unallocated', () => {
    expect(fundingOf(TRANCHES, [entry(C.COMMITTED, '10.00', 3)])).toMatchObject({ unallocated: '10.00', gap: '199990.00' });
  });

  it('is all zeros for an empty ledger', () => {
    expect(fundingOf(TRANCHES, [])).toMatchObject({ committed: '0.00', disbursed: '0.00', promised: '0.00', gap: '200000.00', funded: false });
  });
});

describe('overCommitment', () => {
  const funding = fundingOf(TRANCHES, [entry(C.COMMITTED, '150000.00', 1)]);
  it('accepts exactly the gap and refuses a cent more', () => {
    const open = fundingOf(TRANCHES, [entry(C.COMMITTED, '120000.10', 1), entry(C.COMMITTED, '29999.90', 2)]);
    expect(overCommitment(open, '50000.00', 'USD', null, false)).toBeNull();
    const refused = overCommitment(open, '50000.01', 'USD', null, false);
    expect(refused?.message).toMatch(/^Committing 50000.01 USD would exceed the funding gap of 50000.00/);
    expect(refused).toMatchObject({ reason: 'funding.pastGap', params: { amount: '50000.01', currency: 'USD', gap: '50000.00' } });
  });
  it('refuses past the gap of the tranche named even when the total has room', () => {
    const refused = overCommitment(fundingOf(TRANCHES, []), '120000.11', 'USD', 1, false);
    expect(refused?.message).toMatch(/tranche 1 would exceed its gap of 120000.10/);
    expect(refused).toMatchObject({ reason: 'funding.pastTrancheGap', params: { tranche: 1, gap: '120000.10', currency: 'USD' } });
    expect(overCommitment(fundingOf(TRANCHES, []), '120000.10', 'USD', 1, false)).toBeNull();
  });
  it('lets a commitment to a tranche take the place of whole-proposal money counted there', () => {
    const whole = fundingOf(TRANCHES, [entry(C.COMMITTED, '120000.10')]);
    expect(whole.tranches[0]).toMatchObject({ allocated: '120000.10', gap: '0.00' });
    expect(overCommitment(whole, '79999.90', 'USD', 1, false)).toBeNull();
    const after = fundingOf(TRANCHES, [entry(C.COMMITTED, '120000.10'), entry(C.COMMITTED, '79999.90', 1)]);
    expect(after.tranches.map((t) => t.allocated)).toEqual(['40000.20', '79999.90']);
    expect(after.funded).toBe(true);
  });
  it('accepts anything when over-funding is allowed', () => {
    expect(overCommitment(funding, '1000000.00', 'USD', 1, true)).toBeNull();
  });
});

describe('revisionRefusal', () => {
  const committed = [entry(C.COMMITTED, '100000.00', 1), entry(C.DISBURSED, '20000.00', 2), entry(C.PLEDGED, '70000.00', 2), entry(C.COMMITTED, '5000.00')];
  const budget = (...amounts: string[]): Tranche[] =>
    amounts.map((amount, i) => ({ number: i + 1, title: `T${i + 1}`, lines: [{ description: 'x', amount }] }));

  it('accepts a budget that keeps each tranche and the total at or above what is committed', () => {
    expect(revisionRefusal(budget('100000.00', '25000.00'), committed, false)).toBeNull();
    expect(revisionRefusal(budget('100000.00', '20000.00', '5000.00'), committed, false)).toBeNull();
  });
  it('refuses a tranche below what is committed to it (pledges do not count), naming the figures', () => {
    expect(revisionRefusal(budget('99999.99', '90000.00'), committed, false)).toBe(
      'it gives tranche 1 ("T1") a budget of 99999.99, below the 100000.00 already committed to it.',
    );
    expect(revisionRefusal(budget('100000.00', '19999.99', '90000.00'), committed, false)).toMatch(/tranche 2 .* 19999.99, below the 20000.00/);
  });
  it('refuses a total below what is committed in all', () => {
    expect(revisionRefusal(budget('100000.00', '24999.99'), committed, false)).toBe('its total of 124999.99 is below the 125000.00 already committed.');
  });
  it('refuses to drop a tranche that holds commitments, even with over-funding allowed', () => {
    expect(revisionRefusal(budget('200000.00'), committed, true)).toBe('it removes tranche 2, to which 20000.00 is already committed.');
    expect(revisionRefusal(budget('1.00', '1.00'), committed, true)).toBeNull();
  });
});

describe('fundingStep', () => {
  const at = (committed: string, funded: boolean) => ({ committed, funded });
  it.each([
    [S.OPEN_FOR_FUNDING, at('0.00', false), null],
    [S.OPEN_FOR_FUNDING, at('0.01', false), ProposalAction.MARK_PARTIALLY_FUNDED],
    [S.UNDER_NEGOTIATION, at('100.00', true), ProposalAction.MARK_FUNDED],
    [S.PARTIALLY_FUNDED, at('50.00', false), null],
    [S.PARTIALLY_FUNDED, at('100.00', true), ProposalAction.MARK_FUNDED],
    // The total reached, a tranche still short: partially funded, never FUNDED.
    [S.PARTIALLY_FUNDED, at('100.00', false), null],
    [S.PARTIALLY_FUNDED, at('0.00', false), ProposalAction.MARK_UNFUNDED],
    [S.FUNDED, at('120.00', true), null],
    [S.FUNDED, at('120.00', false), ProposalAction.MARK_PARTIALLY_FUNDED],
    [S.FUNDED, at('0.00', false), ProposalAction.MARK_UNFUNDED],
    [S.ON_HOLD, at('100.00', true), null],
    [S.IN_IMPLEMENTATION, at('0.00', false), null],
    [S.EXPIRED, at('100.00', true), null],
  ] as const)('a %s proposal with %o: %s', (status, funding, step) => {
    expect(fundingStep(status, funding)).toBe(step);
  });
});

describe('needFunding', () => {
  const tranches: Tranche[] = [
    { ...TRANCHES[0], needIds: ['need-a'] },
    { ...TRANCHES[1], needIds: ['need-b'] },
  ];
  it('follows the tranches that carry each need; a need no tranche names is carried by all', () => {
    const funding = fundingOf(tranches, [entry(C.COMMITTED, '120000.10', 1), entry(C.COMMITTED, '1.00', 2)]);
    expect(Object.fromEntries(needFunding(tranches, funding, ['need-a', 'need-b', 'need-c']))).toEqual({
      'need-a': NeedFunding.FUNDED,
      'need-b': NeedFunding.PARTIALLY_FUNDED,
      'need-c': NeedFunding.PARTIALLY_FUNDED,
    });
    const none = fundingOf(tranches, [entry(C.COMMITTED, '5.00', 1)]);
    expect(needFunding(tranches, none, ['need-b']).get('need-b')).toBe(NeedFunding.UNFUNDED);
    const all = fundingOf(tranches, [entry(C.COMMITTED, '200000.00')]);
    expect([...needFunding(tranches, all, ['need-a', 'need-b', 'need-c']).values()]).toEqual(Array(3).fill(NeedFunding.FUNDED));
  });
});

/**
 * The rules over many ledgers, not only the examples: random budgets and commitments offered one by
 * one, accepted when overCommitment says they fit (as the service does under the proposal's lock).
 */
describe('the funding rules over random ledgers', () => {
  let seed = 20261204;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const amount = (max: number) => `${Math.floor(random() * max) + 1}.${String(Math.floor(random() * 100)).padStart(2, '0')}`;
  const randomBudget = (): Tranche[] =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => ({
      number: i + 1,
      title: `T${i + 1}`,
      lines: [{ description: 'x', amount: amount(1000) }],
      needIds: [`need-${i}`],
    }));
  const accepted = (tranches: Tranche[], allowOverFunding: boolean): LedgerEntry[] => {
    const entries: LedgerEntry[] = [];
    for (let i = 0; i < 40; i++) {
      const trancheNumber = random() < 0.4 ? null : 1 + Math.floor(random() * tranches.length);
      const candidate = entry(C.COMMITTED, amount(400), trancheNumber);
      if (!overCommitment(fundingOf(tranches, entries), candidate.amount, 'USD', trancheNumber, allowOverFunding)) entries.push(candidate);
    }
    return entries;
  };
  const everyTrancheCovered = (f: Funding) => f.tranches.every((t) => compareDecimals(sumDecimals([t.committed, t.allocated]), t.target) >= 0);

  it('never reads FUNDED (nor marks a need funded) while a tranche carrying it has a gap', () => {
    for (let run = 0; run < 300; run++) {
      const tranches = randomBudget();
      const entries = accepted(tranches, random() < 0.3);
      const funding = fundingOf(tranches, entries);
      const step = fundingStep(S.PARTIALLY_FUNDED, funding);
      const reachesFunded = step === ProposalAction.MARK_FUNDED;
      expect([run, reachesFunded]).toEqual([run, funding.tranches.every((t) => t.gap === '0.00')]);
      if (reachesFunded) expect(everyTrancheCovered(funding)).toBe(true);
      for (const [needId, standing] of needFunding(
        tranches,
        funding,
        tranches.map((_, i) => `need-${i}`),
      )) {
        const carrier = funding.tranches[Number(needId.slice(5))];
        expect([needId, standing === NeedFunding.FUNDED]).toEqual([needId, carrier.gap === '0.00']);
      }
    }
  });

  it('never commits past a tranche or the total when over-funding is not allowed', () => {
    for (let run = 0; run < 300; run++) {
      const tranches = randomBudget();
      const funding = fundingOf(tranches, accepted(tranches, false));
      expect([run, funding.overFunded]).toEqual([run, '0.00']);
      expect(funding.tranches.filter((t) => compareDecimals(t.committed, t.target) > 0)).toEqual([]);
      // The figures add up: what covers the tranches plus the gap is the target.
      expect(sumDecimals([...funding.tranches.map((t) => sumDecimals([t.committed, t.allocated])), funding.gap])).toBe(funding.target);
    }
  });

  it('agrees only budgets that keep what is committed, so a revision never opens a hidden gap behind FUNDED', () => {
    for (let run = 0; run < 300; run++) {
      const before = randomBudget();
      const entries = accepted(before, false);
      const after = randomBudget();
      const refusal = revisionRefusal(after, entries, false);
      const funding = fundingOf(after, entries);
      const keeps =
        funding.overFunded === '0.00' &&
        funding.tranches.every((t) => compareDecimals(t.committed, t.target) <= 0) &&
        entries.every((e) => e.trancheNumber === null || after.some((t) => t.number === e.trancheNumber));
      expect([run, refusal === null]).toEqual([run, keeps]);
    }
  });
});
