/**
 * One store file, read and checked, and put aside when it is unreadable (issue 14, step 7: tests
 * that bite): every envelope rule on both sides of its edge, every kind of entry, and the names
 * files are moved aside to. Real files in a temporary folder.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeSnapshot,
  fileStamp,
  freeName,
  MAX_STORE_BYTES,
  moveAside,
  readStateFile,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
} from '../../../src/main/state/store-files';
import type { Entry } from '../../../src/main/state/store-layout';
import { MAX_STATE_CHARS } from '@shared/domain/state-schema';
import { migrate } from '@shared/domain/migrations';

const fixtures = join(import.meta.dirname, '../../fixtures/store');
const v4Text = readFileSync(join(fixtures, 'v4.json'), 'utf8');
const v4 = JSON.parse(v4Text) as Record<string, unknown>;
const v2Text = readFileSync(join(fixtures, 'v2.json'), 'utf8');
const stateOf = (doc: unknown) => {
  const result = migrate(doc);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value.state;
};
const snapshot = (fields: Record<string, unknown>): string =>
  JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, seq: 7, document: v4, ...fields });

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'objector-store-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('decodeSnapshot', () => {
  it('reads a snapshot: its state, its journal position, its version, its weight', () => {
    const text = snapshot({ seq: 7 });
    expect(decodeSnapshot(text)).toStrictEqual({ kind: 'good', state: stateOf(v4), from: 4, seq: 7, legacy: false, chars: text.length });
    expect(decodeSnapshot(snapshot({ seq: 0 }))).toMatchObject({ kind: 'good', seq: 0 });
    expect(decodeSnapshot(snapshot({ seq: Number.MAX_SAFE_INTEGER }))).toMatchObject({ kind: 'good', seq: Number.MAX_SAFE_INTEGER });
  });

  it('reads a snapshot whatever the order of its fields', () => {
    const text = JSON.stringify({ document: v4, seq: 3, version: SNAPSHOT_VERSION, format: SNAPSHOT_FORMAT });
    expect(decodeSnapshot(text)).toMatchObject({ kind: 'good', seq: 3, legacy: false });
  });

  it('reads the plain document an older version of the app wrote, and migrates it', () => {
    expect(decodeSnapshot(v4Text)).toStrictEqual({ kind: 'good', state: stateOf(v4), from: 4, seq: 0, legacy: true, chars: v4Text.length });
    expect(decodeSnapshot(v2Text)).toMatchObject({ kind: 'good', from: 2, seq: 0, legacy: true, chars: v2Text.length });
    // A snapshot may hold an older document too (it is migrated the same way).
    expect(decodeSnapshot(snapshot({ document: JSON.parse(v2Text) }))).toMatchObject({ kind: 'good', from: 2, seq: 7, legacy: false });
  });

  it('leaves a snapshot of a newer envelope version alone, and says so', () => {
    expect(decodeSnapshot(snapshot({ version: SNAPSHOT_VERSION + 1 }))).toStrictEqual({
      kind: 'newer',
      errors: [`version: ${SNAPSHOT_VERSION + 1} was written by a newer version of Objector; this one reads ${SNAPSHOT_VERSION}`],
    });
  });

  it('refuses any other envelope version', () => {
    // '2' as text is not a newer version (in JavaScript '2' > 1 is true: the type is checked first).
    for (const version of [0, -1, '1', '2', null, 0.5, undefined]) {
      expect(decodeSnapshot(snapshot({ version })), String(version)).toStrictEqual({ kind: 'bad', errors: ['version: must be 1'] });
    }
  });

  it('refuses a snapshot with a field more or a field less', () => {
    const bad = { kind: 'bad', errors: ['The snapshot has unexpected fields.'] };
    expect(decodeSnapshot(snapshot({ extra: 1 }))).toStrictEqual(bad);
    const { seq: _s, ...noSeq } = JSON.parse(snapshot({})) as Record<string, unknown>;
    expect(decodeSnapshot(JSON.stringify(noSeq))).toStrictEqual(bad);
    const { document: _d, ...noDocument } = JSON.parse(snapshot({})) as Record<string, unknown>;
    expect(decodeSnapshot(JSON.stringify(noDocument))).toStrictEqual(bad);
  });

  it('refuses a journal position that is not a whole number from 0', () => {
    for (const seq of [-1, 1.5, '3', null, 2 ** 53, Number.MAX_SAFE_INTEGER + 2]) {
      expect(decodeSnapshot(snapshot({ seq })), String(seq)).toStrictEqual({ kind: 'bad', errors: ['seq: must be a whole number'] });
    }
  });

  it('leaves a document of a newer schema alone, in a snapshot or not', () => {
    const newer = {
      kind: 'newer',
      errors: ['schemaVersion: 5 was written by a newer version of Objector; this one reads up to 4'],
    };
    expect(decodeSnapshot(JSON.stringify({ ...v4, schemaVersion: 5 }))).toStrictEqual(newer);
    expect(decodeSnapshot(snapshot({ document: { ...v4, schemaVersion: 5 } }))).toStrictEqual(newer);
    // The current version is read, not left alone.
    expect(decodeSnapshot(JSON.stringify({ ...v4, schemaVersion: 4 })).kind).toBe('good');
  });

  it('refuses what does not migrate, with the migration’s words', () => {
    const broken = { ...v4, accounts: 'none' };
    const expected = migrate(broken);
    expect(expected.ok).toBe(false);
    expect(decodeSnapshot(JSON.stringify(broken))).toStrictEqual({ kind: 'bad', errors: expected.ok ? [] : expected.errors });
    expect(decodeSnapshot(snapshot({ document: broken }))).toStrictEqual({ kind: 'bad', errors: expected.ok ? [] : expected.errors });
    // A text schema version is not "newer": it is refused as it is.
    expect(decodeSnapshot(JSON.stringify({ ...v4, schemaVersion: '9' }))).toMatchObject({ kind: 'bad' });
    // Another format is a plain document, which has no schema version.
    expect(decodeSnapshot(JSON.stringify({ format: 'objector-export', version: 1, seq: 1, document: v4 }))).toStrictEqual({
      kind: 'bad',
      errors: ['schemaVersion: is missing (this is not an Objector store file)'],
    });
    expect(decodeSnapshot(JSON.stringify([v4]))).toStrictEqual({ kind: 'bad', errors: ['value: must be an object'] });
    expect(decodeSnapshot('null')).toStrictEqual({ kind: 'bad', errors: ['value: must be an object'] });
  });

  it('refuses text that is not JSON, with the parser’s words, and reads any depth of a valid document', () => {
    const result = decodeSnapshot('{"format":');
    expect(result.kind).toBe('bad');
    expect(result.kind === 'bad' && result.errors.length).toBe(1);
    expect(result.kind === 'bad' && result.errors[0]).toMatch(/^The file is not valid JSON \(it may be cut short or damaged\): /);
    expect(decodeSnapshot('   ')).toMatchObject({ kind: 'bad' });
    // No depth limit: a document nested deeper than an import allows is refused by its schema, not by the scan.
    const deep = JSON.stringify({ ...v4, settings: JSON.parse('['.repeat(100) + ']'.repeat(100)) as unknown });
    const deepResult = decodeSnapshot(deep);
    expect(deepResult.kind).toBe('bad');
    expect(deepResult.kind === 'bad' && deepResult.errors.join('\n')).toMatch(/settings/);
  });

  it('reads up to 3 bytes per character of the largest state, plus the envelope', () => {
    expect(MAX_STORE_BYTES).toBe(3 * MAX_STATE_CHARS + 64 * 1024);
  });

  it('refuses a text longer than the largest store file as too large, before parsing it', () => {
    expect(decodeSnapshot(' '.repeat(MAX_STORE_BYTES + 1))).toStrictEqual({
      kind: 'bad',
      errors: [`The file is too large (more than ${Math.round(MAX_STORE_BYTES / 1024 / 1024)} MB).`],
    });
  });
});

describe('readStateFile', () => {
  it('returns what the look before opening found, without opening anything', () => {
    // A good file is there: reading it would give 'good', so each answer below comes from the look alone.
    const path = join(dir, 'never-read.json');
    writeFileSync(path, snapshot({ seq: 7 }));
    const entries: Entry[] = [
      { kind: 'missing' },
      { kind: 'dangling-link', target: '/media/usb/objector-state.json' },
      { kind: 'not-a-file', what: 'fifo' },
      { kind: 'unreadable', code: 'EACCES' },
    ];
    for (const entry of entries) {
      expect(readStateFile(path, entry)).toStrictEqual(entry);
    }
  });

  it('refuses a file larger than the largest state without reading it, saying its size', () => {
    const path = join(dir, 'objector-state.json');
    writeFileSync(path, v4Text);
    expect(readStateFile(path, { kind: 'file', path, size: MAX_STORE_BYTES + 1, linked: false })).toStrictEqual({
      kind: 'bad',
      errors: [`The file is too large (${Math.round((MAX_STORE_BYTES + 1) / 1024 / 1024)} MB).`],
    });
    expect(readStateFile(path, { kind: 'file', path, size: 300 * 1024 * 1024, linked: true })).toStrictEqual({
      kind: 'bad',
      errors: ['The file is too large (300 MB).'],
    });
    // At the limit it is read.
    expect(readStateFile(path, { kind: 'file', path, size: MAX_STORE_BYTES, linked: false }).kind).toBe('good');
  });

  it('reads a real file: a snapshot, an old document, binary bytes', () => {
    const path = join(dir, 'objector-state.json');
    writeFileSync(path, snapshot({ seq: 12 }));
    expect(readStateFile(path)).toMatchObject({ kind: 'good', seq: 12, legacy: false });
    writeFileSync(path, v4Text);
    expect(readStateFile(path)).toMatchObject({ kind: 'good', seq: 0, legacy: true });
    writeFileSync(path, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(readStateFile(path)).toStrictEqual({ kind: 'bad', errors: ['The file is not text (it is binary or damaged).'] });
    writeFileSync(path, Buffer.from('{"a":"\u00e9"}', 'latin1'));
    expect(readStateFile(path)).toStrictEqual({ kind: 'bad', errors: ['The file is not text (it is binary or damaged).'] });
  });

  it('takes a file that vanished between the look and the read as missing, and any other read error as unreadable', () => {
    const gone = join(dir, 'gone.json');
    expect(readStateFile(gone, { kind: 'file', path: gone, size: 10, linked: false })).toStrictEqual({ kind: 'missing' });
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    expect(readStateFile(folder, { kind: 'file', path: folder, size: 10, linked: false })).toStrictEqual({
      kind: 'unreadable',
      code: 'EISDIR',
    });
    expect(readStateFile(folder)).toStrictEqual({ kind: 'not-a-file', what: 'folder' });
  });
});

describe('fileStamp, freeName, moveAside', () => {
  const at = new Date('2025-05-20T14:03:11.123Z');

  it('stamps with the UTC time, with no character a file system refuses', () => {
    expect(fileStamp(at)).toBe('2025-05-20T14-03-11-123Z');
    expect(fileStamp(new Date('2026-12-01T00:00:00.000Z'))).toBe('2026-12-01T00-00-00-000Z');
  });

  it('takes the first free name: the plain one, then -2, -3…', () => {
    expect(freeName(dir, 'copy')).toBe(join(dir, 'copy.json'));
    writeFileSync(join(dir, 'copy.json'), '');
    expect(freeName(dir, 'copy')).toBe(join(dir, 'copy-2.json'));
    writeFileSync(join(dir, 'copy-2.json'), '');
    expect(freeName(dir, 'copy')).toBe(join(dir, 'copy-3.json'));
    expect(freeName(dir, 'copy', '.log')).toBe(join(dir, 'copy.log'));
    writeFileSync(join(dir, 'copy.log'), '');
    expect(freeName(dir, 'copy', '.log')).toBe(join(dir, 'copy-2.log'));
  });

  it.each([
    ['objector-state.json', 'objector-state.corrupt-2025-05-20T14-03-11-123Z.json'],
    ['objector-state.json.bak', 'objector-state.bak.corrupt-2025-05-20T14-03-11-123Z.json'],
    ['objector-state.journal-000000000001.log', 'objector-state.journal-000000000001.corrupt-2025-05-20T14-03-11-123Z.log'],
    ['objector-state.snapshot-2.json', 'objector-state.snapshot-2.corrupt-2025-05-20T14-03-11-123Z.json'],
    ['state.json-old.json', 'state.json-old.corrupt-2025-05-20T14-03-11-123Z.json'],
    ['state.json.log', 'state.json.corrupt-2025-05-20T14-03-11-123Z.log'],
    ['state.bak', 'state.bak.corrupt-2025-05-20T14-03-11-123Z.json'],
    // Only an ending is replaced, never the same letters in the middle of a name.
    ['state.json.bak-old', 'state.json.bak-old.corrupt-2025-05-20T14-03-11-123Z.json'],
    ['state.logs', 'state.logs.corrupt-2025-05-20T14-03-11-123Z.json'],
    ['odd name', 'odd name.corrupt-2025-05-20T14-03-11-123Z.json'],
  ])('moves %s aside as %s, bytes untouched', (name, aside) => {
    const path = join(dir, name);
    writeFileSync(path, `bytes of ${name}`);
    expect(moveAside(path, at)).toBe(join(dir, aside));
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(join(dir, aside), 'utf8')).toBe(`bytes of ${name}`);
  });

  it('never overwrites an earlier copy, and moves folders too', () => {
    const path = join(dir, 'objector-state.json');
    writeFileSync(path, 'first');
    moveAside(path, at);
    writeFileSync(path, 'second');
    expect(moveAside(path, at)).toBe(join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z-2.json'));
    mkdirSync(path);
    expect(moveAside(path, at)).toBe(join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z-3.json'));
    expect(readdirSync(dir).sort()).toEqual([
      'objector-state.corrupt-2025-05-20T14-03-11-123Z-2.json',
      'objector-state.corrupt-2025-05-20T14-03-11-123Z-3.json',
      'objector-state.corrupt-2025-05-20T14-03-11-123Z.json',
    ]);
  });

  it('throws when the entry cannot be moved, leaving nothing behind', () => {
    expect(() => moveAside(join(dir, 'absent.json'), at)).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
