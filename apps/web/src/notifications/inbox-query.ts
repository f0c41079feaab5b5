/**
 * The inbox view as it lives in the URL, so the filter survives a reload and the back button:
 * `/inbox?unread=1&after=<cursor>`. Anything else in the query is dropped.
 */
export interface InboxQuery {
  unreadOnly: boolean;
  after: string | null;
}

export function parseInboxQuery(search: string): InboxQuery {
  const p = new URLSearchParams(search);
  return { unreadOnly: p.get('unread') === '1', after: p.get('after') || null };
}

export function inboxQueryString(q: InboxQuery): string {
  const p = new URLSearchParams();
  if (q.unreadOnly) p.set('unread', '1');
  if (q.after) p.set('after', q.after);
  const s = p.toString();
  return s ? `?${s}` : '';
}
