/**
 * The store on real files in a temporary folder: snapshot + journal, generations, compaction,
 * recovery from every kind of bad file, read-only starts. (Faults under a real full disk and a
 * read-only mount are in store-root.fault.test.ts; crashes in store-crash.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStorage, type FileStorage } from '../../../src/main/state/store';
import { createStateService } from '../../../src/main/state/state-service';
import { migrate } from '../../../src/shared/domain/migrations';
import { defaultState } from '../../../src/shared/domain/defaults';
import type { AppState, Catalog } from '../../../src/shared/domain/types';
import { snapshotText } from '../../../src/main/state/snapshot';
import type { Log } from '../../../src/main/log/log';

const fixtures = join(import.meta.dirname, '../../fixtures/store');
const AT = new Date('2025-05-20T14:03:11.123Z');
const clock = { now: () => AT };
const quiet: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };
const fixtureState = (): AppState => {
  const result = migrate(JSON.parse(readFileSync(join(fixtures, 'v4.json'), 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value.state;
};
const darkState = (): AppState => ({ ...defaultState(), settings: { ...defaultState().settings, theme: 'dark' } });
const catalog: Catalog = { version: 1, publishedAt: '2025-01-01T00:00:00Z', platforms: [], campaigns: [] };

let dir: string;
let storage: FileStorage;
const open = (options: Partial<Parameters<typeof createFileStorage>[0]> = {}): FileStorage =>
  createFileStorage({ dir, clock, log: quiet, ...options });
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'objector-store-'));
  storage = open();
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});
const files = (): string[] => readdirSync(dir).sort();
const reopen = (): ReturnType<FileStorage['load']> => {
  const again = open();
  try {
    return again.load();
  } finally {
    again.close();
  }
};
const snapshot = (state: AppState, seq = 0): string => snapshotText(state, seq);

describe('file storage: normal life', () => {
  it('starts a new installation from defaults without a notice and without leaving a file', () => {
    expect(storage.load()).toEqual({ state: defaultState(), notice: null });
    expect(files()).toEqual([]);
  });

  it('saves one action as one journal line and loads it back', () => {
    storage.load();
    storage.save(fixtureState());
    expect(files()).toEqual(['objector-state.journal-000000000001.log']);
    expect(reopen()).toEqual({ state: fixtureState(), notice: null });
  });

  it('creates its folder when it starts in one that does not exist yet', () => {
    storage = createFileStorage({ dir: join(dir, 'not', 'yet'), clock, log: quiet });
    expect(storage.load().notice).toBeNull();
    storage.save(fixtureState());
    const again = createFileStorage({ dir: join(dir, 'not', 'yet'), clock, log: quiet });
    expect(again.load().state).toEqual(fixtureState());
    again.close();
  });

  it('writes nothing when an action changes nothing', () => {
    const service = createStateService(storage, catalog, clock);
    service.dispatch({ kind: 'set-settings', patch: { theme: 'system' } });
    expect(files()).toEqual([]);
  });

  it('appends one line per user action, each acknowledged only once it is on disk', () => {
    const service = createStateService(storage, catalog, clock);
    service.dispatch({ kind: 'set-settings', patch: { theme: 'dark' } });
    service.dispatch({ kind: 'set-settings', patch: { locale: 'de' } });
    const journal = readFileSync(join(dir, 'objector-state.journal-000000000001.log'), 'utf8');
    expect(journal.split('\n').filter(Boolean)).toHaveLength(2);
    expect(reopen().state.settings).toMatchObject({ theme: 'dark', locale: 'de' });
  });

  it('writes a verified snapshot, keeps the previous one as a generation, and drops journal lines both hold', async () => {
    storage = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    storage.load();
    storage.save(darkState());
    await storage.compact();
    expect(files()).toEqual(['objector-state.json']);
    storage.save(fixtureState());
    await storage.compact();
    storage.save({ ...fixtureState(), settings: { ...fixtureState().settings, locale: 'fr' } });
    await storage.compact();
    storage.save({ ...fixtureState(), settings: { ...fixtureState().settings, locale: 'it' } });
    expect(files()).toEqual([
      'objector-state.gen-000000000001.json',
      'objector-state.gen-000000000002.json',
      // From the oldest generation on, every line is kept: any one snapshot may be damaged.
      'objector-state.journal-000000000002.log',
      'objector-state.journal-000000000003.log',
      'objector-state.journal-000000000004.log',
      'objector-state.json',
    ]);
    expect(JSON.parse(readFileSync(storage.path, 'utf8'))).toMatchObject({ format: 'objector-store', version: 1, seq: 3 });
    expect(reopen().state.settings.locale).toBe('it');
  });

  it('compacts on its own in the background once the journal is long', async () => {
    storage = open({ compactAfter: { bytes: 1e9, lines: 3 } });
    storage.load();
    let state = defaultState();
    for (const theme of ['dark', 'light', 'system', 'dark'] as const) {
      state = { ...state, settings: { ...state.settings, theme } };
      storage.save(state);
    }
    await storage.idle();
    expect(files()).toContain('objector-state.json');
    expect(reopen().state).toEqual(state);
  });

  it('migrates a file of an older version without rewriting it first, then writes a snapshot in the background', async () => {
    const v1 = readFileSync(join(fixtures, 'v1.json'));
    writeFileSync(storage.path, v1);
    const { state, notice } = storage.load();
    expect(notice).toBeNull();
    expect(state.accounts).toHaveLength(3);
    await new Promise((resolve) => setImmediate(resolve));
    await storage.idle();
    expect(JSON.parse(readFileSync(storage.path, 'utf8'))).toMatchObject({ format: 'objector-store', seq: 0 });
    // The original bytes are kept as the first generation.
    expect(readFileSync(join(dir, 'objector-state.gen-000000000000.json'))).toEqual(v1);
    expect(reopen().state).toEqual(state);
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

  it('removes temporary files left by writes that never finished, and nothing else', () => {
    writeFileSync(join(dir, 'objector-state.json.tmp-1234-abcdef'), 'half a file');
    writeFileSync(join(dir, 'objector-state.json.tmp-17000000001234'), 'atomically');
    writeFileSync(join(dir, 'objector-state.json.bak.99.tmp'), 'old backup refresh');
    mkdirSync(join(dir, 'objector-state.json.tmp-folder'));
    writeFileSync(join(dir, 'notes.tmp-1'), 'not ours');
    storage.load();
    expect(files()).toEqual(['notes.tmp-1', 'objector-state.json.tmp-folder']);
  });

  it('follows a link to a regular file for reading', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'objector-elsewhere-'));
    writeFileSync(join(elsewhere, 'state.json'), snapshot(darkState()));
    symlinkSync(join(elsewhere, 'state.json'), storage.path);
    expect(storage.load()).toEqual({ state: darkState(), notice: null });
    rmSync(elsewhere, { recursive: true, force: true });
  });
});

const validV3 = readFileSync(join(fixtures, 'v4.json'), 'utf8');
const badFiles: [string, Buffer][] = [
  ['an empty file', Buffer.alloc(0)],
  ['only white space', Buffer.from(' \n\t\r\n')],
  ['a truncated file', Buffer.from(validV3.slice(0, Math.floor(validV3.length * 0.6)))],
  ['a file cut after one byte', Buffer.from('{')],
  ['binary bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80])],
  ['NUL bytes (a crash before the data reached the disk)', Buffer.alloc(4096)],
  [
    'invalid UTF-8 inside valid-looking JSON',
    Buffer.concat([Buffer.from('{"schemaVersion":4,"x":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
  ],
  ['UTF-16 text', Buffer.from(`\ufeff${validV3}`, 'utf16le')],
  ['a byte order mark and nothing else', Buffer.from('\ufeff')],
  ['JSON null', Buffer.from('null')],
  ['a JSON list', Buffer.from('[]')],
  ['a JSON number', Buffer.from('42')],
  ['an empty object', Buffer.from('{}')],
  ['an electron-store default config', Buffer.from('{\n\t"__internal__": {}\n}')],
  ['a file without schemaVersion', Buffer.from(JSON.stringify(defaultState()))],
  ['a wrong shape', Buffer.from(validV3.replace('"accounts": [', '"accounts": {"list": [').replace('"groups"', '"x": 1}, "groups"'))],
  ['an event of an unknown account', Buffer.from(validV3.replace('"accountId": "6f1c2a9e', '"accountId": "7f1c2a9e'))],
  ['a prototype-polluting key', Buffer.from(validV3.replace('{', '{"__proto__": {"polluted": true},'))],
  ['100,000 levels of nesting', Buffer.from('['.repeat(100_000) + ']'.repeat(100_000))],
  ['two documents written over each other', Buffer.from(validV3 + validV3.slice(0, 100))],
  ['a snapshot with a bad seq', Buffer.from(JSON.stringify({ format: 'objector-store', version: 1, seq: -1, document: {} }))],
];

describe('file storage: a bad file is moved aside, never lost, and the last good save continues', () => {
  it.each(badFiles)('%s: recovers from the last generation and the journal after it, and keeps the bytes', async (_name, bytes) => {
    storage = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    storage.load();
    storage.save(darkState());
    await storage.compact(); // snapshot 1
    storage.save(fixtureState()); // journal line 2
    await storage.compact(); // snapshot 2, snapshot 1 becomes a generation
    const latest = { ...fixtureState(), settings: { ...fixtureState().settings, locale: 'fr' as const } };
    storage.save(latest); // journal line 3
    storage.close();
    writeFileSync(storage.path, bytes); // the newest snapshot is damaged: generation 1 + lines 2..3 still hold everything
    storage = open();
    const { state, notice } = storage.load();
    expect(state).toEqual(latest);
    expect(notice).toEqual({
      kind: 'recovered-from-backup',
      copiedTo: join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z.json'),
      at: AT.toISOString(),
    });
    expect(readFileSync(join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z.json'))).toEqual(bytes);
    expect(reopen()).toEqual({ state: latest, notice: null });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(badFiles)('%s: with nothing earlier, starts fresh and keeps the bytes', (_name, bytes) => {
    writeFileSync(storage.path, bytes);
    const { state, notice } = storage.load();
    expect(state).toEqual(defaultState());
    expect(notice?.kind).toBe('started-fresh');
    expect(readFileSync(notice?.kind === 'started-fresh' ? notice.copiedTo : '')).toEqual(bytes);
    expect(reopen()).toEqual({ state: defaultState(), notice: null });
  });

  it('uses the old backup of the previous version as a last resort', () => {
    writeFileSync(storage.path, 'garbage');
    writeFileSync(`${storage.path}.bak`, JSON.stringify({ schemaVersion: 4, ...darkState() }));
    expect(storage.load()).toMatchObject({ state: darkState(), notice: { kind: 'recovered-from-backup' } });
  });

  it('never overwrites an earlier copy made at the same moment', () => {
    writeFileSync(storage.path, 'first');
    storage.load();
    storage.close();
    writeFileSync(storage.path, 'second');
    storage = open();
    const { notice } = storage.load();
    expect(notice).toMatchObject({ copiedTo: join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z-2.json') });
    expect(readFileSync(join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z.json'), 'utf8')).toBe('first');
  });

  it('moves a folder that sits where the file should be, with what it holds', () => {
    mkdirSync(storage.path);
    writeFileSync(join(storage.path, 'inside.txt'), 'kept');
    const { notice } = storage.load();
    expect(notice?.kind).toBe('started-fresh');
    expect(readFileSync(join(notice?.kind === 'started-fresh' ? notice.copiedTo : '', 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('moves a huge file aside by renaming it (instant, never read or copied)', () => {
    writeFileSync(storage.path, '{');
    truncateSync(storage.path, 200 * 1024 * 1024); // sparse: 200 MB that take no room
    const inode = statSync(storage.path).ino;
    const { notice } = storage.load();
    expect(notice?.kind).toBe('started-fresh');
    expect(statSync(notice?.kind === 'started-fresh' ? notice.copiedTo : '').ino).toBe(inode);
  });

  it('moves a FIFO aside without opening it (a read would block for ever)', () => {
    execFileSync('mkfifo', [storage.path]);
    const { notice } = storage.load();
    expect(notice?.kind).toBe('started-fresh');
    expect(statSync(notice?.kind === 'started-fresh' ? notice.copiedTo : '').isFIFO()).toBe(true);
  });

  it.each([
    ['a character device', '/dev/zero'],
    ['a FIFO', 'fifo'],
    ['a folder', 'folder'],
  ])('moves aside a link to %s without opening what it points to', (_name, target) => {
    let to = target;
    if (target === 'fifo') execFileSync('mkfifo', [(to = join(dir, 'a-fifo'))]);
    if (target === 'folder') mkdirSync((to = join(dir, 'a-folder')));
    symlinkSync(to, storage.path);
    const { state, notice } = storage.load();
    expect(state).toEqual(defaultState());
    expect(notice?.kind).toBe('started-fresh');
  });

  it('moves aside a link that loops', () => {
    symlinkSync(storage.path, storage.path);
    expect(storage.load().notice?.kind).toBe('started-fresh');
  });

  it('a dangling link: runs read-only from the last save in this folder, and says where the link points', async () => {
    storage = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    storage.load();
    storage.save(darkState());
    await storage.compact();
    storage.save(darkState());
    await storage.compact(); // the first snapshot is now a generation here
    storage.close();
    rmSync(storage.path);
    symlinkSync('/media/usb-stick/objector-state.json', storage.path);
    storage = open();
    const { state, notice } = storage.load();
    expect(state).toEqual(darkState());
    expect(notice).toMatchObject({
      kind: 'read-only',
      reason: 'dangling-link',
      detail: '/media/usb-stick/objector-state.json',
      folder: dir,
    });
    expect(() => storage.save(fixtureState())).toThrow(/read-only/);
    expect(readdirSync(dir)).toContain('objector-state.json');
  });

  it('a file written by a newer version: read-only, and the file is neither moved nor changed', () => {
    const newer = validV3.replace('"schemaVersion": 4', '"schemaVersion": 5');
    writeFileSync(storage.path, newer);
    const { state, notice } = storage.load();
    expect(state).toEqual(defaultState());
    expect(notice).toMatchObject({ kind: 'read-only', reason: 'newer-version' });
    expect(readFileSync(storage.path, 'utf8')).toBe(newer);
    expect(files()).toEqual(['objector-state.json']);
  });

  it('a snapshot envelope of a newer version: read-only too', () => {
    writeFileSync(storage.path, JSON.stringify({ format: 'objector-store', version: 2, seq: 4, document: {} }));
    expect(storage.load().notice).toMatchObject({ kind: 'read-only', reason: 'newer-version' });
  });
});

describe('file storage: the journal', () => {
  const journal = (): string => join(dir, 'objector-state.journal-000000000001.log');

  it('ignores a line cut short by a crash (it was never acknowledged) and keeps every whole line', () => {
    storage.load();
    storage.save(darkState());
    storage.save(fixtureState());
    storage.close();
    const text = readFileSync(journal(), 'utf8');
    writeFileSync(journal(), text.slice(0, text.length - 40));
    storage = open();
    expect(storage.load()).toEqual({ state: darkState(), notice: null });
    // The next action goes to a new segment, never after the torn line.
    storage.save(fixtureState());
    expect(files()).toContain('objector-state.journal-000000000002.log');
    expect(reopen().state).toEqual(fixtureState());
  });

  it('a damaged line in the middle: keeps everything before it, says so, and puts the journal aside', () => {
    storage.load();
    storage.save(darkState());
    storage.save(fixtureState());
    storage.save({ ...fixtureState(), settings: { ...fixtureState().settings, locale: 'fr' } });
    storage.close();
    const lines = readFileSync(journal(), 'utf8').split('\n');
    lines[1] = lines[1]?.replace('"', "'") ?? '';
    writeFileSync(journal(), lines.join('\n'));
    storage = open();
    const { state, notice } = storage.load();
    expect(state).toEqual(darkState());
    expect(notice).toMatchObject({ kind: 'recovered-from-backup' });
    expect(files().some((file) => file.startsWith('objector-state.journal-000000000001.corrupt-'))).toBe(true);
    storage.save(fixtureState());
    expect(reopen().state).toEqual(fixtureState());
  });

  it('refuses to save a change the loader would refuse later (the file must always load)', () => {
    storage.load();
    const account = fixtureState().accounts[0];
    if (account === undefined) throw new Error('fixture');
    expect(() => storage.save({ ...defaultState(), accounts: [{ ...account, label: 'x'.repeat(500) }] })).toThrow(/cannot be saved/);
    expect(reopen().state).toEqual(defaultState());
  });

  it('a generation that is a hard link stays whole when the snapshot is replaced', async () => {
    storage = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    storage.load();
    storage.save(darkState());
    await storage.compact();
    storage.save(fixtureState());
    await storage.compact();
    expect(JSON.parse(readFileSync(join(dir, 'objector-state.gen-000000000001.json'), 'utf8'))).toMatchObject({ seq: 1 });
    expect(existsSync(join(dir, 'objector-state.json'))).toBe(true);
    linkSync(storage.path, join(dir, 'extra-link.json'));
  });
});

describe('readStateFile: a read error is not a missing file', () => {
  it('reports a file it could not read as unreadable (never as missing, which would start over)', async () => {
    const { readStateFile } = await import('../../../src/main/state/store-files');
    mkdirSync(join(dir, 'looks-like-a-file'));
    // lstat said "a file" (a race: it changed in between); the read then fails with EISDIR.
    expect(
      readStateFile(join(dir, 'looks-like-a-file'), { kind: 'file', path: join(dir, 'looks-like-a-file'), size: 10, linked: false }),
    ).toEqual({
      kind: 'unreadable',
      code: 'EISDIR',
    });
    expect(readStateFile(join(dir, 'absent.json'))).toEqual({ kind: 'missing' });
  });
});
