/**
 * The export file, exactly (issue 14, step 7: tests that bite): the text a person opens (one
 * record per line), each envelope refusal with its values, format 1 read as today's, and the
 * import limit (the 48 MB test in export.test.ts checks a real state at that limit).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportDocument,
  IMPORT_JSON_LIMITS,
  importedState,
  MAX_IMPORT_CHARS,
  parseExport,
  serializeExport,
} from '../../../src/shared/domain/export';
import { MAX_STATE_CHARS, STATE_LIMITS } from '../../../src/shared/domain/state-schema';
import { defaultState } from '../../../src/shared/domain/defaults';
import type { AppState } from '../../../src/shared/domain/types';

const fixtures = join(import.meta.dirname, '../../fixtures');
const exampleText = readFileSync(join(fixtures, 'export-example.json'), 'utf8');
const example = (): Record<string, unknown> => JSON.parse(exampleText) as Record<string, unknown>;
const problemsOf = (text: string): unknown => {
  const result = parseExport(text);
  return result.ok ? 'accepted' : result.problems;
};
const AT = new Date('2025-05-21T08:30:00Z');

describe('serializeExport: the text a person opens', () => {
  it('writes an empty state as short empty lists', () => {
    const state = defaultState();
    expect(serializeExport(state, AT)).toBe(
      [
        '{',
        '  "format": "objector-export",',
        '  "version": 2,',
        '  "exportedAt": "2025-05-21T08:30:00.000Z",',
        '  "accounts": [],',
        '  "groups": [],',
        '  "events": [],',
        `  "settings": ${JSON.stringify(state.settings)},`,
        '  "evidence": []',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes one record per line, indented, in the order of the state', () => {
    const parsed = parseExport(exampleText);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { format: _f, version: _v, exportedAt: _e, ...parts } = parsed.value;
    const state: AppState = { ...parts, remindersSent: [] };
    const lines = serializeExport(state, AT).split('\n');
    const block = (name: string, records: readonly unknown[]): string[] => [
      `  "${name}": [`,
      ...records.map((record, i) => `    ${JSON.stringify(record)}${i < records.length - 1 ? ',' : ''}`),
      '  ],',
    ];
    expect(lines).toEqual([
      '{',
      '  "format": "objector-export",',
      '  "version": 2,',
      '  "exportedAt": "2025-05-21T08:30:00.000Z",',
      ...block('accounts', state.accounts),
      ...block('groups', state.groups),
      ...block('events', state.events),
      `  "settings": ${JSON.stringify(state.settings)},`,
      ...block('evidence', state.evidence).map((line) => (line === '  ],' ? '  ]' : line)),
      '}',
      '',
    ]);
  });

  it('stamps the export with the current time when no clock is given', () => {
    const before = Date.now();
    const parsed = parseExport(serializeExport(defaultState()));
    const after = Date.now();
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const at = Date.parse(parsed.value.exportedAt);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);
  });

  it('exportDocument holds exactly the envelope and the state’s records, not the reminders shown', () => {
    const state: AppState = { ...defaultState(), remindersSent: ['meta:before:7d'] };
    expect(exportDocument(state, AT)).toStrictEqual({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2025-05-21T08:30:00.000Z',
      accounts: state.accounts,
      groups: state.groups,
      events: state.events,
      settings: state.settings,
      evidence: state.evidence,
    });
    expect({ EXPORT_FORMAT, EXPORT_VERSION }).toEqual({ EXPORT_FORMAT: 'objector-export', EXPORT_VERSION: 2 });
  });
});

describe('parseExport: the envelope', () => {
  it.each<[string, unknown, unknown]>([
    ['a list', [], [{ path: '', code: 'not-export-object' }]],
    ['a text', 'objector-export', [{ path: '', code: 'not-export-object' }]],
    ['null', null, [{ path: '', code: 'not-export-object' }]],
    ['no format', { version: 2 }, [{ path: '', code: 'not-export', expected: 'objector-export' }]],
    ['another format', { format: 'objector-store', version: 2 }, [{ path: '', code: 'not-export', expected: 'objector-export' }]],
    ['format 3', { format: EXPORT_FORMAT, version: 3 }, [{ path: '', code: 'export-too-new', version: 3, supported: 2 }]],
    ['format 30', { format: EXPORT_FORMAT, version: 30 }, [{ path: '', code: 'export-too-new', version: 30, supported: 2 }]],
    ['format 2.5', { format: EXPORT_FORMAT, version: 2.5 }, [{ path: '', code: 'export-version', readable: [1, 2] }]],
    ['format 0', { format: EXPORT_FORMAT, version: 0 }, [{ path: '', code: 'export-version', readable: [1, 2] }]],
    ['format "2"', { format: EXPORT_FORMAT, version: '2' }, [{ path: '', code: 'export-version', readable: [1, 2] }]],
    ['no version', { format: EXPORT_FORMAT }, [{ path: '', code: 'export-version', readable: [1, 2] }]],
  ])('refuses %s with one problem about the whole file', (_name, doc, problems) => {
    expect(problemsOf(JSON.stringify(doc))).toEqual(problems);
  });

  it('reads format 2 with the format 2 schema and format 1 with its own', () => {
    expect(parseExport(exampleText).ok).toBe(true);
    const v1 = readFileSync(join(fixtures, 'export-v1.json'), 'utf8');
    const parsed = parseExport(v1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.version).toBe(2);
    expect(parsed.value.settings).toMatchObject({ catalogUpdates: 'ask', appUpdates: 'ask', recheckReminders: true, country: null });
    for (const record of parsed.value.evidence) expect(record.origin).toBe('page');
    // A format 1 file with a format 2 proof record is refused (its records have no origin).
    const withOrigin = JSON.parse(v1) as { evidence: Record<string, unknown>[] };
    withOrigin.evidence = withOrigin.evidence.map((record) => ({ ...record, origin: 'page' }));
    expect(JSON.stringify(problemsOf(JSON.stringify(withOrigin)))).toMatch(/evidence\[0\]\.origin/);
    // A format 2 file without the format 2 settings is refused.
    const doc = example();
    const { catalogUpdates: _c, ...settings } = doc.settings as Record<string, unknown>;
    expect(JSON.stringify(problemsOf(JSON.stringify({ ...doc, settings })))).toMatch(/settings\.catalogUpdates/);
  });

  it('refuses a file that is not a text, with a structured problem and its English', () => {
    expect(parseExport(42 as unknown as string)).toStrictEqual({
      ok: false,
      errors: ['The export must be a text.'],
      problems: [{ path: '', code: 'export-not-text' }],
    });
  });

  it('refuses broken links with their problems only', () => {
    const doc = example() as { events: Record<string, unknown>[] };
    doc.events = doc.events.map((event, i) => (i === 0 ? { ...event, accountId: '11111111-1111-4111-8111-111111111111' } : event));
    const problems = problemsOf(JSON.stringify(doc)) as { path: string }[];
    expect(problems.map((problem) => problem.path)).toEqual(['events[0].accountId']);
  });
});

describe('the import limit', () => {
  it('is the largest state plus six characters for each record the app may keep and a 64 KiB envelope', () => {
    const records = STATE_LIMITS.accounts + STATE_LIMITS.groups + STATE_LIMITS.events + STATE_LIMITS.evidence;
    expect(MAX_IMPORT_CHARS).toBe(MAX_STATE_CHARS + 6 * records + 64 * 1024);
    expect(IMPORT_JSON_LIMITS).toEqual({ maxChars: MAX_IMPORT_CHARS, maxDepth: 64 });
  });

  it('refuses one character over the limit as too large (in whole MB), before parsing', () => {
    const over = 'x'.repeat(MAX_IMPORT_CHARS + 1);
    expect(problemsOf(over)).toEqual([{ path: '', code: 'file-too-large', mb: Math.round(MAX_IMPORT_CHARS / (1024 * 1024)) }]);
    // At the limit, the text is parsed (and refused as what it is: not JSON).
    expect(problemsOf(over.slice(1))).toMatchObject([{ path: '', code: 'not-json' }]);
  });
});

describe('importedState', () => {
  it('takes every record and the settings from the file, and keeps only this computer’s reminders', () => {
    const parsed = parseExport(exampleText);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const current: AppState = { ...defaultState(), remindersSent: ['here'] };
    expect(importedState(parsed.value, current)).toStrictEqual({
      accounts: parsed.value.accounts,
      groups: parsed.value.groups,
      events: parsed.value.events,
      evidence: parsed.value.evidence,
      settings: parsed.value.settings,
      remindersSent: ['here'],
    });
  });
});
