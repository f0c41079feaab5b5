import '@mantine/core/styles.css';
import './app/app.css';
import { graphQLClientFor } from './app/graphql-client';
import { prefetchPage, preloadPage } from './app/pages';
import { startLocale } from './i18n/locales';
import { loadMessages, loadWorkspaceMessages } from './i18n/messages';
import { session } from './session/session-store';

/**
 * The start, kept small: it asks at once, in parallel, for the app (React, Mantine, the shell),
 * the reader's catalogue and the page of the address (and, for a visitor, the page's first query),
 * and resumes the session meanwhile: one round of requests instead of four in a row (issue 12's
 * performance targets, docs/PERFORMANCE.md).
 */
const locale = startLocale();
void session.resume();
// A visitor's reader is known at once (no session to resume): ask the page's data first (its few
// small files must not queue behind the large ones: chromium fetches six at a time).
const asked = session.state.status === 'anonymous' ? prefetchPage(graphQLClientFor('anonymous'), location, locale) : Promise.resolve();
// A session being resumed will show its workspace: its messages come in the same round.
const workspace = session.state.status !== 'anonymous' ? loadWorkspaceMessages(locale).catch(() => null) : null;
const app = Promise.all([import('./app/mount'), loadMessages(locale), workspace, preloadPage(location.pathname)]);
// Once that has left, while the rest arrives: the browser loads its locale data on the first Intl
// call (tens of ms), which react-intl would otherwise make in the middle of the first render.
void asked.then(() => {
  Intl.NumberFormat.supportedLocalesOf(locale);
  Intl.DateTimeFormat.supportedLocalesOf(locale);
});
app.then(
  ([{ mount }, messages, workspaceMessages]) => mount(document.getElementById('root')!, { locale, messages, workspace: workspaceMessages }),
  (error: unknown) => {
    // The app itself could not arrive (offline, or a deployment replaced its files): index.html
    // holds the only words that can still be shown.
    console.error(error);
    document.getElementById('boot-error')?.removeAttribute('hidden');
  },
);
