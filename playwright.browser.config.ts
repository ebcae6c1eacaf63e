/**
 * Browser tests: the built renderer, served on 127.0.0.1 with the browser backend, in Chromium.
 * Chromium comes from CHROMIUM_PATH, else Debian's /usr/bin/chromium when present, else the one
 * Playwright installs (`npx playwright install chromium`).
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

export default defineConfig({
  testDir: 'tests/browser',
  globalSetup: './tests/support/browser-global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.cache/results/browser.json' }]],
  use: {
    launchOptions: chromiumLaunchOptions(),
    baseURL: process.env.OBJECTOR_WEB_URL,
    trace: 'off',
  },
});
