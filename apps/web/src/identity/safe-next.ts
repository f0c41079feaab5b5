/**
 * Where to go after signing in: a path of this app only. Anything else (another site,
 * `//evil.example`, a `javascript:` URL, the sign-in page itself) goes home.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in')) return '/';
  return next;
}
