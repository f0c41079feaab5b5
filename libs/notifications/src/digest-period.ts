import { DeliveryMode } from './notification-routes.js';

export type DigestPeriod = 'DAILY' | 'WEEKLY';

interface LocalTime {
  date: string;
  hour: number;
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The wall-clock date, hour and weekday of `at` in a time zone (UTC for an unknown zone). */
export function localTime(at: Date, timeZone: string): LocalTime {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    }).formatToParts(at);
  } catch {
    return localTime(at, 'UTC');
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')), weekday: WEEKDAYS.indexOf(part('weekday')) + 1 };
}

/** ISO 8601 week of a calendar date, e.g. '2026-W48'. */
export function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of the same week decides its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The digest due for a user at `at`, if any: daily digests at `hour` local time, weekly ones at
 * `hour` on Mondays; keyed by the local day or ISO week, so each period has one digest at most.
 * The task runs hourly, so every zone (including half-hour ones) passes `hour` once a day.
 */
export function dueDigest(mode: DeliveryMode, at: Date, timeZone: string, hour: number): { period: DigestPeriod; key: string } | null {
  const local = localTime(at, timeZone);
  if (local.hour !== hour) return null;
  if (mode === DeliveryMode.DAILY) return { period: 'DAILY', key: local.date };
  if (mode === DeliveryMode.WEEKLY && local.weekday === 1) return { period: 'WEEKLY', key: isoWeek(local.date) };
  return null;
}
