import { DEFAULT_LANGUAGE, type MatchCriterion, type UnLanguage } from '#libs/core';
import { EXPLANATION_LABELS, type Counted, type ExplanationLabels, type Numbered } from './explanation.labels.js';
import { MATCH_CRITERIA, BudgetFit, EligibilityBasis, HardFilter, round4, ThemeLevel, type Eligibility, type MatchBreakdown } from './score.js';

/**
 * A stored breakdown in words, in the reader's language: why the State is eligible, one sentence
 * per criterion with its share of the weights, its score and what it added to the total, and a
 * summary that names what the offer does not cover. Names of States, organisations, regions and
 * taxonomy entries come from `names` (reference data in that language); the structured fields
 * (criterion, codes, numbers) stay the same in every language.
 */
export interface CriterionExplanation {
  criterion: MatchCriterion;
  /** The criterion's share of all weights, from 0 to 1. */
  weight: number;
  score: number;
  /** weight x score: what the criterion adds to the total. */
  contribution: number;
  explanation: string;
  codes: string[];
  missingCodes: string[];
}

export interface EligibilityExplanation {
  basis: EligibilityBasis;
  /** What the offer names that makes the State eligible (none when it is open everywhere). */
  codes: string[];
  explanation: string;
}

export interface Explanation {
  summary: string;
  failedFilter: HardFilter | null;
  /** Null when the pair is not a match, or was scored before eligibility was recorded. */
  eligibility: EligibilityExplanation | null;
  criteria: CriterionExplanation[];
}

/** The names of codes in the reader's language; null for a code it does not know (the code is shown). */
export interface ExplanationNames {
  state(iso3: string): string | null;
  organisation(code: string): string | null;
  /** An M49 region, subregion or intermediate region. */
  area(m49: string): string | null;
  thematicArea(code: string): string | null;
  module(code: string): string | null;
  assistanceType(code: string): string | null;
}

/** No names: every code is shown as it is. */
export const CODES_ONLY: ExplanationNames = {
  state: () => null,
  organisation: () => null,
  area: () => null,
  thematicArea: () => null,
  module: () => null,
  assistanceType: () => null,
};

/** The codes an explanation of this breakdown names, by kind: what to load before calling explain. */
export function codesToName(b: MatchBreakdown): Record<keyof ExplanationNames, string[]> {
  const e = b.fits ? b.eligibility : undefined;
  const level = b.fits ? b.theme?.level : undefined;
  return {
    state: e ? [e.stateIso3] : [],
    organisation: e?.basis === EligibilityBasis.REGIONAL_ORGANISATION ? e.codes : [],
    area: e?.basis === EligibilityBasis.M49_AREA ? e.codes : [],
    thematicArea: level === ThemeLevel.AREA ? b.theme!.shared : [],
    module: level === ThemeLevel.MODULE || level === ThemeLevel.RELATED ? b.theme!.shared : [],
    assistanceType: b.fits && b.type ? [...b.type.covered, ...b.type.missing] : [],
  };
}

/** Criteria scoring this much or more (and weighing something) are named as a good fit. */
const GOOD_FIT = 0.8;

export function explain(
  breakdown: MatchBreakdown,
  strongScore: number,
  language: UnLanguage = DEFAULT_LANGUAGE,
  names: ExplanationNames = CODES_ONLY,
): Explanation {
  const w = new Words(language, names);
  const l = w.labels;
  if (!breakdown.fits) {
    const reason =
      breakdown.failed === HardFilter.WINDOW_ENDED && breakdown.windowEnd
        ? fill(l.windowEndedOn, { date: w.date(breakdown.windowEnd) })
        : l.filters[breakdown.failed!];
    return { summary: fill(l.notAMatch, { reason }), failedFilter: breakdown.failed ?? null, eligibility: null, criteria: [] };
  }
  const weights = breakdown.weights;
  const sum = MATCH_CRITERIA.reduce((s, c) => s + weights[c], 0);
  const criteria = MATCH_CRITERIA.map((criterion): CriterionExplanation => {
    const weight = round4(weights[criterion] / sum);
    const { score, text, codes = [], missingCodes = [] } = describe(criterion, breakdown, w);
    return { criterion, weight, score, contribution: round4(weight * score), explanation: text, codes, missingCodes };
  });
  return { summary: summarize(breakdown, criteria, strongScore, w), failedFilter: null, eligibility: eligibilityOf(breakdown.eligibility, w), criteria };
}

