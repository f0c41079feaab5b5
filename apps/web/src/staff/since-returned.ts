/** A need's history entry, as Need.history gives it. */
export interface HistoryEntry {
  at: string;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  changedFields?: string[] | null;
}

/**
 * What happened since the moderator last returned the need: the return (with its reasons) and
 * every entry after it, and the fields the edits since then changed. Null when it was never
 * returned (a first submission).
 */
export function sinceReturned<E extends HistoryEntry>(history: readonly E[]): { returned: E; after: E[]; changedFields: string[] } | null {
  const at = history.map((e) => e.action === 'need.transitioned' && e.toStatus === 'RETURNED').lastIndexOf(true);
  if (at < 0) return null;
  const after = history.slice(at + 1);
  const changedFields = [...new Set(after.flatMap((e) => (e.action === 'need.changed' ? (e.changedFields ?? []) : [])))];
  return { returned: history[at]!, after, changedFields };
}
