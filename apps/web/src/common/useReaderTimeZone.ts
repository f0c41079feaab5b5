import { useSession } from '../session/SessionProvider';

const valid = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The time zone to show instants in: the account's when signed in (and known to Intl), else the browser's. */
export function useReaderTimeZone(): string {
  const { user } = useSession();
  return user?.timeZone && valid(user.timeZone) ? user.timeZone : Intl.DateTimeFormat().resolvedOptions().timeZone;
}
