import {
  isBlank,
  readAmount,
  readChoice,
  readCurrency,
  readDate,
  readList,
  readText,
  reason,
  UN_LANGUAGES,
  type Read,
  type Refusal,
  type UnLanguage,
} from '#libs/core';
import type { NeedVisibility } from './need.enums.js';

/** Longest texts and lists a need accepts (the import and the API apply the same limits). */
export const NEED_LIMITS = {
  ref: 50,
  section: 50,
  title: 200,
  problem: 5000,
  proposedActivities: 5000,
  alreadyDone: 3000,
  nationalContribution: 2000,
  listItems: 20,
  paragraph: 30,
  maxPriorityRank: 100,
} as const;

/** The fields a State writes in a need, validated and normalised (see validateNeedFields). */
export interface NeedFields {
  title: string;
  problem: string;
  proposedActivities: string;
  alreadyDone: string | null;
  nationalContribution: string | null;
  thematicAreas: string[];
  assistanceTypes: string[];
  poaParagraphs: string[];
  itiParagraphs: string[];
  mosaicModules: string[];
  /** Exact decimal string, e.g. "250000.00". */
  budgetAmount: string | null;
  /** ISO 4217 code. */
  budgetCurrency: string | null;
  priorityRank: number | null;
  timeframeStart: string | null;
  timeframeEnd: string | null;
  visibility: NeedVisibility | null;
  validUntil: string | null;
  language: UnLanguage | null;
}

/**
 * A need as it comes from outside (an import row, a GraphQL input): names fixed, values not yet
 * checked. Lists may be arrays or strings separated by ';' or ','; numbers may be strings.
 */
export type RawNeedFields = { [K in keyof NeedFields]?: unknown };

/** Extra keys of an imported row: its stable reference within the report, and its section. */
export interface RawImportedNeed extends RawNeedFields {
  ref?: unknown;
  section?: unknown;
}

/** One problem with one field of a need, by the field's name in NeedFields (or `ref`), with its reason. */
export interface NeedFieldProblem extends Refusal {
  field: keyof NeedFields | 'ref' | 'section';
}

/** The codes that exist, for checking lists without a query per row. */
export interface KnownCodes {
  thematicAreas: ReadonlySet<string>;
  assistanceTypes: ReadonlySet<string>;
  mosaicModules: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
}

const VISIBILITIES = ['PUBLIC', 'STATES_AND_DONORS', 'PRIVATE'] as const;
const REQUIRED: (keyof NeedFields)[] = ['title', 'problem', 'proposedActivities'];

/**
 * Checks and normalises what a State writes in a need, the same way for the API and for
 * imports. With `partial`, only the fields present are checked (an edit). Codes are checked
 * against `known`. `today` (YYYY-MM-DD) bounds the valid-until date.
 */
