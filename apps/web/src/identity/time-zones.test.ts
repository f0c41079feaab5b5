import { describe, expect, it } from '@jest/globals';
import { timeZoneChoices, utcOffset } from './time-zones';

describe('time zone choices', () => {
  const january = new Date('2027-01-15T12:00:00Z');
  it('lists the IANA zones with their offset, sorted', () => {
    const choices = timeZoneChoices('Africa/Accra', january);
    expect(choices.length).toBeGreaterThan(300);
    expect(choices).toContainEqual({ value: 'Asia/Tokyo', label: 'Asia/Tokyo (UTC+09:00)' });
    expect(choices).toContainEqual({ value: 'America/New_York', label: 'America/New_York (UTC-05:00)' });
    expect(choices.map((c) => c.value)).toEqual([...choices.map((c) => c.value)].sort());
  });
  it('always offers the saved zone and UTC', () => {
    const values = timeZoneChoices('Etc/GMT+12', january).map((c) => c.value);
    expect(values).toContain('Etc/GMT+12');
    expect(values).toContain('UTC');
  });
  it('names UTC itself with a zero offset', () => {
    expect(utcOffset('UTC', january)).toBe('UTC+00:00');
  });
});
