import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { useLocale } from '../app/LocaleProvider';
import { PageLoading } from '../common/PageState';
import { useSession } from './SessionProvider';

/** A personal page: signed-out visitors go to sign-in, which brings them back here. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const { workspaceReady } = useLocale();
  const [location] = useLocation();
  const search = useSearch();
  if (status === 'unknown') return <PageLoading />;
  if (status === 'anonymous') {
    const next = location + (search ? `?${search}` : '');
    return <Redirect to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  // Signed in, the page waits for what signed-in pages say (a few ms after the session).
  if (!workspaceReady) return <PageLoading />;
  return <>{children}</>;
}
