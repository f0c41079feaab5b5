import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { CHOSEN_LOCALE as CHOSEN, directionOf, pickLocale, type Locale } from '../i18n/locales';
import { loadMessages, loadReasons, loadWorkspaceMessages } from '../i18n/messages';
import { session } from '../session/session-store';

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A language the page knows fits (an invitation's): used unless this device chose one; not remembered. */
  suggestLocale: (locale: Locale) => void;
  /** Loads the refusal reasons' sentences (once something is refused); until then a refusal is said by its code. */
  needReasons: () => void;
  /** Whether what signed-in people's pages say has arrived (it loads once there is a session). */
  workspaceReady: boolean;
}

const LocaleContext = createContext<LocaleContextValue>({
  locale: 'en',
  setLocale: () => undefined,
  suggestLocale: () => undefined,
  needReasons: () => undefined,
  workspaceReady: false,
});
export const useLocale = () => useContext(LocaleContext);

export interface Catalogue {
  locale: Locale;
  messages: Record<string, string>;
  /** The workspaces' messages, when main.tsx loaded them (a session was being resumed). */
  workspace?: Record<string, string> | null;
}

/** A session is there or being resumed: its pages' messages are wanted. */
const hasSession = () => session.state.status !== 'anonymous';

/**
 * The interface language: chosen on this device, else the account's, else the browser's. Starts
 * with the catalogue main.tsx loaded beside the app; loads another when the language changes.
 */
export function LocaleProvider({ initial, children }: { initial: Catalogue; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initial.locale);
  const [messages, setMessages] = useState<Catalogue>({ locale: initial.locale, messages: initial.messages });
  const [workspaceWanted, setWorkspaceWanted] = useState(hasSession);
  const [workspace, setWorkspace] = useState<Catalogue | null>(initial.workspace ? { locale: initial.locale, messages: initial.workspace } : null);
  const [reasonsWanted, setReasonsWanted] = useState(false);
  const [reasons, setReasons] = useState<Catalogue | null>(null);

  // Once signed in, the account's language applies unless this device chose one.
  useEffect(
    () =>
      session.subscribe(() => {
        if (hasSession()) setWorkspaceWanted(true);
        const account = session.state.user?.preferredLanguage;
        if (account && !localStorage.getItem(CHOSEN)) setLocaleState(pickLocale(null, account, navigator.languages));
      }),
    [],
  );

  // A new language: its catalogue, with the workspaces' when wanted, shown together.
  useEffect(() => {
    let current = true;
    if (messages.locale !== locale) {
      // The workspaces' part failing (offline) must not hold the language back: it is asked again below.
      const workspacePart = workspaceWanted ? loadWorkspaceMessages(locale).catch(() => null) : null;
      void Promise.all([loadMessages(locale), workspacePart]).then(([m, w]) => {
        if (!current) return;
        setMessages({ locale, messages: m });
        if (w) setWorkspace({ locale, messages: w });
      });
    }
    return () => {
      current = false;
    };
  }, [locale, messages.locale, workspaceWanted]);

  // Signed in after the start: the workspaces' messages of the language shown.
  useEffect(() => {
    let current = true;
    const shown = messages.locale;
    if (workspaceWanted && messages.locale === locale && workspace?.locale !== shown) {
      loadWorkspaceMessages(shown).then(
        (w) => current && setWorkspace({ locale: shown, messages: w }),
        // Offline: the signed-in pages show rather than wait for ever (their words by id until a reload).
        () => current && setWorkspace({ locale: shown, messages: {} }),
      );
    }
    return () => {
      current = false;
    };
  }, [workspaceWanted, workspace?.locale, messages.locale, locale]);

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
  const workspaceReady = workspace?.locale === messages.locale;
  const shownMessages: Catalogue['messages'] = useMemo(
    () => ({
      ...messages.messages,
      ...(workspace?.locale === messages.locale ? workspace.messages : {}),
      ...(reasons?.locale === messages.locale ? reasons.messages : {}),
    }),
    [messages, workspace, reasons],
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
  const value = useMemo(
    () => ({ locale, setLocale, suggestLocale, needReasons, workspaceReady }),
    [locale, setLocale, suggestLocale, needReasons, workspaceReady],
  );

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
