import { dueDigest, isoWeek, localTime } from './digest-period.js';
import { DeliveryMode } from './notification-routes.js';

describe('digest periods', () => {
  it("reads the wall clock in the user's time zone", () => {
    const at = new Date('2026-11-30T01:35:00Z'); // a Monday in UTC
    expect(localTime(at, 'UTC')).toEqual({ date: '2026-11-30', hour: 1, weekday: 1 });
    expect(localTime(at, 'Asia/Kolkata')).toEqual({ date: '2026-11-30', hour: 7, weekday: 1 });
    expect(localTime(at, 'America/New_York')).toEqual({ date: '2026-11-29', hour: 20, weekday: 7 });
    expect(localTime(at, 'Not/AZone')).toEqual({ date: '2026-11-30', hour: 1, weekday: 1 });
  });

  it.each([
    ['2026-11-27', '2026-W48'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2025-12-29', '2026-W01'],
  ])('ISO week of %s is %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('is due at the digest hour local time: daily every day, weekly on Mondays only', () => {
    const mondaySevenInKolkata = new Date('2026-11-30T01:30:00Z');
    expect(dueDigest(DeliveryMode.DAILY, mondaySevenInKolkata, 'Asia/Kolkata', 7)).toEqual({ period: 'DAILY', key: '2026-11-30' });
    expect(dueDigest(DeliveryMode.WEEKLY, mondaySevenInKolkata, 'Asia/Kolkata', 7)).toEqual({ period: 'WEEKLY', key: '2026-W49' });
    expect(dueDigest(DeliveryMode.DAILY, mondaySevenInKolkata, 'UTC', 7)).toBeNull();
    const tuesday = new Date('2026-12-01T07:10:00Z');
    expect(dueDigest(DeliveryMode.WEEKLY, tuesday, 'UTC', 7)).toBeNull();
    expect(dueDigest(DeliveryMode.DAILY, tuesday, 'UTC', 7)).toEqual({ period: 'DAILY', key: '2026-12-01' });
    expect(dueDigest(DeliveryMode.IMMEDIATE, tuesday, 'UTC', 7)).toBeNull();
    expect(dueDigest(DeliveryMode.OFF, tuesday, 'UTC', 7)).toBeNull();
  });

  it('passes the hour exactly once a day in every zone when run hourly', () => {
    for (const zone of ['UTC', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Australia/Adelaide']) {
      const hits = Array.from({ length: 24 }, (_, h) => new Date(Date.UTC(2026, 10, 27, h, 5))).filter((at) => localTime(at, zone).hour === 7);
      expect([zone, hits.length]).toEqual([zone, 1]);
    }
  });
});
