import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { CHOSEN_LOCALE as CHOSEN, directionOf, pickLocale, type Locale } from '../i18n/locales';
import { loadMessages, loadReasons } from '../i18n/messages';
import { session } from '../session/session-store';

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A language the page knows fits (an invitation's): used unless this device chose one; not remembered. */
  suggestLocale: (locale: Locale) => void;
  /** Loads the refusal reasons' sentences (once something is refused); until then a refusal is said by its code. */
  needReasons: () => void;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: 'en', setLocale: () => undefined, suggestLocale: () => undefined, needReasons: () => undefined });
export const useLocale = () => useContext(LocaleContext);

export interface Catalogue {
  locale: Locale;
  messages: Record<string, string>;
}

/**
 * The interface language: chosen on this device, else the account's, else the browser's. Starts
 * with the catalogue main.tsx loaded beside the app; loads another when the language changes.
 */
export function LocaleProvider({ initial, children }: { initial: Catalogue; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initial.locale);
  const [messages, setMessages] = useState<Catalogue>(initial);
  const [reasonsWanted, setReasonsWanted] = useState(false);
  const [reasons, setReasons] = useState<Catalogue | null>(null);

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
    if (messages.locale !== locale) void loadMessages(locale).then((m) => current && setMessages({ locale, messages: m }));
    return () => {
      current = false;
    };
  }, [locale, messages.locale]);

  useEffect(() => {
    let current = true;
    const shown = messages.locale;
    if (reasonsWanted && reasons?.locale !== shown) {
      loadReasons(shown).then(
        (m) => current && setReasons({ locale: shown, messages: m }),
        () => undefined, // offline: refusals stay said by their code
      );
    }
    return () => {
      current = false;
    };
  }, [reasonsWanted, reasons?.locale, messages.locale]);
  const needReasons = useCallback(() => setReasonsWanted(true), []);
  const shownMessages = useMemo(
    () => (reasons?.locale === messages.locale ? { ...messages.messages, ...reasons.messages } : messages.messages),
    [messages, reasons],
  );

  // The page's language and direction follow the catalogue shown, so text and layout change together.
  useEffect(() => {
    document.documentElement.lang = messages.locale;
    document.documentElement.dir = directionOf(messages.locale);
  }, [messages.locale]);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(CHOSEN, next);
    setLocaleState(next);
  }, []);
  const suggestLocale = useCallback((next: Locale) => {
    if (!localStorage.getItem(CHOSEN)) setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale, suggestLocale, needReasons }), [locale, setLocale, suggestLocale, needReasons]);

  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={messages.locale} messages={shownMessages} defaultLocale="en" onError={reportMissing}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/** A missing message is a bug the catalogue test should have caught: say so in the console only. */
function reportMissing(error: { code: string; message: string }): void {
  if (error.code !== 'MISSING_TRANSLATION') console.error(error.message);
}
