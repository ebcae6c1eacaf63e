/**
 * The unit suite as StrykerJS runs it (`npm run test:mutation`): one project, one time zone, and
 * `pool: 'forks'` (Stryker's vitest runner needs a process per worker). Not part of `npm test`.
 */
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { alias } from './vite.renderer.config';

// Forks inherit the environment: the zone must be set before they start (test.env is too late for
// Intl's cached zone in a fresh process on some Node versions).
process.env.TZ = 'Europe/Paris';

export default defineConfig({
  resolve: { alias: { ...alias, electron: resolve(import.meta.dirname, 'tests/support/electron-mock.ts') } },
  test: {
    environment: 'node',
    restoreMocks: true,
    testTimeout: 60_000,
    pool: 'forks',
    // STRYKER_TESTS narrows a run to the tests of the file being mutated (comma-separated paths).
    include: process.env.STRYKER_TESTS?.split(',') ?? ['tests/unit/**/*.test.ts'],
    // Child processes and mounts: too slow to run once per mutant (they run in `npm test`).
    exclude: ['tests/unit/packaging/**', 'tests/unit/main/store-crash.test.ts', 'tests/unit/main/store-root.test.ts'],
    env: { TZ: 'Europe/Paris', STRYKER_RUN: '1' },
  },
});
