import { useSyncExternalStore } from 'react';
import { session, type SessionState } from './session-store';

/** The session as React state; the store does the work. */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe.bind(session), () => session.state);
}
