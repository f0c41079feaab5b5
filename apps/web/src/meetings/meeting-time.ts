/**
 * When a meeting starts, in the reader's time zone, with the zone named: delegations read the
 * time in different cities, so "14:00" alone would mislead.
 */
export function formatMeetingTime(locale: string, iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** A safe file name for the pack in a language (the API's, else one built from the meeting's date). */
export function packFileName(apiName: string | null | undefined, startsAt: string, language: string): string {
  const clean = (apiName ?? '').replace(/[^\w.-]+/g, '-');
  return clean && /\.html?$/i.test(clean) ? clean : `gis-meeting-${startsAt.slice(0, 10)}-${language.toLowerCase()}.html`;
}
