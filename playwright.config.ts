import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests of the web app (apps/web/e2e/*.pw.ts): Debian's chromium against the real api,
 * worker, PostgreSQL and Redis, started by the global setup from the build (`npm run build`
 * first). Named *.pw.ts so that jest never picks them up.
 */
const port = Number(process.env.WEB_TEST_PORT ?? 3399);

export default defineConfig({
  testDir: 'apps/web/e2e',
  testMatch: '*.pw.ts',
  globalSetup: './apps/web/e2e/support/global-setup.ts',
  outputDir: 'test-results',
  // Two cores: the browser mostly waits on the api and its worker, so two at a time.
  workers: Number(process.env.PLAYWRIGHT_WORKERS ?? 2),
  fullyParallel: true,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  // Generous for a shared machine; a passing test never waits for them.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Zurich',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    // No transitions to wait for (Mantine's menus and dialogs follow the preference).
    reducedMotion: 'reduce',
    // Kept for failures only; DOM snapshots without the screencast, which costs a core here.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: false },
    screenshot: 'only-on-failure',
  },
});
