// Lint: type-aware typescript-eslint, zero warnings, and the layer rules of docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const ipcBan = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Only src/main/ipc/handle.ts and src/preload/index.ts touch raw IPC: use handle()/broadcast() or the preload api.',
};

const layer = (paths, patterns) => ['error', { paths, patterns }];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.cache/**', 'dist/**', 'docs/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.shared.json', './tsconfig.node.json', './tsconfig.web.json', './tsconfig.tests.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/consistent-type-definitions': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-invalid-void-type': 'off',
      '@typescript-eslint/prefer-nullish-coalescing': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': layer([ipcBan], []),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        [{ name: 'electron', message: 'src/shared is pure: no Electron.' }],
        [
          {
            group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url'],
            message: 'src/shared is pure: no Node built-ins.',
          },
          { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared depends on nothing else in src.' },
        ],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require'],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': layer(
        [{ name: 'electron', message: 'The renderer reaches the world only through the typed api.' }],
        [
          { group: ['node:*'], message: 'The renderer runs in a sandbox: no Node.' },
          { group: ['**/main/**', '**/preload/**'], message: 'The renderer imports only src/shared and its own files.' },
        ],
      ),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        [ipcBan],
        [{ group: ['**/renderer/**', '**/preload/**'], message: 'main imports src/shared and its own files only.' }],
      ),
    },
  },
  {
    files: ['src/main/ipc/handle.ts', 'src/preload/index.ts', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.ts', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/support/electron-mock.ts'],
    rules: { '@typescript-eslint/no-empty-function': 'off', '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['tests/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
