import type { Locale } from './locales';

/**
 * Message catalogues: one JSON file per feature and language under messages/<locale>/. A person
 * downloads only their language's files (one chunk per locale, see vite.config.ts), and the
 * refusal reasons only once something is refused.
 * catalogues.test.ts keeps the six languages in step and every key used.
 */

/** Every key of the English catalogues: the ids the code may use. */
export type MessageId =
  | keyof typeof import('./messages/en/common.json')
  | keyof typeof import('./messages/en/home.json')
  | keyof typeof import('./messages/en/home-workspace.json')
  | keyof typeof import('./messages/en/identity.json')
  | keyof typeof import('./messages/en/needs.json')
  | keyof typeof import('./messages/en/needs-workspace.json')
  | keyof typeof import('./messages/en/imports-workspace.json')
  | keyof typeof import('./messages/en/offers.json')
  | keyof typeof import('./messages/en/offers-workspace.json')
  | keyof typeof import('./messages/en/criteria-workspace.json')
  | keyof typeof import('./messages/en/donors.json')
  | keyof typeof import('./messages/en/proposals.json')
  | keyof typeof import('./messages/en/proposals-workspace.json')
  | keyof typeof import('./messages/en/compiler-workspace.json')
  | keyof typeof import('./messages/en/meetings-workspace.json')
  | keyof typeof import('./messages/en/admin-workspace.json')
  | keyof typeof import('./messages/en/matching.json')
  | keyof typeof import('./messages/en/matching-workspace.json')
  | keyof typeof import('./messages/en/meetings.json')
  | keyof typeof import('./messages/en/dashboards.json')
  | keyof typeof import('./messages/en/open-data.json')
  | keyof typeof import('./messages/en/notifications.json')
  | keyof typeof import('./messages/en/moderation-workspace.json')
  | keyof typeof import('./messages/en/refusals.json');

// Three chunks per locale (vite.config.ts): the interface; what only signed-in people's pages say
// (`*-workspace.json`), loaded for a session only; the refusal reasons (several times the rest in
// size), loaded the first time something is refused.
const loaders = import.meta.glob<Record<string, string>>(['./messages/*/*.json', '!./messages/*/refusals.json', '!./messages/*/*-workspace.json'], {
  import: 'default',
});
const workspaceLoaders = import.meta.glob<Record<string, string>>('./messages/*/*-workspace.json', { import: 'default' });
const reasonLoaders = import.meta.glob<Record<string, string>>('./messages/*/refusals.json', { import: 'default' });

async function load(from: typeof loaders, locale: Locale): Promise<Record<string, string>> {
  const parts = await Promise.all(
    Object.entries(from)
      .filter(([path]) => path.startsWith(`./messages/${locale}/`))
      .map(([, load]) => load()),
  );
  return Object.assign({}, ...parts) as Record<string, string>;
}

/** The interface's messages in `locale`: every catalogue but the workspaces' and the refusals. */
export const loadMessages = (locale: Locale) => load(loaders, locale);

/** What only signed-in people's pages say, in `locale`. */
export const loadWorkspaceMessages = (locale: Locale) => load(workspaceLoaders, locale);

/** The sentences of the api's refusal reasons (`reason.*`) in `locale`. */
export const loadReasons = (locale: Locale) => load(reasonLoaders, locale);

declare global {
  // react-intl types message ids through this global namespace: ids become checked at compile time.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