/**
 * The score in a word, then what the offer does not cover (assistance types asked and not
 * given, the part of the budget beyond what it can give, the days of the timeframe outside its
 * window), then the criteria that fit well. A summary with something uncovered says "a partial
 * fit" and never "good fit", and does not praise a criterion whose gap it names.
 */
function summarize(b: MatchBreakdown, criteria: CriterionExplanation[], strongScore: number, w: Words): string {
  const l = w.labels.summary;
  const gaps: { criterion: MatchCriterion; sentence: string }[] = [];
  const missing = b.type?.missing ?? [];
  if (missing.length)
    gaps.push({ criterion: 'type', sentence: fill(numbered(l.missingTypes, missing.length), { names: w.list(missing.map((t) => w.assistanceType(t))) }) });
  if (b.budget?.fit === BudgetFit.PARTIAL) {
    gaps.push({ criterion: 'budget', sentence: fill(l.partialBudget, { cap: w.usd(b.budget.offerCapUsd), need: w.usd(b.budget.needUsd) }) });
  }
  const t = b.timeframe;
  if (t && t.needDays !== null && t.overlapDays !== null && t.overlapDays < t.needDays) {
    gaps.push({
      criterion: 'timeframe',
      sentence: fill(w.counted(l.partialTimeframe, t.needDays), { overlap: w.number(t.overlapDays), days: w.number(t.needDays) }),
    });
  }
  const total = b.total ?? 0;
  const head = fill(gaps.length ? l.partial : total >= strongScore ? l.strong : l.plain, { score: w.score(total) });
  const best = criteria
    .filter((c) => c.criterion !== 'text' && c.weight > 0 && c.score >= GOOD_FIT && !gaps.some((g) => g.criterion === c.criterion))
    .map((c) => w.labels.criteria[c.criterion]);
  const praise = best.length ? [fill(gaps.length ? l.strongest : l.goodFit, { criteria: w.list(best) })] : [];
  return [head, ...gaps.map((g) => g.sentence), ...praise].join(w.labels.separator);
}

function eligibilityOf(e: Eligibility | undefined, w: Words): EligibilityExplanation | null {
  if (!e) return null;
  const l = w.labels.eligibility;
  const state = w.state(e.stateIso3);
  const explanation = {
    [EligibilityBasis.STATE]: () => fill(l.STATE, { state }),
    [EligibilityBasis.REGIONAL_ORGANISATION]: () =>
      fill(numbered(l.REGIONAL_ORGANISATION, e.codes.length), { state, names: w.list(e.codes.map((c) => w.organisation(c))) }),
    [EligibilityBasis.M49_AREA]: () => fill(numbered(l.M49_AREA, e.codes.length), { state, names: w.list(e.codes.map((c) => w.area(c))) }),
    [EligibilityBasis.EVERYWHERE]: () => fill(l.EVERYWHERE, { state }),
  }[e.basis]();
  return { basis: e.basis, codes: e.codes, explanation };
}

