import { defineConfig } from 'vite';

/**
 * The web app. Built into dist/web, which the api serves on its own port (apps/api/src/web-app.ts).
 * JSX is compiled by Vite's own Oxc transform (no React plugin: its optional Babel peers do not
 * resolve with this tree). In development `npm run dev:web` proxies the api from API_URL.
 */
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
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
            // One chunk per locale's catalogues: a reader downloads only their language.
            { debugName: 'messages', name: (id: string) => /i18n\/messages\/([a-z]{2})\//.exec(id)?.[1] ? `messages-${/i18n\/messages\/([a-z]{2})\//.exec(id)![1]}` : null, test: /i18n\/messages\// },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/health': api,
      '/admin': api,
      '/notifications/unsubscribe': api,
    },
  },
});
