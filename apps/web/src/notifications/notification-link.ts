/**
 * Where a notification takes its reader. The API gives an absolute URL on its PUBLIC_URL
 * (`https://gis.example.org/needs/<id>`): on this app's origin it becomes an in-app path, so the
 * page opens without a reload; `/notifications`, the older inbox address, is the inbox. Any other
 * web address stays external; anything that is not http(s) (a `javascript:` URL) is no link at all.
 */
export type NotificationTarget = { kind: 'app'; path: string } | { kind: 'external'; href: string } | null;

export function notificationTarget(link: string, appOrigin: string): NotificationTarget {
  let url: URL;
  try {
    url = new URL(link, appOrigin);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.origin !== new URL(appOrigin).origin) return { kind: 'external', href: url.href };
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/notifications' || path === '/inbox') return { kind: 'app', path: '/inbox' };
  return { kind: 'app', path: `${path}${url.search}${url.hash}` };
}
