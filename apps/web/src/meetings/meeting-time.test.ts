import { describe, expect, it } from '@jest/globals';
import { formatMeetingTime, packFileName } from './meeting-time';

describe('the time of a meeting', () => {
  const startsAt = '2027-02-15T14:00:00Z';
  it('is said in the reader’s time zone, with the zone named', () => {
    const ny = formatMeetingTime('en', startsAt, 'America/New_York');
    expect(ny).toContain('9:00');
    expect(ny).toContain('EST');
    expect(ny).toContain('Monday');
    const accra = formatMeetingTime('en', startsAt, 'Africa/Accra');
    expect(accra).toContain('2:00');
    expect(accra).toContain('GMT');
  });
  it('moves to the next day where it is already tomorrow', () => {
    expect(formatMeetingTime('en', '2027-02-15T20:00:00Z', 'Asia/Tokyo')).toContain('February 16');
  });
  it('falls back to the browser’s zone, still named, for a zone it does not know', () => {
    expect(formatMeetingTime('en', startsAt, 'Mars/Olympus_Mons')).toBe(formatMeetingTime('en', startsAt));
    expect(formatMeetingTime('en', startsAt)).toMatch(/\d{4}.*\d:\d{2}/);
  });
  it('is written in the reader’s language', () => {
    expect(formatMeetingTime('fr', startsAt, 'Europe/Paris')).toContain('février');
    expect(formatMeetingTime('ar', startsAt, 'Asia/Amman')).toMatch(/فبراير|شباط/);
  });
});

describe('the file name of a meeting pack', () => {
  it('keeps the API’s name', () => {
    expect(packFileName('gis-meeting-2027-02-15-ar.html', '2027-02-15T14:00:00Z', 'AR')).toBe('gis-meeting-2027-02-15-ar.html');
  });
  it('makes a name when the API’s cannot be used', () => {
    expect(packFileName('../../etc/passwd', '2027-02-15T14:00:00Z', 'ZH')).toBe('gis-meeting-2027-02-15-zh.html');
    expect(packFileName(null, '2027-02-15T14:00:00Z', 'FR')).toBe('gis-meeting-2027-02-15-fr.html');
  });
});
