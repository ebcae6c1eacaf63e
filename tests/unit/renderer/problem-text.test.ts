/** Import problems in every language: each code has its words, the path stays the file's own. */
import { describe, expect, it } from 'vitest';
import { problemText } from '../../../src/renderer/settings/problem-text';
import { englishProblem, type Problem } from '../../../src/shared/problems';
import { parseExport } from '../../../src/shared/domain/export';
import { loadMessages } from '../../../src/shared/i18n/load';
import { LOCALES, intlTag, type Locale } from '../../../src/shared/i18n/locale';

/** One problem of every code. */
const EVERY_PROBLEM: readonly Problem[] = [
  { path: 'a', code: 'not-text', got: 'list' },
  { path: 'a', code: 'not-number', got: 'text', shown: '"x"' },
  { path: 'a', code: 'not-boolean', got: 'null' },
  { path: 'a', code: 'not-list', got: 'object' },
  { path: 'a', code: 'not-object', got: 'number' },
  { path: 'a', code: 'text-empty' },
  { path: 'a', code: 'not-whole' },
  { path: 'a', code: 'too-deep' },
  { path: 'a.b', code: 'unexpected-key' },
  { path: 'a', code: 'not-instant' },
  { path: 'a', code: 'not-empty' },
  { path: 'a', code: 'not-valid' },
  { path: 'a', code: 'text-short', min: 64 },
  { path: 'a', code: 'list-short', min: 1 },
  { path: 'a', code: 'text-long', max: 200 },
  { path: 'a', code: 'list-long', max: 5 },
  { path: 'a', code: 'map-large', max: 22 },
  { path: 'a', code: 'number-min', min: 0 },
  { path: 'a', code: 'number-max', max: 50 },
  ...(['id', 'instant', 'email', 'campaign-id', 'file-name', 'sha256', 'other'] as const).map((form): Problem => ({
    path: 'a',
    code: 'text-form',
    form,
    english: 'has an unexpected form',
  })),
  { path: 'a', code: 'not-one-of', values: ['en', 'fr', 'system'], got: 'text', shown: '"xx"' },
  { path: 'a.kind', code: 'unknown-kind', values: ['submitted', 'confirmed-by-email'], got: 'text' },
  { path: 'a', code: 'forbidden-key', key: '__proto__' },
  { path: 'a.b', code: 'missing', expected: 'a text' },
  { path: 'a', code: 'rule', english: 'must be https' },
  { path: '', code: 'note', english: 'schemaVersion: is missing' },
  { path: '', code: 'more-problems' },
  { path: 'accounts[1].id', code: 'duplicate-id', id: '3f2c' },
  { path: 'accounts[0].groupId', code: 'unknown-group' },
  { path: 'events[0].accountId', code: 'unknown-account' },
  { path: 'events[0].evidenceId', code: 'unknown-proof' },
  { path: '', code: 'file-too-large', mb: 20 },
  { path: '', code: 'file-too-deep', depth: 64 },
  { path: '', code: 'file-empty' },
  { path: '', code: 'not-a-file' },
  { path: '', code: 'file-not-text' },
  { path: '', code: 'not-export-object' },
  { path: '', code: 'export-not-text' },
  { path: '', code: 'browser-not-saved' },
  { path: '', code: 'not-json', detail: 'Unexpected end of JSON input' },
  { path: '', code: 'file-unreadable', detail: 'EACCES' },
  { path: '', code: 'import-not-saved', detail: 'ENOSPC' },
  { path: '', code: 'not-export', expected: 'objector-export' },
  { path: '', code: 'export-too-new', version: 9, supported: 1 },
  { path: '', code: 'export-version', readable: [1, 2] },
];

describe.each(LOCALES)('import problems in %s', (locale: Locale) => {
  it('are words of the language for every code, with the path kept and no English detail leaking', async () => {
    const messages = await loadMessages(locale);
    for (const problem of EVERY_PROBLEM) {
      const text = problemText(problem, messages, intlTag(locale));
      expect(text.trim(), problem.code).not.toBe('');
      expect(text, problem.code).not.toMatch(/[{}]|undefined/);
      if (problem.path !== '') expect(text.startsWith(problem.path), problem.code).toBe(true);
      if ('detail' in problem) expect(text).not.toContain(problem.detail);
      if (locale !== 'en' && problem.code !== 'more-problems') expect(text, problem.code).not.toBe(englishProblem(problem));
    }
  });

  it('names the allowed values as the language lists alternatives', async () => {
    const messages = await loadMessages(locale);
    const or = new Intl.ListFormat(intlTag(locale), { type: 'disjunction' }).format(['en', 'fr', 'system']);
    expect(
      problemText({ path: 'settings.locale', code: 'not-one-of', values: ['en', 'fr', 'system'], got: 'text' }, messages, intlTag(locale)),
    ).toContain(or);
  });
});

describe('a real bad export', () => {
  it('gives the same problems in English words and as codes', async () => {
    const parsed = parseExport(JSON.stringify({ format: 'objector-export', version: 1, exportedAt: 'yesterday' }));
    if (parsed.ok) throw new Error('a bad export was accepted');
    expect(parsed.errors).toEqual(parsed.problems.map(englishProblem));
    expect(parsed.errors).toContain('exportedAt: must be a date and time like 2025-05-26T22:00:00Z');
    const fr = await loadMessages('fr');
    const lines = parsed.problems.map((problem) => problemText(problem, fr, 'fr-FR'));
    expect(lines).toContain('exportedAt\u202f: doit être une date et une heure comme 2025-05-26T22:00:00Z');
  });
});
