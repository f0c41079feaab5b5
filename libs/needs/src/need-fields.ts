import { isRealDate, type UnLanguage } from '#libs/core';
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

/** One problem with one field of a need, by the field's name in NeedFields (or `ref`). */
export interface NeedFieldProblem {
  field: keyof NeedFields | 'ref' | 'section';
  message: string;
}

/** The codes that exist, for checking lists without a query per row. */
export interface KnownCodes {
  thematicAreas: ReadonlySet<string>;
  assistanceTypes: ReadonlySet<string>;
  mosaicModules: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
}

const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const VISIBILITIES = ['PUBLIC', 'STATES_AND_DONORS', 'PRIVATE'];
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const REQUIRED: (keyof NeedFields)[] = ['title', 'problem', 'proposedActivities'];

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

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
  const problem = (field: NeedFieldProblem['field'], message: string) => problems.push({ field, message });
  const present = (key: keyof NeedFields) => key in raw && raw[key] !== undefined;

  const text = (key: 'title' | 'problem' | 'proposedActivities' | 'alreadyDone' | 'nationalContribution') => {
    if (!present(key)) {
      if (!options.partial && REQUIRED.includes(key)) problem(key, 'is required');
      return;
    }
    const value = raw[key];
    if (isBlank(value)) {
      if (REQUIRED.includes(key)) problem(key, 'must not be empty');
      else (fields as Record<string, unknown>)[key] = null;
      return;
    }
    if (typeof value !== 'string') return problem(key, 'must be text');
    const trimmed = value.trim();
    if (trimmed.length > NEED_LIMITS[key]) return problem(key, `must be at most ${NEED_LIMITS[key]} characters (it has ${trimmed.length})`);
    fields[key] = trimmed;
  };

  const list = (key: 'thematicAreas' | 'assistanceTypes' | 'poaParagraphs' | 'itiParagraphs' | 'mosaicModules', codes?: ReadonlySet<string>) => {
    if (!present(key)) {
      if (!options.partial) fields[key] = [];
      return;
    }
    const value = raw[key];
    const items = isBlank(value)
      ? []
      : Array.isArray(value)
        ? value
        : typeof value === 'string'
          ? value.split(/[;,]/)
          : null;
    if (!items) return problem(key, 'must be a list (or text separated by ";" or ",")');
    if (items.some((item) => typeof item !== 'string')) return problem(key, 'must be a list of texts');
    const cleaned = [...new Set((items as string[]).map((i) => (codes ? i.trim().toUpperCase() : i.trim())).filter(Boolean))];
    if (cleaned.length > NEED_LIMITS.listItems) return problem(key, `must have at most ${NEED_LIMITS.listItems} items`);
    if (!codes && cleaned.some((i) => i.length > NEED_LIMITS.paragraph)) {
      return problem(key, `items must be at most ${NEED_LIMITS.paragraph} characters`);
    }
    const unknown = codes ? cleaned.filter((c) => !codes.has(c)) : [];
    if (unknown.length) return problem(key, `unknown code(s): ${unknown.join(', ')}`);
    fields[key] = cleaned;
  };

  const date = (key: 'timeframeStart' | 'timeframeEnd' | 'validUntil') => {
    if (!present(key)) return;
    const value = raw[key];
    if (isBlank(value)) {
      fields[key] = null;
      return;
    }
    if (typeof value !== 'string' || !isRealDate(value.trim())) return problem(key, 'must be a date written YYYY-MM-DD');
    fields[key] = value.trim();
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
    const amount = raw.budgetAmount;
    const currency = raw.budgetCurrency;
    let amountText: string | null = null;
    if (!isBlank(amount)) {
      if (typeof amount === 'number' && Number.isFinite(amount)) amountText = String(amount);
      else if (typeof amount === 'string') amountText = amount.trim();
      if (amountText === null || !AMOUNT.test(amountText)) {
        problem('budgetAmount', 'must be a positive decimal amount with a "." and at most 2 decimals, e.g. 250000.00');
        amountText = null;
      } else if (/^0+(\.0+)?$/.test(amountText)) {
        problem('budgetAmount', 'must be more than zero');
        amountText = null;
      }
    }
    let currencyCode: string | null = null;
    if (!isBlank(currency)) {
      if (typeof currency !== 'string' || !/^[A-Za-z]{3}$/.test(currency.trim())) problem('budgetCurrency', 'must be an ISO 4217 code such as USD');
      else if (!known.currencies.has(currency.trim().toUpperCase())) problem('budgetCurrency', `unknown currency ${currency.trim().toUpperCase()}`);
      else currencyCode = currency.trim().toUpperCase();
    }
    const amountGiven = !isBlank(amount);
    const currencyGiven = !isBlank(currency);
    if (amountGiven && !currencyGiven) problem('budgetCurrency', 'is required with a budget amount');
    if (currencyGiven && !amountGiven) problem('budgetAmount', 'is required with a budget currency');
    if (amountText && currencyCode) {
      fields.budgetAmount = amountText.replace(/^0+(?=\d)/, '');
      fields.budgetCurrency = currencyCode;
    } else if (!amountGiven && !currencyGiven) {
      fields.budgetAmount = null;
      fields.budgetCurrency = null;
    }
  }

  if (present('priorityRank')) {
    const value = raw.priorityRank;
    if (isBlank(value)) fields.priorityRank = null;
    else {
      const n = typeof value === 'string' ? Number(value.trim()) : value;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > NEED_LIMITS.maxPriorityRank) {
        problem('priorityRank', `must be a whole number from 1 (highest) to ${NEED_LIMITS.maxPriorityRank}`);
      } else fields.priorityRank = n;
    }
  }

  date('timeframeStart');
  date('timeframeEnd');
  if (fields.timeframeStart && fields.timeframeEnd && fields.timeframeEnd < fields.timeframeStart) {
    problem('timeframeEnd', `ends (${fields.timeframeEnd}) before it starts (${fields.timeframeStart})`);
    delete fields.timeframeEnd;
  }
  date('validUntil');
  if (fields.validUntil && fields.validUntil <= options.today) {
    problem('validUntil', `must be after today (${options.today})`);
    delete fields.validUntil;
  }

  if (present('visibility')) {
    const value = typeof raw.visibility === 'string' ? raw.visibility.trim().toUpperCase() : raw.visibility;
    if (isBlank(value)) fields.visibility = null;
    else if (typeof value !== 'string' || !VISIBILITIES.includes(value)) problem('visibility', `must be one of ${VISIBILITIES.join(', ')}`);
    else fields.visibility = value as NeedVisibility;
  }

  if (present('language')) {
    const value = typeof raw.language === 'string' ? raw.language.trim().toLowerCase() : raw.language;
    if (isBlank(value)) fields.language = null;
    else if (typeof value !== 'string' || !LANGUAGES.includes(value)) problem('language', `must be one of ${LANGUAGES.join(', ')}`);
    else fields.language = value as UnLanguage;
  }

  return { fields, problems };
}
