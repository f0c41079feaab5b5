import type { UnLanguage } from '../i18n/languages.js';

/**
 * PostgreSQL text-search configurations for the UN languages that have one. Chinese has none:
 * it is indexed as overlapping character pairs (bigrams) in the `simple` configuration, the
 * usual approach for CJK text without a dictionary.
 */
export const TEXT_SEARCH_CONFIG: Record<UnLanguage, string> = {
  ar: 'arabic',
  zh: 'simple',
  en: 'english',
  fr: 'french',
  ru: 'russian',
  es: 'spanish',
};

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/** "标记登记" -> "标记 记登 登记": each run of CJK characters as its overlapping pairs. */
export function cjkBigrams(text: string): string {
  const out: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i += 1) out.push(run.slice(i, i + 2));
  }
  return out.join(' ');
}

export function hasCjk(text: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(text);
}

/**
 * A `simple`-configuration tsquery string for the CJK part of a search: every bigram must be
 * present (so "标记机" finds "标记机器"). Null when the search has no CJK characters.
 */
export function cjkQuery(search: string): string | null {
  const bigrams = cjkBigrams(search).split(' ').filter(Boolean);
  if (!bigrams.length) return null;
  return [...new Set(bigrams)].map((b) => `'${b}'`).join(' & ');
}
