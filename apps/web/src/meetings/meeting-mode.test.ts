import { currentItem, promisedAtMeeting } from './meeting-mode';

describe('meeting mode', () => {
  it('adds up, exactly, what was promised at this meeting per tranche, leaving out other meetings, commitments and cancellations', () => {
    const totals = promisedAtMeeting(
      [
        { amount: '1000.10', status: 'INTENT', trancheNumber: 1, meetingId: 'm' },
        { amount: '0.20', status: 'PLEDGED', trancheNumber: 1, meetingId: 'm' },
        { amount: '500.00', status: 'INTENT', trancheNumber: null, meetingId: 'm' },
        { amount: '999.00', status: 'INTENT', trancheNumber: 1, meetingId: 'other' },
        { amount: '999.00', status: 'COMMITTED', trancheNumber: 2, meetingId: 'm' },
        { amount: '999.00', status: 'CANCELLED', trancheNumber: 2, meetingId: 'm' },
      ],
      'm',
    );
    expect(totals.total).toBe('1500.30');
    expect(totals.byTranche.get(1)).toBe('1000.30');
    expect(totals.byTranche.get('whole')).toBe('500.00');
    expect(totals.byTranche.has(2)).toBe(false);
    expect(totals.count).toBe(3);
  });

  it('opens the item asked for, else the first without an outcome', () => {
    const items = [{ position: 1, outcome: 'Funded' }, { position: 2, outcome: null }, { position: 3 }];
    expect(currentItem('?item=3', items)).toBe(3);
    expect(currentItem('?item=9', items)).toBe(2);
    expect(currentItem('', [{ position: 1, outcome: 'x' }])).toBe(1);
    expect(currentItem('', [])).toBeNull();
  });
});
