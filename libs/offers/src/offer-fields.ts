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
  wrong,
  type ListRules,
  type Read,
  type Refusal,
  type UnLanguage,
} from '#libs/core';
import { compareDecimals } from '#libs/reference-data';
import { OfferVisibility } from './offer.enums.js';

export const OFFER_LIMITS = {
  title: 200,
  description: 5000,
  modality: 200,
  conditions: 3000,
  contactName: 200,
  contactEmail: 320,
  listItems: 60,
} as const;

/** What a donor writes in an offer, validated and normalised (see validateOfferFields). */
export interface OfferFields {
  title: string;
  description: string;
  assistanceTypes: string[];
  thematicAreas: string[];
  /** Anyone may apply: no restriction by place. */
  eligibleEverywhere: boolean;
  /** M49 region, subregion or intermediate-region codes. */
  eligibleRegions: string[];
  /** ISO alpha-3 of Member States. */
  eligibleStates: string[];
  /** Codes of regional organisations whose members are eligible. */
  eligibleRegionalOrganisations: string[];
  budgetCurrency: string;
  budgetTotal: string;
  budgetMinPerProject: string | null;
  budgetMaxPerProject: string | null;
  availableFrom: string;
  availableUntil: string | null;
  modality: string | null;
  conditions: string | null;
  workingLanguages: UnLanguage[];
  contactName: string | null;
  contactEmail: string | null;
  visibility: OfferVisibility;
  language: UnLanguage | null;
}

export type RawOfferFields = { [K in keyof OfferFields]?: unknown };

export interface OfferCodes {
  thematicAreas: ReadonlySet<string>;
  assistanceTypes: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  states: ReadonlySet<string>;
  /** Every M49 region, subregion and intermediate-region code of the Member States. */
  m49Areas: ReadonlySet<string>;
  regionalOrganisations: ReadonlySet<string>;
}

/** One problem with one field of an offer, by the field's name in OfferFields, with its reason. */
export interface OfferFieldProblem extends Refusal {
  field: keyof OfferFields;
}

const problemOf = (field: keyof OfferFields, refusal: Refusal): OfferFieldProblem => ({
  field,
  reason: refusal.reason,
  params: refusal.params,
  message: refusal.message,
});

