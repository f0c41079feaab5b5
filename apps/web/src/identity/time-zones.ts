/**
 * IANA time zones for the profile, from the browser (`Intl.supportedValuesOf`), each with its
 * current offset from UTC so a person finds theirs by either. The saved zone is always offered,
 * even if this browser does not list it (an older browser, or an alias such as UTC).
 */
export interface TimeZoneChoice {
  value: string;
  label: string;
}

export function timeZoneChoices(current: string, now = new Date()): TimeZoneChoice[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = [...new Set([...listed, 'UTC', current].filter(Boolean))].sort();
  return zones.map((value) => ({ value, label: `${value} (${utcOffset(value, now)})` }));
}

/** "UTC+05:30" style, the same in every language (the label is a code, shown left to right). */
export function utcOffset(timeZone: string, now = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(now).find((p) => p.type === 'timeZoneName');
    const offset = part?.value.replace('GMT', '') ?? '';
    return `UTC${offset || '+00:00'}`;
  } catch {
    return 'UTC';
  }
}
