import { useIntl } from 'react-intl';
import { formatInstant, formatLocalDate } from '../i18n/format';
import { useSession } from '../session/SessionProvider';

/**
 * Dates in the reader's language; instants in their account's time zone when signed in (the one
 * their e-mails use), else the browser's. Calendar dates (valid until, windows) never shift.
 */
export function useDates() {
  const { locale } = useIntl();
  const { user } = useSession();
  return {
    instant: (iso: string) => formatInstant(locale, iso, user?.timeZone),
    date: (localDate: string) => formatLocalDate(locale, localDate),
  };
}
