import { parse } from '@formatjs/icu-messageformat-parser';
import { defineConfig, type Plugin } from 'vite';

/**
 * The web app. Built into dist/web, which the api serves on its own port (apps/api/src/web-app.ts).
 * JSX is compiled by Vite's own Oxc transform (no React plugin: its optional Babel peers do not
 * resolve with this tree). In development `npm run dev:web` proxies the api from API_URL.
 */
const api = process.env.API_URL ?? 'http://localhost:3000';

function catalogueChunk(id: string): string | null {
  const [, locale, feature] = /i18n\/messages\/([a-z]{2})\/([a-z-]+)\.json/.exec(id) ?? [];
  if (!locale) return null;
  if (feature === 'refusals') return `reasons-${locale}`;
  return feature.endsWith('-workspace') ? `workspace-${locale}` : `messages-${locale}`;
}

/**
 * The catalogues are written as ICU strings and shipped parsed (react-intl's "pre-compiled"
 * messages): the browser neither downloads the ICU parser (aliased to its no-parser entry below)
 * nor parses every message at run time. Runs before Vite's JSON plugin, which then makes the module.
 */
const catalogueAst: Plugin = {
  name: 'gis:catalogue-ast',
  enforce: 'pre',
  transform(code, id) {
    if (!/i18n\/messages\/[a-z]{2}\/[a-z-]+\.json$/.test(id)) return null;
    const messages = JSON.parse(code) as Record<string, string>;
    return { code: JSON.stringify(Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, parse(text)]))), map: null };
  },
};

/**
 * Mantine and its helpers, but not the components only some signed-in or detail pages use: those
 * stay in chunks of their own pages, so the public lists do not download them.
 */
const PAGE_ONLY_MANTINE =
  /@mantine\/core\/esm\/components\/(Accordion|Blockquote|Checkbox|Divider|FloatingIndicator|List|Loader|NumberInput|Paper|PasswordInput|Progress|Radio|SegmentedControl|Select|SimpleGrid|Tabs|Textarea)\//;
function shellMantine(id: string): boolean {
  return (
    /node_modules\/(@mantine|@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-sidecar|use-callback-ref|get-nonce|tslib|detect-node-es|clsx)\//.test(
      id,
    ) &&
    !id.endsWith('.css') && // the stylesheet is the page's <link>, not a script's import
    !PAGE_ONLY_MANTINE.test(id)
  );
}

export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [catalogueAst],
  resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: {
      // Mantine marks its modules "use client" (a server-components hint that means nothing here).
      onwarn: (warning, warn) => warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warn(warning),
      output: {
        codeSplitting: {
          groups: [
            // One chunk per locale's catalogues: a reader downloads only their language; the
            // refusal reasons apart (reasons-<locale>), loaded only once something is refused.
            { debugName: 'catalogues', name: catalogueChunk, test: /i18n\/messages\// },
            // What main.tsx needs to start, apart: it must not wait for React or Mantine to arrive.
            {
              name: 'start',
              test: /apps\/web\/src\/(app\/(pages|prefetch|graphql-client)|i18n\/(locales|messages)|session\/session-store|identity\/session\.generated)\.ts$/,
              priority: 20,
            },
            // Libraries in a few stable chunks rather than dozens of small shared ones: chromium
            // fetches six files at a time from one host over HTTP/1.1, so file count costs time.
            // React with its bindings (urql's hooks, the router); the GraphQL core apart from React, so
            // the start (main.tsx, the session) runs before React and Mantine have even arrived.
            { name: 'react', test: /node_modules\/(react|react-dom|scheduler|urql|wouter|regexparam|use-sync-external-store)\//, priority: 10 },
            { name: 'mantine', test: shellMantine, priority: 10 },
            { name: 'intl', test: /node_modules\/(react-intl|@formatjs|intl-messageformat)\//, priority: 10 },
            // The app's own shared pieces (states of a page, money, labels, filters) in one chunk too;
            // not the confirmation dialog, which only signed-in pages' steps ask (it goes with them).
            {
              name: 'common',
              test: /apps\/web\/src\/(common\/(?!ConfirmDialog)|reference\/|session\/memberships\.|i18n\/(format|families|labels)\.)/,
              priority: 5,
            },
            { name: 'graphql', test: /node_modules\/(@urql|wonka|@0no-co)\//, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/health': api,
      '/admin/queues': api,
      '/notifications/unsubscribe': api,
    },
  },
});
