import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { directionOf, pickLocale, type Locale } from '../i18n/locales';
import { loadMessages } from '../i18n/messages';
import { session } from '../session/session-store';

const CHOSEN = 'gis.locale';

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A language the page knows fits (an invitation's): used unless this device chose one; not remembered. */
  suggestLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: 'en', setLocale: () => undefined, suggestLocale: () => undefined });
export const useLocale = () => useContext(LocaleContext);

/** The interface language: chosen on this device, else the account's, else the browser's. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => pickLocale(localStorage.getItem(CHOSEN), null, navigator.languages));
  const [messages, setMessages] = useState<{ locale: Locale; messages: Record<string, string> } | null>(null);

  // Once signed in, the account's language applies unless this device chose one.
  useEffect(
    () =>
      session.subscribe(() => {
        const account = session.state.user?.preferredLanguage;
        if (account && !localStorage.getItem(CHOSEN)) setLocaleState(pickLocale(null, account, navigator.languages));
      }),
    [],
  );

  useEffect(() => {
    let current = true;
    void loadMessages(locale).then((m) => current && setMessages({ locale, messages: m }));
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
    return () => {
      current = false;
    };
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(CHOSEN, next);
    setLocaleState(next);
  }, []);
  const suggestLocale = useCallback((next: Locale) => {
    if (!localStorage.getItem(CHOSEN)) setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale, suggestLocale }), [locale, setLocale, suggestLocale]);

  if (!messages) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={messages.locale} messages={messages.messages} defaultLocale="en" onError={reportMissing}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/** A missing message is a bug the catalogue test should have caught: say so in the console only. */
function reportMissing(error: { code: string; message: string }): void {
  if (error.code !== 'MISSING_TRANSLATION') console.error(error.message);
}
