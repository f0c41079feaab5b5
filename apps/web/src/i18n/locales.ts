/** The six UN languages, in the order the UN lists them. */
export const LOCALES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in its own script, for the switcher. */
export const NATIVE_NAMES: Record<Locale, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

/** The API's Language enum is the upper-case code. */
export const toApiLanguage = (locale: Locale) => locale.toUpperCase() as Uppercase<Locale>;
export const fromApiLanguage = (language: string): Locale | null => {
  const lower = language.toLowerCase();
  return isLocale(lower) ? lower : null;
};

/**
 * The language to show: the one the person chose on this device, else their account's, else the
 * first of the browser's languages we have (`fr-CA` counts as `fr`), else English.
 */
export function pickLocale(chosen: string | null | undefined, account: string | null | undefined, browser: readonly string[]): Locale {
  if (isLocale(chosen)) return chosen;
  const fromAccount = account ? fromApiLanguage(account) : null;
  if (fromAccount) return fromAccount;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** Where this device keeps the language its reader chose. */
export const CHOSEN_LOCALE = 'gis.locale';

/** The language to start in, before anyone has signed in: this device's choice, else the browser's. */
export const startLocale = (): Locale => pickLocale(localStorage.getItem(CHOSEN_LOCALE), null, navigator.languages);