function describe(criterion: MatchCriterion, b: MatchBreakdown, w: Words): { score: number; text: string; codes?: string[]; missingCodes?: string[] } {
  const l = w.labels;
  switch (criterion) {
    case 'theme': {
      const t = b.theme!;
      if (t.level === ThemeLevel.OPEN) return { score: t.score, text: l.theme.OPEN, codes: t.shared };
      const names = t.level === ThemeLevel.AREA ? t.shared.map((a) => w.thematicArea(a)) : t.shared.map((m) => w.module(m));
      return { score: t.score, text: fill(numbered(l.theme[t.level], t.shared.length), { names: w.list(names) }), codes: t.shared };
    }
    case 'type': {
      const t = b.type!;
      if (!t.covered.length && !t.missing.length) return { score: t.score, text: l.type.none };
      const asked = t.covered.length + t.missing.length;
      const sentences = [fill(w.counted(l.type.counted, asked), { covered: w.number(t.covered.length), asked: w.number(asked) })];
      if (t.covered.length) sentences.push(fill(l.type.given, { names: w.list(t.covered.map((c) => w.assistanceType(c))) }));
      if (t.missing.length) sentences.push(fill(l.type.notGiven, { names: w.list(t.missing.map((c) => w.assistanceType(c))) }));
      return { score: t.score, text: sentences.join(l.separator), codes: t.covered, missingCodes: t.missing };
    }
    case 'budget': {
      const m = b.budget!;
      return { score: m.score, text: fill(l.budget[m.fit], { need: w.usd(m.needUsd), cap: w.usd(m.offerCapUsd), min: w.usd(m.offerMinUsd) }) };
    }
    case 'timeframe': {
      const t = b.timeframe!;
      if (t.needDays === null || t.overlapDays === null) return { score: t.score, text: l.timeframe.none };
      return { score: t.score, text: fill(w.counted(l.timeframe.counted, t.needDays), { overlap: w.number(t.overlapDays), days: w.number(t.needDays) }) };
    }
    case 'language': {
      const g = b.language!;
      if (!g.offered.length) return { score: g.score, text: l.language.none, codes: g.shared };
      const text = g.shared.length
        ? fill(numbered(l.language.shared, g.shared.length), { names: w.list(g.shared.map((c) => w.languageName(c))) })
        : fill(l.language.notShared, { names: w.list(g.offered.map((c) => w.languageName(c))) });
      return { score: g.score, text, codes: g.shared };
    }
    case 'text': {
      // Texts in no common language share no terms whatever they say: a 0 that says nothing about
      // them. The line stays (its weight is part of the total) and says why it adds nothing.
      const x = b.text!;
      if (x.languages && !x.languages.length) return { score: x.score, text: l.text.notCompared };
      return { score: x.score, text: fill(l.text.compared, { percent: w.percent(x.score) }) };
    }
  }
}

/** `{name}` placeholders filled; a placeholder without a value is left as it is (a test looks for them). */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function numbered(forms: Numbered, count: number): string {
  return count === 1 ? forms.one : count === 2 && forms.two ? forms.two : forms.other;
}

/** Numbers, money, dates, lists and names, as the reader's language writes them. */
class Words {
  readonly labels: ExplanationLabels;
  private readonly numbers: Intl.NumberFormat;
  private readonly plurals: Intl.PluralRules;

  constructor(
    readonly language: UnLanguage,
    private readonly names: ExplanationNames,
  ) {
    this.labels = EXPLANATION_LABELS[language];
    this.numbers = new Intl.NumberFormat(language);
    this.plurals = new Intl.PluralRules(language);
  }

  number(n: number): string {
    return this.numbers.format(n);
  }

  /** A total, to two decimals. */
  score(x: number): string {
    return new Intl.NumberFormat(this.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
  }

  percent(x: number): string {
    return new Intl.NumberFormat(this.language, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  }

  /** An exact decimal string of US dollars, with the currency's code (never through a float). */
  usd(amount: string | null): string {
    if (amount === null) return '';
    return new Intl.NumberFormat(this.language, { style: 'currency', currency: 'USD', currencyDisplay: 'code' }).format(amount as Intl.StringNumericLiteral);
  }

  /** A YYYY-MM-DD day. */
  date(day: string): string {
    return new Intl.DateTimeFormat(this.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  }

  list(items: string[]): string {
    return new Intl.ListFormat(this.language, { type: 'conjunction' }).format(items);
  }

  counted(forms: Counted, count: number): string {
    return forms[this.plurals.select(count)] ?? forms.other;
  }

  state(iso3: string): string {
    return this.names.state(iso3) ?? iso3;
  }

  organisation(code: string): string {
    return this.names.organisation(code) ?? code;
  }

  area(m49: string): string {
    return this.names.area(m49) ?? m49;
  }

  thematicArea(code: string): string {
    return this.quoted(this.names.thematicArea(code) ?? code);
  }

  /** "05.30 “Marking and record-keeping”": the module's number, then its title. */
  module(code: string): string {
    const title = this.names.module(code);
    return title ? `${code} ${this.quoted(title)}` : code;
  }

  assistanceType(code: string): string {
    return this.quoted(this.names.assistanceType(code) ?? code);
  }

  languageName(code: string): string {
    return new Intl.DisplayNames([this.language], { type: 'language' }).of(code) ?? code;
  }

  private quoted(text: string): string {
    return `${this.labels.quotes.open}${text}${this.labels.quotes.close}`;
  }
}
