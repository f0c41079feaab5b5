import { useMemo } from 'react';
import { useSession } from '../session/SessionProvider';

/**
 * Query options that follow the session: wait until the cookie's session is resumed (else a
 * signed-in reader would get the anonymous answer: hidden offers, no contact point), and ask again
 * when the reader signs in or out, since the API answers by who asks.
 */
export function useViewerQueryOptions(): { pause: boolean; context: { viewer: string } } {
  const { status, user } = useSession();
  const viewer = status === 'signedIn' ? `user:${user?.id ?? ''}` : status;
  const context = useMemo(() => ({ viewer }), [viewer]);
  return { pause: status === 'unknown', context };
}