const REQUIRED: (keyof OfferFields)[] = ['title', 'description', 'budgetCurrency', 'budgetTotal', 'availableFrom'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks and normalises what a donor writes, for creation (`partial: false`) or an edit (only
 * the fields present). The budget must hold together: minimum not above maximum, maximum not
 * above the total; the window must not end before it starts. Checks against the stored offer
 * for edits are the service's (it merges first and calls checkOfferConsistency).
 */
export function validateOfferFields(
  raw: RawOfferFields,
  codes: OfferCodes,
  options: { partial: boolean },
): { fields: Partial<OfferFields>; problems: OfferFieldProblem[] } {
  const fields: Partial<OfferFields> = {};
  const problems: OfferFieldProblem[] = [];
  const problem = (field: keyof OfferFields, refusal: Refusal) => problems.push(problemOf(field, refusal));
  const present = (key: keyof OfferFields) => key in raw && raw[key] !== undefined;
  const apply = <K extends keyof OfferFields>(key: K, read: Read<OfferFields[K]>) => {
    if (read.ok) fields[key] = read.value;
    else problem(key, read);
  };
  const read = <K extends keyof OfferFields>(key: K, reader: (value: unknown) => Read<OfferFields[K]>) => {
    if (!present(key)) {
      if (!options.partial && REQUIRED.includes(key)) problem(key, reason('field.required'));
      return;
    }
    if (REQUIRED.includes(key) && isBlank(raw[key])) return problem(key, reason('field.empty'));
    apply(key, reader(raw[key]));
  };
  const list = (key: keyof OfferFields, codeSet: ReadonlySet<string> | undefined, kind: NonNullable<ListRules['kind']>) =>
    read(key, (value) => readList(value, { codes: codeSet, kind, maxItems: OFFER_LIMITS.listItems }) as Read<never>);

  read('title', (v) => readText(v, OFFER_LIMITS.title) as Read<string>);
  read('description', (v) => readText(v, OFFER_LIMITS.description) as Read<string>);
  read('modality', (v) => readText(v, OFFER_LIMITS.modality));
  read('conditions', (v) => readText(v, OFFER_LIMITS.conditions));
  read('contactName', (v) => readText(v, OFFER_LIMITS.contactName));
  read('contactEmail', (v) => {
    const text = readText(v, OFFER_LIMITS.contactEmail);
    return text.ok && text.value && !EMAIL.test(text.value) ? wrong(reason('field.notEmail')) : text;
  });
  list('assistanceTypes', codes.assistanceTypes, 'assistanceType');
  list('thematicAreas', codes.thematicAreas, 'thematicArea');
  list('eligibleRegions', codes.m49Areas, 'm49Area');
  list('eligibleStates', codes.states, 'memberState');
  list('eligibleRegionalOrganisations', codes.regionalOrganisations, 'regionalOrganisation');
  read('workingLanguages', (value) => {
    // Language codes are case-insensitive; lower-case first so 'EN' and 'en' dedupe as one.
    const lower = (l: unknown) => (typeof l === 'string' ? l.toLowerCase() : l);
    const lowered = Array.isArray(value) ? value.map(lower) : lower(value);
    const result = readList(lowered, { maxItems: 6 });
    if (!result.ok) return result as Read<never>;
    const langs = result.value;
    const unknown = langs.filter((l) => !(UN_LANGUAGES as readonly string[]).includes(l));
    return unknown.length ? wrong(reason('offer.notUnLanguages', { languages: unknown })) : { ok: true, value: langs as UnLanguage[] };
  });
  if (present('eligibleEverywhere')) {
    if (typeof raw.eligibleEverywhere !== 'boolean') problem('eligibleEverywhere', reason('field.notBoolean'));
    else fields.eligibleEverywhere = raw.eligibleEverywhere;
  }
  read('budgetCurrency', (v) => readCurrency(v, codes.currencies) as Read<string>);
  read('budgetTotal', (v) => readAmount(v) as Read<string>);
  read('budgetMinPerProject', readAmount);
  read('budgetMaxPerProject', readAmount);
  read('availableFrom', (v) => readDate(v) as Read<string>);
  read('availableUntil', readDate);
  read('visibility', (v) => readChoice(v, Object.values(OfferVisibility), (s) => s.toUpperCase()) as Read<OfferVisibility>);
  read('language', (v) => readChoice(v, UN_LANGUAGES, (s) => s.toLowerCase()));

  if (!options.partial) {
    fields.eligibleEverywhere ??= false;
    for (const key of ['assistanceTypes', 'thematicAreas', 'eligibleRegions', 'eligibleStates', 'eligibleRegionalOrganisations', 'workingLanguages'] as const) {
      fields[key] ??= [];
    }
  }
  return { fields, problems };
}

/**
 * What must hold of an offer as a whole (after an edit is merged into the stored offer): a
 * coherent budget, a window that does not end before it starts, somewhere eligible.
 */
export function checkOfferConsistency(offer: Partial<OfferFields>): OfferFieldProblem[] {
  const problems: OfferFieldProblem[] = [];
  const { budgetTotal: total, budgetMinPerProject: min, budgetMaxPerProject: max } = offer;
  if (min && max && compareDecimals(min, max) > 0) {
    problems.push(problemOf('budgetMinPerProject', reason('offer.minAboveMax', { min, max })));
  }
  if (max && total && compareDecimals(max, total) > 0) {
    problems.push(problemOf('budgetMaxPerProject', reason('offer.maxAboveTotal', { max, total })));
  }
  if (min && total && compareDecimals(min, total) > 0) {
    problems.push(problemOf('budgetMinPerProject', reason('offer.minAboveTotal', { min, total })));
  }
  if (offer.availableFrom && offer.availableUntil && offer.availableUntil < offer.availableFrom) {
    problems.push(problemOf('availableUntil', reason('offer.windowEndsBeforeStart', { end: offer.availableUntil, start: offer.availableFrom })));
  }
  const somewhere =
    offer.eligibleEverywhere || !!offer.eligibleRegions?.length || !!offer.eligibleStates?.length || !!offer.eligibleRegionalOrganisations?.length;
  if (!somewhere) {
    problems.push(problemOf('eligibleEverywhere', reason('offer.nowhereEligible')));
  }
  return problems;
}

/** One problem with one text of a translation of an offer. */
export interface OfferTranslationProblem extends Refusal {
  field: 'title' | 'description';
}

/** Checks a translation of an offer: its title and description, trimmed, within the original's limits. */
export function validateOfferTranslation(raw: { title: string; description: string }): {
  texts: { title: string; description: string };
  problems: OfferTranslationProblem[];
} {
  const texts = { title: raw.title.trim(), description: raw.description.trim() };
  const problems: OfferTranslationProblem[] = [];
  for (const field of ['title', 'description'] as const) {
    const max = OFFER_LIMITS[field];
    if (!texts[field] || texts[field].length > max) problems.push({ field, ...reason('field.lengthOutOfRange', { min: 1, max }) });
  }
  return { texts, problems };
}