export function validateNeedFields(
  raw: RawNeedFields,
  known: KnownCodes,
  options: { partial: boolean; today: string },
): { fields: Partial<NeedFields>; problems: NeedFieldProblem[] } {
  const fields: Partial<NeedFields> = {};
  const problems: NeedFieldProblem[] = [];
  const problem = (field: NeedFieldProblem['field'], refusal: Refusal) =>
    problems.push({ field, reason: refusal.reason, params: refusal.params, message: refusal.message });
  const present = (key: keyof NeedFields) => key in raw && raw[key] !== undefined;

  /** Stores a read value, or the problem with it. */
  const apply = <K extends keyof NeedFields>(key: K, read: Read<NeedFields[K]>) => {
    if (read.ok) fields[key] = read.value;
    else problem(key, read);
  };

  const text = (key: 'title' | 'problem' | 'proposedActivities' | 'alreadyDone' | 'nationalContribution') => {
    if (!present(key)) {
      if (!options.partial && REQUIRED.includes(key)) problem(key, reason('field.required'));
      return;
    }
    if (REQUIRED.includes(key) && isBlank(raw[key])) return problem(key, reason('field.empty'));
    apply(key, readText(raw[key], NEED_LIMITS[key]) as Read<NeedFields[typeof key]>);
  };

  const list = (key: 'thematicAreas' | 'assistanceTypes' | 'poaParagraphs' | 'itiParagraphs' | 'mosaicModules', codes?: ReadonlySet<string>) => {
    if (!present(key)) {
      if (!options.partial) fields[key] = [];
      return;
    }
    apply(key, readList(raw[key], { codes, maxItems: NEED_LIMITS.listItems, itemMax: codes ? undefined : NEED_LIMITS.paragraph }));
  };

  const date = (key: 'timeframeStart' | 'timeframeEnd' | 'validUntil') => {
    if (present(key)) apply(key, readDate(raw[key]));
  };

  text('title');
  text('problem');
  text('proposedActivities');
  text('alreadyDone');
  text('nationalContribution');
  list('thematicAreas', known.thematicAreas);
  list('assistanceTypes', known.assistanceTypes);
  list('mosaicModules', known.mosaicModules);
  list('poaParagraphs');
  list('itiParagraphs');

  // The budget: an exact decimal amount and a currency, together or not at all.
  if (present('budgetAmount') || present('budgetCurrency')) {
    const amount = readAmount(raw.budgetAmount);
    const currency = readCurrency(raw.budgetCurrency, known.currencies);
    if (!amount.ok) problem('budgetAmount', amount);
    if (!currency.ok) problem('budgetCurrency', currency);
    const amountGiven = !isBlank(raw.budgetAmount);
    const currencyGiven = !isBlank(raw.budgetCurrency);
    if (amountGiven && !currencyGiven) problem('budgetCurrency', reason('need.budgetCurrencyRequired'));
    if (currencyGiven && !amountGiven) problem('budgetAmount', reason('need.budgetAmountRequired'));
    if (amount.ok && currency.ok && amountGiven === currencyGiven) {
      fields.budgetAmount = amount.value;
      fields.budgetCurrency = currency.value;
    }
  }

  if (present('priorityRank')) {
    const value = raw.priorityRank;
    if (isBlank(value)) fields.priorityRank = null;
    else {
      const n = typeof value === 'string' ? Number(value.trim()) : value;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > NEED_LIMITS.maxPriorityRank) {
        problem('priorityRank', reason('field.notWholeNumberInRange', { min: 1, max: NEED_LIMITS.maxPriorityRank }));
      } else fields.priorityRank = n;
    }
  }

  date('timeframeStart');
  date('timeframeEnd');
  if (fields.timeframeStart && fields.timeframeEnd && fields.timeframeEnd < fields.timeframeStart) {
    problem('timeframeEnd', reason('field.endsBeforeStart', { end: fields.timeframeEnd, start: fields.timeframeStart }));
    delete fields.timeframeEnd;
  }
  date('validUntil');
  if (fields.validUntil && fields.validUntil <= options.today) {
    problem('validUntil', reason('field.notAfterToday', { today: options.today }));
    delete fields.validUntil;
  }

  if (present('visibility')) apply('visibility', readChoice(raw.visibility, VISIBILITIES, (v) => v.toUpperCase()) as Read<NeedVisibility | null>);
  if (present('language'))
    apply(
      'language',
      readChoice(raw.language, UN_LANGUAGES, (v) => v.toLowerCase()),
    );

  return { fields, problems };
}

/** The texts of a translation of a need, trimmed (empty optional texts as null). */
export interface NeedTranslationTexts {
  title: string;
  problem: string;
  proposedActivities: string;
  alreadyDone: string | null;
  nationalContribution: string | null;
}

/** One problem with one text of a translation, by its name in NeedTranslationTexts. */
export interface NeedTranslationProblem extends Refusal {
  field: keyof NeedTranslationTexts;
}

const REQUIRED_TRANSLATED: ReadonlySet<keyof NeedTranslationTexts> = new Set(['title', 'problem', 'proposedActivities']);

/**
 * Checks a translation of a need: the same limits as the original's texts; the title, the
 * problem and the proposed activities may not be empty.
 */
export function validateNeedTranslation(raw: {
  title: string;
  problem: string;
  proposedActivities: string;
  alreadyDone?: string | null;
  nationalContribution?: string | null;
}): { texts: NeedTranslationTexts; problems: NeedTranslationProblem[] } {
  const texts: NeedTranslationTexts = {
    title: raw.title.trim(),
    problem: raw.problem.trim(),
    proposedActivities: raw.proposedActivities.trim(),
    alreadyDone: raw.alreadyDone?.trim() || null,
    nationalContribution: raw.nationalContribution?.trim() || null,
  };
  const problems: NeedTranslationProblem[] = [];
  for (const [field, value] of Object.entries(texts) as [keyof NeedTranslationTexts, string | null][]) {
    const max = NEED_LIMITS[field];
    if (value !== null && value.length > max) problems.push({ field, ...reason('field.tooLong', { max }) });
    if (REQUIRED_TRANSLATED.has(field) && !value) problems.push({ field, ...reason('field.empty') });
  }
  return { texts, problems };
}
