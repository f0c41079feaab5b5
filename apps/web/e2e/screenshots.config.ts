import { defineConfig } from '@playwright/test';
import base from '../../../playwright.config';

/**
 * `npm run web:screenshots` (scripts/screenshots.mjs): the same server as the browser tests
 * (global setup), one worker, writing docs/screenshots/*.png. Paths here are relative to this file.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.shots.ts',
  globalSetup: './support/global-setup.ts',
  outputDir: '../../../test-results/screenshots',
  workers: 1,
  fullyParallel: false,
});
