import { registerEnumType } from '@nestjs/graphql';
import { compareDecimals, subtractDecimals, sumDecimals } from '#libs/reference-data';
import type { Tranche } from '../entities/proposal-revision.entity.js';

export enum ChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ChangeKind, { name: 'RevisionChangeKind' });

/**
 * One difference between two revisions: a tranche or a budget line added, removed or changed.
 * Tranches are matched by number, lines by description within their tranche (the first line of a
 * description with the first, and so on). Amounts are exact decimals.
 */
export interface RevisionChange {
  kind: ChangeKind;
  tranche: number;
  /** Null for a change to the tranche itself (its title, or the whole tranche added or removed). */
  line: string | null;
  titleBefore: string | null;
  titleAfter: string | null;
  before: string | null;
  after: string | null;
  /** after - before (a removal is negative). */
  delta: string;
  /** For a change to the tranche itself: the needs it now carries that it did not, and those it no longer carries. */
  needsAdded: string[];
  needsRemoved: string[];
}

export interface RevisionDiff {
  scopeChanged: boolean;
  totalBefore: string;
  totalAfter: string;
  totalDelta: string;
  changes: RevisionChange[];
}

const total = (tranche: Tranche) => sumDecimals(tranche.lines.map((l) => l.amount));

export function diffRevisions(before: { scope: string; tranches: Tranche[] }, after: { scope: string; tranches: Tranche[] }): RevisionDiff {
  const changes: RevisionChange[] = [];
  const numbers = [...new Set([...before.tranches, ...after.tranches].map((t) => t.number))].sort((a, b) => a - b);
  for (const number of numbers) {
    const old = before.tranches.find((t) => t.number === number);
    const now = after.tranches.find((t) => t.number === number);
    if (!old || !now) {
      const present = (old ?? now)!;
      const amount = total(present);
      changes.push({
        kind: old ? ChangeKind.REMOVED : ChangeKind.ADDED,
        tranche: number,
        line: null,
        titleBefore: old?.title ?? null,
        titleAfter: now?.title ?? null,
        before: old ? amount : null,
        after: now ? amount : null,
        delta: old ? subtractDecimals('0', amount) : amount,
        needsAdded: now?.needIds ?? [],
        needsRemoved: old?.needIds ?? [],
      });
      continue;
    }
    const needsAdded = (now.needIds ?? []).filter((id) => !(old.needIds ?? []).includes(id));
    const needsRemoved = (old.needIds ?? []).filter((id) => !(now.needIds ?? []).includes(id));
    if (old.title !== now.title || needsAdded.length || needsRemoved.length) {
      changes.push({
        kind: ChangeKind.CHANGED,
        tranche: number,
        line: null,
        titleBefore: old.title,
        titleAfter: now.title,
        before: total(old),
        after: total(now),
        delta: subtractDecimals(total(now), total(old)),
        needsAdded,
        needsRemoved,
      });
    }
    const remaining = [...now.lines];
    for (const line of old.lines) {
      const at = remaining.findIndex((l) => l.description === line.description);
      if (at < 0) {
        changes.push(lineChange(ChangeKind.REMOVED, number, line.description, line.amount, null));
        continue;
      }
      const [match] = remaining.splice(at, 1);
      if (compareDecimals(match.amount, line.amount) !== 0) changes.push(lineChange(ChangeKind.CHANGED, number, line.description, line.amount, match.amount));
    }
    for (const line of remaining) changes.push(lineChange(ChangeKind.ADDED, number, line.description, null, line.amount));
  }
  const totalBefore = sumDecimals(before.tranches.map(total));
  const totalAfter = sumDecimals(after.tranches.map(total));
  return { scopeChanged: before.scope !== after.scope, totalBefore, totalAfter, totalDelta: subtractDecimals(totalAfter, totalBefore), changes };
}

function lineChange(kind: ChangeKind, tranche: number, line: string, before: string | null, after: string | null): RevisionChange {
  return {
    kind,
    tranche,
    line,
    titleBefore: null,
    titleAfter: null,
    before,
    after,
    delta: subtractDecimals(after ?? '0', before ?? '0'),
    needsAdded: [],
    needsRemoved: [],
  };
}
