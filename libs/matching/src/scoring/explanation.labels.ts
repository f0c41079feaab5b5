import type { MatchCriterion, UnLanguage } from '#libs/core';
import type { BudgetFit, EligibilityBasis, HardFilter, ThemeLevel } from './score.js';
import ar from './explanation-labels/ar.json' with { type: 'json' };
import en from './explanation-labels/en.json' with { type: 'json' };
import es from './explanation-labels/es.json' with { type: 'json' };
import fr from './explanation-labels/fr.json' with { type: 'json' };
import ru from './explanation-labels/ru.json' with { type: 'json' };
import zh from './explanation-labels/zh.json' with { type: 'json' };

/**
 * The sentences of match explanations in the six UN languages (working translations, to be
 * reviewed by UN language staff like the notification and meeting pack labels). Keyed by the
 * enums' values (type-only imports), so that a filter, level or fit added to an enum fails
 * type-checking here until every language says it.
 *
 * Conventions, so that every value reads correctly in every language:
 * - `{name}` placeholders are filled with text already formatted for the reader (numbers, money,
 *   dates, names in the reader's language);
 * - names of States, organisations, regions and taxonomy entries stand after a colon or in
 *   parentheses, never inside the grammar of the sentence: Russian would decline them, French
 *   and Spanish need articles before country names;
 * - a count shown as a numeral either governs nothing (a colon form such as "21 of 31"), or the
 *   sentence gives every plural form the language's rules select (`Counted`);
 * - a list of names is introduced in the singular for one name, in the plural for more (and in
 *   the dual for two where the language has one): `Numbered`.
 */

/** A sentence with a numeral: one text for every count, or one per plural form the language selects (Intl.PluralRules). */
export type Counted = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A sentence introducing a list of names: singular for one, dual for two (where a language has one), plural otherwise. */
export interface Numbered {
  one: string;
  two?: string;
  other: string;
}

export interface ExplanationLabels {
  /** Between two sentences (Chinese sets none). */
  separator: string;
  /** Quotation marks around taxonomy names (thematic areas, MOSAIC modules, assistance types). */
  quotes: { open: string; close: string };
  /** Criteria as the summary names them. */
  criteria: Record<MatchCriterion, string>;
  summary: {
    /** `{score}`. */
    strong: string;
    partial: string;
    plain: string;
    /** `{criteria}`: a list of criteria names. Only when nothing asked is left uncovered. */
    goodFit: string;
    /** `{criteria}`, when the offer leaves something uncovered. */
    strongest: string;
    /** `{names}`: the assistance types asked and not given. */
    missingTypes: Numbered;
    /** `{cap}`, `{need}`: amounts. */
    partialBudget: string;
    /** `{overlap}`, `{days}`; by `{days}`. */
    partialTimeframe: Counted;
  };
  /** `{reason}`: one of `filters`, or `windowEndedOn`. */
  notAMatch: string;
  filters: Record<`${HardFilter}`, string>;
  /** `{date}`. */
  windowEndedOn: string;
  /** `{state}`, and `{names}` of what the offer names. */
  eligibility: Record<`${EligibilityBasis.STATE | EligibilityBasis.EVERYWHERE}`, string> &
    Record<`${EligibilityBasis.REGIONAL_ORGANISATION | EligibilityBasis.M49_AREA}`, Numbered>;
  /** `{names}`: modules or thematic areas. */
  theme: Record<`${ThemeLevel.MODULE | ThemeLevel.AREA | ThemeLevel.RELATED}`, Numbered> & Record<`${ThemeLevel.OPEN}`, string>;
  type: {
    none: string;
    /** `{covered}`, `{asked}`; by `{asked}`. */
    counted: Counted;
    /** `{names}`. */
    given: string;
    notGiven: string;
  };
  /** `{need}`, `{cap}`, `{min}`: amounts. */
  budget: Record<`${BudgetFit}`, string>;
  /** `{overlap}`, `{days}`; by `{days}`. */
  timeframe: { none: string; counted: Counted };
  /** `{names}`: languages. */
  language: { none: string; shared: Numbered; notShared: string };
  text: {
    /** `{percent}`. */
    compared: string;
    /** The two texts share no language: their terms cannot meet, so the criterion says nothing about them. */
    notCompared: string;
  };
}

/** One catalogue per language, `explanation-labels/<lang>.json`, typed here: a text missing in any language fails type-checking. */
export const EXPLANATION_LABELS: Record<UnLanguage, ExplanationLabels> = { ar, zh, en, fr, ru, es };
