/**
 * Unit tests: everything in src/shared, main modules against the one Electron mock. The shared
 * suite runs again under two other time zones (one each side of UTC, both with DST), so no rule
 * depends on the machine's zone.
 */
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { alias, icuMessages } from './vite.renderer.config';

const shared = ['tests/unit/shared/**/*.test.ts'];

export default defineConfig({
  plugins: [icuMessages()],
  resolve: { alias: { ...alias, electron: resolve(import.meta.dirname, 'tests/support/electron-mock.ts') } },
  test: {
    environment: 'node',
    restoreMocks: true,
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], env: { TZ: 'Europe/Paris' } } },
      { extends: true, test: { name: 'tz-auckland', include: shared, env: { TZ: 'Pacific/Auckland' } } },
      { extends: true, test: { name: 'tz-new-york', include: shared, env: { TZ: 'America/New_York' } } },
    ],
  },
});
