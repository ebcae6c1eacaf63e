import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStorage, type FileStorage } from '../../../src/main/state/store';
import { createStateService } from '../../../src/main/state/state-service';
import { migrate } from '../../../src/shared/domain/migrations';
import { defaultState } from '../../../src/shared/domain/defaults';
import type { AppState, Catalog } from '../../../src/shared/domain/types';

const fixtures = join(import.meta.dirname, '../../fixtures/store');
const AT = new Date('2025-05-20T14:03:11.123Z');
const clock = { now: () => AT };
const fixtureState = (): AppState => {
  const result = migrate(JSON.parse(readFileSync(join(fixtures, 'v4.json'), 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value.state;
};
const backupState = (): AppState => ({ ...defaultState(), settings: { ...defaultState().settings, theme: 'dark' } });

let dir: string;
let storage: FileStorage;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'objector-store-'));
  storage = createFileStorage({ dir, clock });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const reopen = (): FileStorage => createFileStorage({ dir, clock });
const onDisk = (): unknown => JSON.parse(readFileSync(storage.path, 'utf8'));
const files = (): string[] => readdirSync(dir).sort();

describe('file storage: normal life', () => {
  it('starts a new installation from defaults without a notice and without writing', () => {
    expect(storage.load()).toEqual({ state: defaultState(), notice: null });
    expect(files()).toEqual([]);
  });

  it('creates its folder on the first save', () => {
    const nested = createFileStorage({ dir: join(dir, 'not', 'yet'), clock });
    expect(nested.load().notice).toBeNull();
    nested.save(fixtureState());
    expect(createFileStorage({ dir: join(dir, 'not', 'yet'), clock }).load().state).toEqual(fixtureState());
  });

  it('saves and loads back the same state, with its schema version', () => {
    storage.load();
    storage.save(fixtureState());
    expect(onDisk()).toMatchObject({ schemaVersion: 4, accounts: fixtureState().accounts });
    expect(reopen().load()).toEqual({ state: fixtureState(), notice: null });
  });

  it('keeps a backup of the last file it loaded successfully', () => {
    storage.save(fixtureState());
    const bytes = readFileSync(storage.path);
    reopen().load();
    expect(readFileSync(storage.backupPath)).toEqual(bytes);
  });

  it('replaces the file atomically (a new file renamed over the old one) and leaves no temporary file', () => {
    storage.save(defaultState());
    const before = statSync(storage.path).ino;
    storage.save(fixtureState());
    expect(statSync(storage.path).ino).not.toBe(before);
    expect(files()).toEqual(['objector-state.json']);
  });

  it('writes once per user action', () => {
    storage.save(fixtureState());
    let writes = 0;
    const counted = { load: () => storage.load(), save: (state: AppState) => (writes++, storage.save(state)) };
    const service = createStateService(
      counted,
      { version: 1, publishedAt: '2025-01-01T00:00:00Z', platforms: [], campaigns: [] } satisfies Catalog,
      clock,
    );
    service.dispatch({ kind: 'set-settings', patch: { theme: 'dark' } });
    service.dispatch({ kind: 'set-settings', patch: { locale: 'de' } });
    expect(writes).toBe(2);
    expect(onDisk()).toMatchObject({ settings: { theme: 'dark', locale: 'de' } });
  });

  it('migrates an old file, writes it in the current version and keeps the original bytes as the backup', () => {
    const v1 = readFileSync(join(fixtures, 'v1.json'));
    writeFileSync(storage.path, v1);
    const { state, notice } = storage.load();
    expect(notice).toBeNull();
    expect(state.accounts).toHaveLength(3);
    expect(onDisk()).toMatchObject({ schemaVersion: 4 });
    expect(readFileSync(storage.backupPath)).toEqual(v1);
    expect(reopen().load().state).toEqual(state);
  });

  it('reads a file with a byte order mark, or with a replacement character the person typed', () => {
    const account = {
      id: '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
      platform: 'instagram',
      label: 'caf\ufffd',
      email: null,
      groupId: null,
    } as const;
    const state: AppState = { ...defaultState(), accounts: [{ ...account, campaignIds: [], createdAt: '2025-04-20T09:13:30Z' }] };
    writeFileSync(storage.path, `\ufeff${JSON.stringify({ schemaVersion: 4, ...state })}`);
    expect(storage.load()).toEqual({ state, notice: null });
  });

  it('restores the backup when the file itself has disappeared', () => {
    writeFileSync(storage.backupPath, JSON.stringify({ schemaVersion: 4, ...backupState() }));
    expect(storage.load()).toEqual({ state: backupState(), notice: null });
    expect(onDisk()).toMatchObject({ settings: { theme: 'dark' } });
  });
});

const valid = readFileSync(join(fixtures, 'v4.json'), 'utf8');
const badFiles: [string, Buffer][] = [
  ['an empty file', Buffer.alloc(0)],
  ['only white space', Buffer.from(' \n\t\r\n')],
  ['a truncated file', Buffer.from(valid.slice(0, Math.floor(valid.length * 0.6)))],
  ['a file cut after one byte', Buffer.from('{')],
  ['binary bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80])],
  ['NUL bytes (a crash before the data reached the disk)', Buffer.alloc(4096)],
  [
    'invalid UTF-8 inside valid-looking JSON',
    Buffer.concat([Buffer.from('{"schemaVersion":3,"x":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
  ],
  ['UTF-16 text', Buffer.from(`\ufeff${valid}`, 'utf16le')],
  ['JSON null', Buffer.from('null')],
  ['a JSON list', Buffer.from('[]')],
  ['a JSON string', Buffer.from('"objector"')],
  ['a JSON number', Buffer.from('42')],
  ['an empty object', Buffer.from('{}')],
  ['an electron-store default config', Buffer.from('{\n\t"__internal__": {}\n}')],
  ['a file without schemaVersion', Buffer.from(JSON.stringify(defaultState()))],
  ['a file from a newer version', Buffer.from(valid.replace('"schemaVersion": 4', '"schemaVersion": 5'))],
  ['a wrong shape', Buffer.from(valid.replace('"accounts": [', '"accounts": {"list": [').replace('"groups"', '"x": 1}, "groups"'))],
  ['an event of an unknown account', Buffer.from(valid.replace('"accountId": "6f1c2a9e', '"accountId": "7f1c2a9e'))],
  ['a prototype-polluting key', Buffer.from(valid.replace('{', '{"__proto__": {"polluted": true},'))],
  ['100,000 levels of nesting', Buffer.from('['.repeat(100_000) + ']'.repeat(100_000))],
  ['a JSON with a trailing comma', Buffer.from(valid.replace(/}\s*$/, ',}'))],
  ['two documents written over each other', Buffer.from(valid + valid.slice(0, 100))],
];

describe('file storage: a bad file is copied aside, never lost', () => {
  it.each(badFiles)('%s: recovers from the backup and keeps the original bytes', (_name, bytes) => {
    writeFileSync(storage.backupPath, JSON.stringify({ schemaVersion: 4, ...backupState() }));
    writeFileSync(storage.path, bytes);
    const { state, notice } = storage.load();
    expect(state).toEqual(backupState());
    expect(notice).toEqual({
      kind: 'recovered-from-backup',
      copiedTo: join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z.json'),
      at: AT.toISOString(),
    });
    expect(readFileSync(notice?.copiedTo ?? '')).toEqual(bytes);
    expect(reopen().load()).toEqual({ state: backupState(), notice: null });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(badFiles)('%s: without a backup, starts fresh and keeps the original bytes', (_name, bytes) => {
    writeFileSync(storage.path, bytes);
    const { state, notice } = storage.load();
    expect(state).toEqual(defaultState());
    expect(notice?.kind).toBe('started-fresh');
    expect(readFileSync(notice?.copiedTo ?? '')).toEqual(bytes);
    expect(reopen().load()).toEqual({ state: defaultState(), notice: null });
  });

  it('keeps both copies when the file and its backup are bad', () => {
    writeFileSync(storage.path, 'garbage');
    writeFileSync(storage.backupPath, 'old garbage');
    const { notice } = storage.load();
    expect(notice?.kind).toBe('started-fresh');
    expect(readFileSync(join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z.json'), 'utf8')).toBe('garbage');
    expect(readFileSync(join(dir, 'objector-state.bak.corrupt-2025-05-20T14-03-11-123Z.json'), 'utf8')).toBe('old garbage');
  });

  it('keeps a bad backup aside before the backup is refreshed', () => {
    writeFileSync(storage.backupPath, 'old garbage');
    storage.load();
    expect(readFileSync(join(dir, 'objector-state.bak.corrupt-2025-05-20T14-03-11-123Z.json'), 'utf8')).toBe('old garbage');
  });

  it('never overwrites an earlier copy made at the same moment', () => {
    writeFileSync(storage.path, 'first');
    storage.load();
    writeFileSync(storage.path, 'second');
    const { notice } = reopen().load();
    expect(notice?.copiedTo).toBe(join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z-2.json'));
    expect(readFileSync(join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z.json'), 'utf8')).toBe('first');
    expect(readFileSync(notice?.copiedTo ?? '', 'utf8')).toBe('second');
  });

  it('moves a folder that sits where the file should be', () => {
    mkdirSync(storage.path);
    writeFileSync(join(storage.path, 'inside.txt'), 'kept');
    const { notice } = storage.load();
    expect(notice?.kind).toBe('started-fresh');
    expect(readFileSync(join(notice?.copiedTo ?? '', 'inside.txt'), 'utf8')).toBe('kept');
    expect(statSync(storage.path).isFile()).toBe(true);
  });

  it('a file damaged while the app runs is replaced by the next save, with the state in memory', () => {
    storage.load();
    storage.save(defaultState());
    writeFileSync(storage.path, '{"broken');
    storage.save(fixtureState());
    expect(reopen().load()).toEqual({ state: fixtureState(), notice: null });
  });

  it('electron-store never reads (so never clears) the file: a bad file stays until we put it aside', () => {
    writeFileSync(storage.path, 'garbage');
    storage.save(defaultState());
    expect(existsSync(storage.path)).toBe(true);
    writeFileSync(storage.path, 'garbage again');
    expect(reopen().load().notice?.kind).toBe('started-fresh');
    expect(files()).toContain('objector-state.corrupt-2025-05-20T14-03-11-123Z.json');
  });
});
