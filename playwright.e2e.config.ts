/** Electron end-to-end tests: launch the built app with Playwright's `_electron`. */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.cache/results/e2e.json' }]],
});
