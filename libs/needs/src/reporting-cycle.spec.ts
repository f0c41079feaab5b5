import { endOfReportingCycle } from './reporting-cycle.js';

describe('endOfReportingCycle', () => {
  it.each([
    ['2026-11-27', '2027-12-31'],
    ['2026-01-01', '2027-12-31'],
    ['2027-03-01', '2027-12-31'],
    ['2027-12-31', '2027-12-31'],
    ['2028-01-01', '2029-12-31'],
    ['2029-06-15', '2029-12-31'],
    ['2030-12-31', '2031-12-31'],
  ])('ends the cycle of %s on %s', (date, end) => {
    expect(endOfReportingCycle(date)).toBe(end);
  });
});
