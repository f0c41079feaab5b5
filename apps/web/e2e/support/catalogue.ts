import { readdirSync, readFileSync } from 'node:fs';
import { createIntl } from 'react-intl';
import type { Locale } from '../../src/i18n/locales';

export { NATIVE_NAMES, type Locale } from '../../src/i18n/locales';

/**
 * The interface's words as the catalogues give them (apps/web/src/i18n/messages/<locale>/*.json),
 * so a test checks the page says what the catalogue says in that language, and fails naming the
 * key when a language lacks it.
 */
const root = new URL('../../src/i18n/messages/', import.meta.url);
const cache = new Map<Locale, Record<string, string>>();

export function catalogue(locale: Locale): Record<string, string> {
  let messages = cache.get(locale);
  if (!messages) {
    const dir = new URL(`${locale}/`, root);
    messages = Object.assign(
      {},
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Record<string, string>),
    );
    cache.set(locale, messages!);
  }
  return messages!;
}

/** The message `id` in `locale`, formatted with `values` as the app formats it (ICU). */
export function t(locale: Locale, id: string, values?: Record<string, string | number>): string {
  const messages = catalogue(locale);
  if (!(id in messages)) throw new Error(`the ${locale} catalogue has no message "${id}"`);
  const intl = createIntl({
    locale,
    messages,
    onError: (error) => {
      throw error;
    },
  });
  // Any key: the catalogue decides above (the app's MessageId type knows only the keys merged so far).
  return intl.formatMessage({ id: id as never }, values) as string;
}
