import { Client, fetchExchange } from '@urql/core';
import { RefreshSessionDocument, SignOutDocument, type SessionPayloadFragment, type SessionUserFragment } from '../identity/session.generated';

/**
 * The session, kept out of every script-readable storage: the access token lives in this
 * module's memory, the refresh token in an HttpOnly cookie only the api reads (Path=/graphql).
 * `gis.session` in localStorage is a hint, not a secret: it spares visitors who never signed in a
 * refresh request at every page load.
 *
 * Tabs share one cookie, and the api revokes a session whose refresh token is used twice: a Web
 * Lock makes tabs refresh one at a time, and a tab that got a fresh token tells the others.
 */
export type SessionStatus = 'unknown' | 'anonymous' | 'signedIn' | 'expired';

export interface SessionState {
  status: SessionStatus;
  user: SessionUserFragment | null;
}

const HINT = 'gis.session';
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('gis-session');

let accessToken: string | null = null;
let accessTokenExpiresAt = 0;
let state: SessionState = { status: 'unknown', user: null };
const listeners = new Set<() => void>();
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

/** A client without the auth exchange: the session calls must not recurse into refreshing. */
const sessionClient = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  fetchOptions: { credentials: 'same-origin' },
  preferGetMethod: false,
  requestPolicy: 'network-only',
});

function set(next: SessionState): void {
  state = next;
  listeners.forEach((l) => l());
}

export const session = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get state(): SessionState {
    return state;
  },
  get accessToken(): string | null {
    return accessToken;
  },

  /** After sign-in, invitation acceptance or refresh. */
  accept(payload: SessionPayloadFragment, fromOtherTab = false): void {
    accessToken = payload.accessToken;
    accessTokenExpiresAt = Date.parse(payload.accessTokenExpiresAt);
    localStorage.setItem(HINT, '1');
    if (!fromOtherTab) channel?.postMessage({ type: 'session', payload });
    scheduleRefresh();
    set({ status: 'signedIn', user: payload.user });
  },

  updateUser(user: SessionUserFragment): void {
    if (state.status === 'signedIn') set({ status: 'signedIn', user });
  },

  /** At start: resume the session of the cookie, if this browser had one. */
  async resume(): Promise<void> {
    if (localStorage.getItem(HINT) !== '1') return set({ status: 'anonymous', user: null });
    const ok = await this.refresh();
    if (!ok) {
      localStorage.removeItem(HINT);
      set({ status: 'anonymous', user: null });
    }
  },

  /**
   * A new access token from the cookie. False when the session is over (expired, revoked or
   * signed out elsewhere); the caller decides whether that is "expired" or simply "anonymous".
   */
  async refresh(force = false): Promise<boolean> {
    const before = accessToken;
    const run = async (): Promise<boolean> => {
      // Another tab may have refreshed while this one waited for the lock: its token is new.
      if (accessToken && accessToken !== before) return true;
      if (!force && accessToken && accessTokenExpiresAt - Date.now() > 60_000) return true;
      const result = await sessionClient.mutation(RefreshSessionDocument, {}).toPromise();
      const payload = result.data?.refreshSession;
      if (!payload) return false;
      this.accept(payload);
      return true;
    };
    return navigator.locks ? navigator.locks.request('gis-session-refresh', run) : run();
  },

  /** The api refused the token and the cookie could not renew it: keep the page, ask to sign in. */
  expire(): void {
    accessToken = null;
    clearTimeout(refreshTimer);
    if (state.status === 'signedIn') set({ status: 'expired', user: state.user });
  },

  async signOut(): Promise<void> {
    await sessionClient.mutation(SignOutDocument, {}).toPromise();
    forget();
    channel?.postMessage({ type: 'signedOut' });
  },
};

function forget(): void {
  accessToken = null;
  accessTokenExpiresAt = 0;
  clearTimeout(refreshTimer);
  localStorage.removeItem(HINT);
  set({ status: 'anonymous', user: null });
}

/** Renew a minute before the access token expires, so requests rarely meet an expired one. */
function scheduleRefresh(): void {
  clearTimeout(refreshTimer);
  const delay = Math.max(5_000, accessTokenExpiresAt - Date.now() - 60_000);
  refreshTimer = setTimeout(() => {
    void session.refresh().then((ok) => ok || session.expire());
  }, delay);
}

channel?.addEventListener('message', (event: MessageEvent<{ type: string; payload?: SessionPayloadFragment }>) => {
  if (event.data.type === 'session' && event.data.payload) session.accept(event.data.payload, true);
  if (event.data.type === 'signedOut') forget();
});
