/** Unit tests: everything in src/shared, main modules against the one Electron mock. */
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { alias } from './vite.renderer.config';

export default defineConfig({
  resolve: { alias: { ...alias, electron: resolve(import.meta.dirname, 'tests/support/electron-mock.ts') } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
