/**
 * The moderation queue's keyboard: j / ↓ next row, k / ↑ previous, x select the row, Enter or o
 * open it. Keys typed in a field are the field's.
 */
export type QueueKey = 'next' | 'previous' | 'select' | 'open';

export function queueKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null }): QueueKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
  if (
    target &&
    (target.tagName === 'TEXTAREA' ||
      target.tagName === 'SELECT' ||
      target.isContentEditable ||
      (target.tagName === 'INPUT' && (target as { type?: string }).type !== 'checkbox'))
  )
    return null;
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'x':
      return 'select';
    case 'o':
      return 'open';
    default:
      return null;
  }
}

/** The row to focus after `key` from row `index` of `count` (stays within the list). */
export const moveTo = (index: number, count: number, key: 'next' | 'previous'): number => Math.min(count - 1, Math.max(0, index + (key === 'next' ? 1 : -1)));
