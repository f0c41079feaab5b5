import { useLocation, useSearch } from 'wouter';

/**
 * A workspace list's place in the URL: the status chosen (one of `statuses`, else none) and the
 * page's cursor. `go` changes either; a new status starts again at the first page.
 */
export function useStatusPaging<S extends string>(statuses: readonly S[]) {
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const raw = params.get('status');
  const status = statuses.includes(raw as S) ? (raw as S) : null;
  const after = params.get('after');
  const go = (next: { status?: S | null; after?: string | null }) => {
    const p = new URLSearchParams();
    const s = next.status !== undefined ? next.status : status;
    if (s) p.set('status', s);
    if (next.status === undefined && next.after) p.set('after', next.after);
    navigate(`${location}${p.size ? `?${p}` : ''}`, { replace: true });
  };
  return { status, after, go };
}
