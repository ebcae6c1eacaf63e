import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importedState, MAX_IMPORT_CHARS, parseExport, serializeExport, type ExportDocument } from '../../../src/shared/domain/export';
import { MAX_STATE_CHARS, toStoredDocument } from '../../../src/shared/domain/state-schema';
import type { ProgressEvent } from '../../../src/shared/domain/types';
import { defaultState } from '../../../src/shared/domain/defaults';
import { nestingDepth, parseJson } from '../../../src/shared/domain/safe-json';
import type { AppState } from '../../../src/shared/domain/types';

/** The item at `index`, which the test knows is there. */
const nth = <T>(list: readonly T[], index: number): T => {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};

const exampleText = readFileSync(join(import.meta.dirname, '../../fixtures/export-example.json'), 'utf8');
type Doc = Record<string, unknown> & Record<'accounts' | 'groups' | 'events' | 'evidence', Record<string, unknown>[]>;
const example = (): Doc => JSON.parse(exampleText) as Doc;
const parsedExample = (): ExportDocument => {
  const result = parseExport(exampleText);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
};
const errorsOf = (text: string): string => {
  const result = parseExport(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.errors.join('\n');
};
const OTHER = '11111111-1111-4111-8111-111111111111';

describe('parseExport', () => {
  it('reads the complete example (every event kind, groups, proof)', () => {
    const doc = parsedExample();
    expect(doc.accounts).toHaveLength(5);
    expect(new Set(doc.events.map((event) => event.kind)).size).toBe(7);
    expect(doc.evidence[0]?.files.map((file) => file.kind)).toEqual(['png', 'pdf', 'json']);
  });

  it('round-trips a state through serializeExport', () => {
    const { format: _f, version: _v, exportedAt: _e, ...parts } = parsedExample();
    const state: AppState = { ...parts, remindersSent: ['a'] };
    const text = serializeExport(state, new Date('2025-05-21T08:30:00Z'));
    const back = parseExport(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.exportedAt).toBe('2025-05-21T08:30:00.000Z');
    expect(importedState(back.value, state)).toEqual(state);
    expect(JSON.parse(text)).toEqual(JSON.parse(exampleText));
  });

  it('reads a format 1 file of an earlier version, migrated as the store file is', () => {
    const v1 = parseExport(readFileSync(join(import.meta.dirname, '../../fixtures/export-v1.json'), 'utf8'));
    expect(v1.ok).toBe(true);
    if (!v1.ok) return;
    const { exportedAt: _a, ...current } = parsedExample();
    const { exportedAt: _b, ...migrated } = v1.value;
    expect(migrated).toEqual(current);
  });

  it('exports an empty state that imports again', () => {
    expect(parseExport(serializeExport(defaultState())).ok).toBe(true);
  });

  it.each<[string, string, RegExp]>([
    ['malformed JSON', '{"format": "objector-export", ', /not valid JSON/],
    ['a truncated file', exampleText.slice(0, exampleText.length / 2), /not valid JSON \(it may be cut short/],
    ['an empty file', '', /empty/],
    ['only spaces', '  \n\t ', /empty/],
    ['a list', '[]', /must hold a JSON object/],
    ['a number', '42', /must hold a JSON object/],
    ['null', 'null', /must hold a JSON object/],
    ['another format', '{"format":"something-else","version":1}', /not an Objector export/],
    ['a store file', readFileSync(join(import.meta.dirname, '../../fixtures/store/v4.json'), 'utf8'), /not an Objector export/],
    ['a newer version', JSON.stringify({ ...example(), version: 3 }), /newer version of Objector \(format 3\)/],
    ['version 0', JSON.stringify({ ...example(), version: 0 }), /version: must be 1 or 2/],
    ['a version as text', JSON.stringify({ ...example(), version: '2' }), /version: must be 1 or 2/],
    [
      'a format 1 file with format 2 settings',
      JSON.stringify({ ...example(), version: 1 }),
      /settings\.catalogUpdates: is not expected here/,
    ],
    ['a missing part', JSON.stringify({ ...example(), events: undefined }), /events: is missing/],
    ['an unknown key', JSON.stringify({ ...example(), passwords: [] }), /passwords: is not expected here/],
    ['100,000 levels of nesting', '['.repeat(100_000) + ']'.repeat(100_000), /nested more than 64 levels/],
    ['100,000 open objects', '{"a":'.repeat(100_000), /nested more than 64 levels/],
  ])('refuses %s', (_name, text, expected) => {
    expect(errorsOf(text)).toMatch(expected);
  });

  it('refuses a file larger than anything the app exports, without parsing it', () => {
    const huge = `{"format":"objector-export","pad":"${'x'.repeat(MAX_IMPORT_CHARS)}"}`;
    expect(errorsOf(huge)).toMatch(/too large/);
  });

  it.each([
    '2025-02-30T10:00:00Z',
    '2025-04-31T10:00:00Z',
    '2025-02-29T10:00:00Z',
    '2025-05-20T24:00:00Z',
    '2025-05-20T10:60:00Z',
    '2025-05-20T10:00:60Z',
    '2025-05-20T10:00:00+24:00',
    '2025-13-01T10:00:00Z',
  ])('refuses %s: not a real calendar instant (Date.parse would roll it over)', (at) => {
    const doc = example();
    nth(doc.events, 0).at = at;
    expect(errorsOf(JSON.stringify(doc))).toMatch(/events\[0\]\.at: is not a real date and time/);
  });

  // 48 MB of JSON: run by `npm test`, not once per mutant by `npm run test:mutation`.
  it.skipIf(process.env.STRYKER_RUN === '1')(
    'reads an export of a state at the app’s own limit (the store refuses anything larger)',
    () => {
      const state = stateAtTheLimit();
      const stored = snapshotChars(state);
      expect(stored).toBeLessThanOrEqual(MAX_STATE_CHARS);
      expect(stored).toBeGreaterThan(MAX_STATE_CHARS * 0.98);
      const text = serializeExport(state, new Date('2026-12-01T10:00:00Z'));
      expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_CHARS);
      const parsed = parseExport(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.value.events).toHaveLength(state.events.length);
    },
    120_000,
  );

  it.each<[string, (doc: Doc) => void, RegExp]>([
    ['a duplicate account id', (d) => (nth(d.accounts, 1).id = nth(d.accounts, 0).id), /accounts\[1\]\.id: is used twice/],
    ['a duplicate event id', (d) => (nth(d.events, 2).id = nth(d.events, 0).id), /events\[2\]\.id: is used twice/],
    ['a duplicate group id', (d) => d.groups.push({ ...nth(d.groups, 0) }), /groups\[1\]\.id: is used twice/],
    ['a duplicate proof id', (d) => d.evidence.push({ ...nth(d.evidence, 0) }), /evidence\[1\]\.id: is used twice/],
    ['an event of an unknown account', (d) => (nth(d.events, 0).accountId = OTHER), /events\[0\]\.accountId: refers to an account/],
    ['an account in an unknown group', (d) => (nth(d.accounts, 0).groupId = OTHER), /accounts\[0\]\.groupId: refers to a group/],
    ['proof of an unknown account', (d) => (nth(d.evidence, 0).accountId = OTHER), /evidence\[0\]\.accountId: refers to an account/],
    ['an event naming unknown proof', (d) => (d.evidence = []), /events\[3\]\.evidenceId: refers to proof/],
    ['a bad hash', (d) => (nth(nth(d.evidence, 0).files as Record<string, unknown>[], 0).sha256 = 'zz'), /sha256/],
    ['an unknown event kind', (d) => (nth(d.events, 0).kind = 'hacked'), /events\[0\]\.kind: must be one of/],
    ['an account id that is not a UUID', (d) => (nth(d.accounts, 0).id = 'marie'), /accounts\[0\]\.id/],
  ])('refuses %s', (_name, change, expected) => {
    const doc = example();
    change(doc);
    expect(errorsOf(JSON.stringify(doc))).toMatch(expected);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the prototype-polluting key %s anywhere', (key) => {
    const top = exampleText.replace('{', `{"${key}": {"polluted": true},`);
    const inner = exampleText.replace('"settings": {', `"settings": {"${key}": {"polluted": true},`);
    expect(errorsOf(top)).toMatch(new RegExp(`forbidden key "${key}"`));
    expect(errorsOf(inner)).toMatch(/settings: has a forbidden key/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists several problems at once', () => {
    const doc = example();
    nth(doc.accounts, 0).email = 'nope';
    nth(doc.events, 0).at = 'yesterday';
    const errors = errorsOf(JSON.stringify(doc));
    expect(errors).toMatch(/accounts\[0\]\.email/);
    expect(errors).toMatch(/events\[0\]\.at/);
  });

  it('never throws, whatever it is given', () => {
    for (let end = 0; end <= exampleText.length; end += 7)
      expect(parseExport(exampleText.slice(0, end)).ok).toBe(end >= exampleText.length);
    const inputs: unknown[] = [undefined, null, 42, {}, [], Symbol('x')];
    for (const input of inputs) {
      expect(parseExport(input as string)).toEqual({
        ok: false,
        errors: ['The export must be a text.'],
        problems: [{ path: '', code: 'export-not-text' }],
      });
    }
    expect(parseExport('\u0000\u00ff\ud800').ok).toBe(false);
  });
});

describe('importedState', () => {
  it('takes everything from the file but keeps the reminders already shown here', () => {
    const current: AppState = { ...defaultState(), remindersSent: ['meta:before:7d'] };
    const next = importedState(parsedExample(), current);
    expect(next.remindersSent).toEqual(['meta:before:7d']);
    expect(next.accounts).toHaveLength(5);
    expect(next.settings.locale).toBe('fr');
  });
});

describe('safe JSON', () => {
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestingDepth('{"a":"[[[{{{\\"[[["}')).toBe(1);
    expect(nestingDepth('[[1],[[2]]]')).toBe(3);
  });

  it('strips a byte order mark', () => {
    expect(parseJson('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});

/** The compact store document's length: what the desktop store weighs a state by. */
function snapshotChars(state: AppState): number {
  return JSON.stringify(toStoredDocument(state)).length;
}

/** A state just under MAX_STATE_CHARS: one account with as many (small, so most overhead per record) events as fit. */
function stateAtTheLimit(): AppState {
  const accountId = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
  const base: AppState = {
    ...defaultState(),
    accounts: [
      {
        id: accountId,
        platform: 'facebook',
        label: 'Marie',
        email: null,
        groupId: null,
        campaignIds: ['meta-ai-training-eu-2025'],
        createdAt: '2025-04-01T08:00:00.000Z',
      },
    ],
  };
  const sample = (n: number): ProgressEvent => ({
    id: `${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
    accountId,
    campaignId: 'meta-ai-training-eu-2025',
    at: '2025-04-01T08:00:00.000Z',
    kind: 'form-opened',
  });
  const per = JSON.stringify(sample(0)).length + 1;
  const count = Math.floor((MAX_STATE_CHARS - snapshotChars(base)) / per) - 10;
  const events = Array.from({ length: count }, (_, n) => sample(n));
  return { ...base, events };
}
