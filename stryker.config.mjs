// @ts-check
/**
 * Mutation testing (`npm run test:mutation`, not part of `npm test`): StrykerJS with its vitest
 * runner over the files whose tests must bite. Slow: run one file at a time while working,
 * `npm run test:mutation -- --mutate src/shared/domain/status.ts`. Scores are in docs/testing.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/shared/domain/navigation.ts',
    'src/shared/catalog/safe-pattern.ts',
    'src/shared/domain/status.ts',
    'src/shared/domain/reducer.ts',
    'src/shared/domain/detection.ts',
    'src/shared/domain/reminders.ts',
    'src/shared/domain/safe-json.ts',
    'src/shared/domain/countdown.ts',
    'src/shared/domain/migrations.ts',
    'src/shared/domain/export.ts',
    'src/main/state/store-files.ts',
    'src/main/guide/account-guard.ts',
    'src/main/state/store.ts',
  ],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: process.env.STRYKER_REPORT ?? '.cache/mutation/mutation.json' },
  htmlReporter: { fileName: '.cache/mutation/mutation.html' },
  tempDirName: process.env.STRYKER_TEMP ?? '.cache/stryker-tmp',
  concurrency: 1,
  timeoutMS: 20_000,
  cleanTempDir: 'always',
};
