import type { Tranche } from '../entities/proposal-revision.entity.js';
import { ChangeKind, diffRevisions } from './revision-diff.js';

const before: Tranche[] = [
  {
    number: 1,
    title: 'Equipment',
    lines: [
      { description: 'Machines', amount: '100000.00' },
      { description: 'Parts', amount: '20000.00' },
    ],
  },
  { number: 2, title: 'Training', lines: [{ description: 'Armourers', amount: '50000.00' }] },
];

describe('diffRevisions', () => {
  it('finds nothing between equal revisions', () => {
    expect(diffRevisions({ scope: 's', tranches: before }, { scope: 's', tranches: structuredClone(before) })).toEqual({
      scopeChanged: false,
      totalBefore: '170000.00',
      totalAfter: '170000.00',
      totalDelta: '0.00',
      changes: [],
    });
  });

  it('lists lines changed, added and removed, tranches retitled, added and removed, with exact deltas', () => {
    const after: Tranche[] = [
      {
        number: 1,
        title: 'Equipment and parts',
        lines: [
          { description: 'Machines', amount: '90000.50' },
          { description: 'Software', amount: '5000.00' },
        ],
      },
      { number: 3, title: 'Evaluation', lines: [{ description: 'External evaluation', amount: '7000.00' }] },
    ];
    const diff = diffRevisions({ scope: 's', tranches: before }, { scope: 't', tranches: after });
    expect(diff.scopeChanged).toBe(true);
    expect(diff.totalAfter).toBe('102000.50');
    expect(diff.totalDelta).toBe('-67999.50');
    expect(diff.changes).toEqual([
      {
        kind: ChangeKind.CHANGED,
        tranche: 1,
        line: null,
        titleBefore: 'Equipment',
        titleAfter: 'Equipment and parts',
        before: '120000.00',
        after: '95000.50',
        delta: '-24999.50',
        needsAdded: [],
        needsRemoved: [],
      },
      {
        kind: ChangeKind.CHANGED,
        tranche: 1,
        line: 'Machines',
        titleBefore: null,
        titleAfter: null,
        before: '100000.00',
        after: '90000.50',
        delta: '-9999.50',
        needsAdded: [],
        needsRemoved: [],
      },
      {
        kind: ChangeKind.REMOVED,
        tranche: 1,
        line: 'Parts',
        titleBefore: null,
        titleAfter: null,
        before: '20000.00',
        after: null,
        delta: '-20000.00',
        needsAdded: [],
        needsRemoved: [],
      },
      {
        kind: ChangeKind.ADDED,
        tranche: 1,
        line: 'Software',
        titleBefore: null,
        titleAfter: null,
        before: null,
        after: '5000.00',
        delta: '5000.00',
        needsAdded: [],
        needsRemoved: [],
      },
      {
        kind: ChangeKind.REMOVED,
        tranche: 2,
        line: null,
        titleBefore: 'Training',
        titleAfter: null,
        before: '50000.00',
        after: null,
        delta: '-50000.00',
        needsAdded: [],
        needsRemoved: [],
      },
      {
        kind: ChangeKind.ADDED,
        tranche: 3,
        line: null,
        titleBefore: null,
        titleAfter: 'Evaluation',
        before: null,
        after: '7000.00',
        delta: '7000.00',
        needsAdded: [],
        needsRemoved: [],
      },
    ]);
  });

  it('pairs repeated descriptions in order', () => {
    const twice = (a: string, b: string): Tranche[] => [
      {
        number: 1,
        title: 'T',
        lines: [
          { description: 'Trip', amount: a },
          { description: 'Trip', amount: b },
        ],
      },
    ];
    const diff = diffRevisions({ scope: 's', tranches: twice('10.00', '20.00') }, { scope: 's', tranches: twice('10.00', '25.00') });
    expect(diff.changes).toEqual([expect.objectContaining({ kind: ChangeKind.CHANGED, line: 'Trip', before: '20.00', after: '25.00', delta: '5.00' })]);
  });

  it('shows the needs a tranche starts or stops carrying as a change of the tranche', () => {
    const carrying = (needIds: string[]): Tranche[] => [{ number: 1, title: 'T', lines: [{ description: 'Trip', amount: '10.00' }], needIds }];
    const diff = diffRevisions({ scope: 's', tranches: carrying(['need-a', 'need-b']) }, { scope: 's', tranches: carrying(['need-b', 'need-c']) });
    expect(diff.changes).toEqual([
      {
        kind: ChangeKind.CHANGED,
        tranche: 1,
        line: null,
        titleBefore: 'T',
        titleAfter: 'T',
        before: '10.00',
        after: '10.00',
        delta: '0.00',
        needsAdded: ['need-c'],
        needsRemoved: ['need-a'],
      },
    ]);
  });
});
