import type { CreateNeedInput, Language, NeedVisibility, UpdateNeedInput } from '../gql/types';

/** What a need says, as the API takes it (UpdateNeedInput without its target). */
export type NeedContent = Omit<UpdateNeedInput, 'needId' | 'expectedVersion'>;

/**
 * A need as its form holds it: every field a string or a list, as typed. The API checks it
 * (validateNeedFields); these functions only carry it there and back, so a refusal's field paths
 * (`input.title`) name the form's fields.
 */
export interface NeedDraft {
  language: Language;
  title: string;
  problem: string;
  proposedActivities: string;
  alreadyDone: string;
  nationalContribution: string;
  thematicAreas: string[];
  assistanceTypes: string[];
  budgetAmount: string;
  budgetCurrency: string;
  priorityRank: string;
  timeframeStart: string;
  timeframeEnd: string;
  validUntil: string;
  visibility: NeedVisibility;
}

export const emptyDraft = (language: Language): NeedDraft => ({
  language,
  title: '',
  problem: '',
  proposedActivities: '',
  alreadyDone: '',
  nationalContribution: '',
  thematicAreas: [],
  assistanceTypes: [],
  budgetAmount: '',
  budgetCurrency: 'USD',
  priorityRank: '',
  timeframeStart: '',
  timeframeEnd: '',
  validUntil: '',
  visibility: 'PUBLIC',
});

interface SavedNeed {
  originalLanguage: Language;
  title: string;
  problem: string;
  proposedActivities: string;
  alreadyDone: string | null;
  nationalContribution: string | null;
  thematicAreaCodes: string[];
  assistanceTypeCodes: string[];
  budget: { amount: string; currency: string } | null;
  priorityRank: number | null;
  timeframe: { start: string | null; end: string | null };
  validUntil: string;
  visibility: NeedVisibility;
}

/** The form's values for a saved need. */
export const draftOf = (need: SavedNeed): NeedDraft => ({
  language: need.originalLanguage,
  title: need.title,
  problem: need.problem,
  proposedActivities: need.proposedActivities,
  alreadyDone: need.alreadyDone ?? '',
  nationalContribution: need.nationalContribution ?? '',
  thematicAreas: need.thematicAreaCodes,
  assistanceTypes: need.assistanceTypeCodes,
  budgetAmount: need.budget?.amount ?? '',
  budgetCurrency: need.budget?.currency ?? 'USD',
  priorityRank: need.priorityRank === null ? '' : String(need.priorityRank),
  timeframeStart: need.timeframe.start ?? '',
  timeframeEnd: need.timeframe.end ?? '',
  validUntil: need.validUntil,
  visibility: need.visibility,
});

const text = (value: string) => (value.trim() ? value : null);

/**
 * The content as the API takes it: an empty optional field clears it (null), an empty budget
 * removes it. (The priority's field takes digits only; the API checks its range.)
 */
export function toContentInput(draft: NeedDraft): NeedContent {
  const rank = draft.priorityRank.trim();
  return {
    title: draft.title,
    problem: draft.problem,
    proposedActivities: draft.proposedActivities,
    alreadyDone: text(draft.alreadyDone),
    nationalContribution: text(draft.nationalContribution),
    thematicAreas: draft.thematicAreas,
    assistanceTypes: draft.assistanceTypes,
    budget: draft.budgetAmount.trim() ? { amount: draft.budgetAmount.trim(), currency: draft.budgetCurrency } : null,
    priorityRank: rank ? Number(rank) : null,
    timeframeStart: draft.timeframeStart || null,
    timeframeEnd: draft.timeframeEnd || null,
    visibility: draft.visibility,
    validUntil: draft.validUntil || null,
  };
}

export function toCreateInput(draft: NeedDraft, stateIso3: string): CreateNeedInput {
  const { title, problem, proposedActivities, ...rest } = toContentInput(draft);
  // An empty valid-until lets the API choose its default (the end of the reporting cycle).
  return {
    ...rest,
    validUntil: draft.validUntil || undefined,
    title: title ?? '',
    problem: problem ?? '',
    proposedActivities: proposedActivities ?? '',
    stateIso3,
    language: draft.language,
  };
}

export const toUpdateInput = (draft: NeedDraft, needId: string, expectedVersion: number): UpdateNeedInput => ({
  ...toContentInput(draft),
  validUntil: draft.validUntil || undefined,
  needId,
  expectedVersion,
});

/** The fields whose values differ between two drafts (after a conflict: what the other person changed). */
export const changedFields = (a: NeedDraft, b: NeedDraft): (keyof NeedDraft)[] =>
  (Object.keys(a) as (keyof NeedDraft)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
