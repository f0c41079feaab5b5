/**
 * When a meeting starts, in the reader's time zone (their account's, else the browser's), with the
 * zone named: delegations read the time in different cities, so "14:00" alone would mislead.
 */
export function formatMeetingTime(locale: string, iso: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(new Date(iso));
  } catch {
    // A zone this browser does not know: the browser's own, still named.
    return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
  }
}

/** A safe file name for the pack in a language (the API's, else one built from the meeting's date). */
export function packFileName(apiName: string | null | undefined, startsAt: string, language: string): string {
  const clean = (apiName ?? '').replace(/[^\w.-]+/g, '-');
  return clean && /\.html?$/i.test(clean) ? clean : `gis-meeting-${startsAt.slice(0, 10)}-${language.toLowerCase()}.html`;
}
