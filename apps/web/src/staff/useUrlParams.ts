import { useLocation, useSearch } from 'wouter';

/**
 * A staff page's state in its URL (the item open, the filters, the page's cursor): `set` changes
 * some of it and keeps the rest; null removes a parameter. Replaces the history entry, so "back"
 * leaves the page rather than stepping through every row opened.
 */
export function useUrlParams() {
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    navigate(`${location}${next.size ? `?${next}` : ''}`, { replace: true });
  };
  return { params, set };
}
