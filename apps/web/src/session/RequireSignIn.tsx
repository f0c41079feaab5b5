import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { PageLoading } from '../common/PageState';
import { useSession } from './SessionProvider';

/** A personal page: signed-out visitors go to sign-in, which brings them back here. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const [location] = useLocation();
  const search = useSearch();
  if (status === 'unknown') return <PageLoading />;
  if (status === 'anonymous') {
    const next = location + (search ? `?${search}` : '');
    return <Redirect to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
