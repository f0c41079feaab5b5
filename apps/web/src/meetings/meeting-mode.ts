import { sumDecimals } from '../proposals/money-input';

interface Line {
  amount: string;
  status: string;
  trancheNumber?: number | null;
  meetingId?: string | null;
}

/** What is promised here: intents and pledges, not yet committed (committed and later count as funded). */
const PROMISED = ['INTENT', 'PLEDGED'];

export interface MeetingTotals {
  /** Promised at this meeting, all tranches together. */
  total: string;
  /** By tranche number; `whole` for the proposal as a whole. */
  byTranche: Map<number | 'whole', string>;
  count: number;
}

/** The running totals of what donors promised at this meeting for one proposal, exact (decimal strings). */
export function promisedAtMeeting(lines: readonly Line[], meetingId: string): MeetingTotals {
  const here = lines.filter((l) => l.meetingId === meetingId && PROMISED.includes(l.status));
  const groups = new Map<number | 'whole', string[]>();
  for (const l of here) {
    const key = l.trancheNumber ?? 'whole';
    groups.set(key, [...(groups.get(key) ?? []), l.amount]);
  }
  const byTranche = new Map([...groups].map(([k, amounts]) => [k, sumDecimals(amounts) ?? '0'] as const));
  return { total: sumDecimals(here.map((l) => l.amount)) ?? '0', byTranche, count: here.length };
}

/** The agenda item on screen: `?item=<position>`, else the first without an outcome, else the first. */
export function currentItem(search: string, items: readonly { position: number; outcome?: string | null }[]): number | null {
  const asked = Number(new URLSearchParams(search).get('item'));
  if (items.some((i) => i.position === asked)) return asked;
  return (items.find((i) => !i.outcome) ?? items[0])?.position ?? null;
}
