import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { REASONS } from './reasons.js';

/**
 * The web app's refusal catalogues (apps/web/src/i18n/messages/<lang>/refusals.json, written and
 * checked by scripts/refusals-catalogue.mjs): every reason in each of the six UN languages, with
 * the English params, plural forms as CLDR has them for the language, French typography.
 */
const LANGUAGES = ['en', 'ar', 'zh', 'fr', 'ru', 'es'] as const;
const catalogue = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(process.cwd(), 'apps/web/src/i18n/messages', lang, 'refusals.json'), 'utf8'));

function walk(elements: MessageFormatElement[], visit: (element: MessageFormatElement) => void): void {
  for (const element of elements) {
    visit(element);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value, visit);
  }
}

const argumentNames = (message: string) => {
  const names = new Set<string>();
  walk(parse(message), (e) => {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.plural || e.type === TYPE.select) names.add(e.value);
  });
  return [...names].sort();
};

describe('the refusal catalogues of the web app', () => {
  const english = Object.fromEntries(Object.entries(REASONS).map(([code, template]) => [`reason.${code}`, template]));

  it('has the English catalogue as the registry writes it (npm run web:refusals)', () => {
    expect(catalogue('en')).toEqual(english);
  });

  describe.each(LANGUAGES.filter((l) => l !== 'en'))('%s', (lang) => {
    const messages = catalogue(lang);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

    it('translates every reason, and nothing else', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    });

    it.each(Object.keys(english))('%s: an ICU message with the English params and the CLDR plural forms', (key) => {
      const message = messages[key];
      expect(argumentNames(message)).toEqual(argumentNames(english[key]));
      const selects = new Map<string, string[]>();
      walk(parse(english[key]), (e) => {
        if (e.type === TYPE.select) selects.set(e.value, Object.keys(e.options).sort());
      });
      walk(parse(message), (e) => {
        if (e.type === TYPE.plural) expect([key, Object.keys(e.options).sort()]).toEqual([key, [...categories].sort()]);
        // A select keeps the English keys (they are codes the API sends).
        if (e.type === TYPE.select) expect([key, Object.keys(e.options).sort()]).toEqual([key, selects.get(e.value)]);
      });
      expect(message).not.toMatch(/'[{}#]/);
    });
  });

  it('writes French with typographic apostrophes and a no-break space before : ; ? !', () => {
    for (const [key, message] of Object.entries(catalogue('fr'))) {
      expect([key, message]).not.toEqual([key, expect.stringMatching(/'/)]);
      expect([key, message]).not.toEqual([key, expect.stringMatching(/[^\u00a0\u202f][:;?!](\s|$)/)]);
    }
  });
});
