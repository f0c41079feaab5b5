import { addNeed, compileInput, emptyDraft, removeNeed, requestingStates, updateInput } from './proposal-draft';

const need = (id: string, stateIso3: string, name: string) => ({
  id,
  title: `Need ${id}`,
  status: 'PUBLISHED' as const,
  stateIso3,
  state: { iso3: stateIso3, name },
  budget: null,
  budgetUsd: null,
});

describe('the proposal compiler draft', () => {
  it('adds a need once, and a match brings its donor as a party once', () => {
    let d = addNeed(emptyDraft(), need('n1', 'GHA', 'Ghana'), { id: 'm1', needId: 'n1', donorId: 'd1' });
    d = addNeed(d, need('n1', 'GHA', 'Ghana'), { id: 'm1', needId: 'n1', donorId: 'd1' });
    d = addNeed(d, need('n2', 'TGO', 'Togo'), { id: 'm2', needId: 'n2', donorId: 'd1' });
    expect(d.needs.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(d.matches.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(d.donorIds).toEqual(['d1']);
    expect(requestingStates(d)).toEqual([
      { iso3: 'GHA', name: 'Ghana' },
      { iso3: 'TGO', name: 'Togo' },
    ]);
  });

  it('takes a need out with its matches and the tranches that named it', () => {
    let d = addNeed(addNeed(emptyDraft(), need('n1', 'GHA', 'Ghana'), { id: 'm1', needId: 'n1', donorId: 'd1' }), need('n2', 'GHA', 'Ghana'));
    d = { ...d, tranches: [{ title: 'A', needIds: ['n1', 'n2'], lines: [{ description: 'x', amount: '1' }] }] };
    d = removeNeed(d, 'n1');
    expect(d.needs.map((n) => n.id)).toEqual(['n2']);
    expect(d.matches).toEqual([]);
    expect(d.tranches[0]!.needIds).toEqual(['n2']);
  });

  it('sends exact strings, trimmed, the centre and deadlines as null when left empty, no review deadline without a review', () => {
    const d = {
      ...addNeed(emptyDraft(), need('n1', 'GHA', 'Ghana')),
      title: ' Marking ',
      currency: 'eur',
      reviewDeadline: '2027-01-01',
      tranches: [{ title: ' Equipment ', needIds: [], lines: [{ description: ' Machines ', amount: ' 1250.50 ' }] }],
    };
    const input = compileInput(d);
    expect(input).toMatchObject({
      title: 'Marking',
      currency: 'EUR',
      regionalCentreCode: null,
      reviewDeadline: null,
      fundingDeadline: null,
      needIds: ['n1'],
      matchIds: [],
    });
    expect(input.tranches).toEqual([{ title: 'Equipment', needIds: [], lines: [{ description: 'Machines', amount: '1250.50' }] }]);
    expect(updateInput({ ...d, technicalReview: true, regionalCentreCode: 'UNREC' }, 'p1', 3)).toMatchObject({
      proposalId: 'p1',
      expectedVersion: 3,
      reviewDeadline: '2027-01-01',
      regionalCentreCode: 'UNREC',
    });
  });
});
