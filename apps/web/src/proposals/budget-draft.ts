import { isAmount, sumDecimals } from './money-input';

/** A budget as typed: tranches of lines, amounts as the person wrote them (decimal strings). */
export interface DraftTranche {
  title: string;
  needIds: string[];
  lines: { description: string; amount: string }[];
}

export const emptyTranche = (): DraftTranche => ({ title: '', needIds: [], lines: [{ description: '', amount: '' }] });
export const trancheTotal = (t: DraftTranche) => sumDecimals(t.lines.map((l) => l.amount || '0'));
/** The budget's total as typed, exact; null while an amount is not a number. */
export const budgetTotal = (tranches: DraftTranche[]) => sumDecimals(tranches.map((t) => trancheTotal(t) ?? 'x'));
export const tranchesValid = (tranches: DraftTranche[]) =>
  tranches.length > 0 && tranches.every((t) => t.title.trim() && t.lines.length > 0 && t.lines.every((l) => l.description.trim() && isAmount(l.amount)));
/** As the API takes them: trimmed, amounts as typed (decimal strings). */
export const tranchesInput = (tranches: DraftTranche[]) =>
  tranches.map((t) => ({
    title: t.title.trim(),
    needIds: t.needIds,
    lines: t.lines.map((l) => ({ description: l.description.trim(), amount: l.amount.trim() })),
  }));
