/**
 * The store when the file system says no, without root (issue 14, step 7: the paths the first
 * mutation run of store.ts found untested): `node:fs` and `node:fs/promises` are the real modules
 * with a hook in front of the calls the store makes, so one test can make one call fail (a full
 * disk, a read-only folder, a file system without hard links) and every other call reach the real
 * files in a temporary folder. The faults under a real full disk and a read-only mount, as root,
 * are in store-root.test.ts. Every log line is recorded: its name and fields are checked, and no
 * line may carry a label or an e-mail address.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStorage, type FileStorage } from '../../../src/main/state/store';
import { migrate } from '../../../src/shared/domain/migrations';
import { defaultState } from '../../../src/shared/domain/defaults';
import type { AppState } from '../../../src/shared/domain/types';
import { SaveError } from '../../../src/main/state/verified-write';
import { formatLine, type Log, type LogFields, type LogLevel } from '../../../src/main/log/log';
import type * as NodeFs from 'node:fs';
import type * as NodeFsPromises from 'node:fs/promises';

/** A hook per function name: it may throw (the fault) before the real call is made. */
const hooks = vi.hoisted(() => new Map<string, (...args: unknown[]) => void>());

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof NodeFs>();
  const hooked = <K extends 'linkSync' | 'copyFileSync' | 'openSync' | 'mkdirSync'>(name: K): (typeof real)[K] =>
    ((...args: unknown[]) => {
      hooks.get(name)?.(...args);
      return (real[name] as (...a: unknown[]) => unknown)(...args);
    }) as (typeof real)[K];
  return {
    ...real,
    linkSync: hooked('linkSync'),
    copyFileSync: hooked('copyFileSync'),
    openSync: hooked('openSync'),
    mkdirSync: hooked('mkdirSync'),
  };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof NodeFsPromises>();
  return {
    ...real,
    open: (...args: Parameters<typeof real.open>) => {
      hooks.get('promises.open')?.(...args);
      return real.open(...args);
    },
  };
});

/** A Node file-system error with its code, as the real calls throw them. */
const fsError = (code: string, message = `${code}: it failed`): Error => Object.assign(new Error(message), { code });

const AT = new Date('2025-05-20T14:03:11.123Z');
const clock = { now: () => AT };
const fixtureState = (): AppState => {
  const result = migrate(JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/store/v4.json'), 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value.state;
};
const THEMES = ['dark', 'light', 'system'] as const;
/** The fixture (labels and e-mail addresses in it) with the theme going round. */
const stateNumber = (n: number): AppState => ({
  ...fixtureState(),
  settings: { ...fixtureState().settings, theme: THEMES[n % 3] ?? 'dark' },
});

interface Line {
  readonly level: LogLevel;
  readonly event: string;
  readonly fields: LogFields;
}
let lines: Line[] = [];
const log: Log = {
  info: (event, fields = {}) => void lines.push({ level: 'info', event, fields }),
  warn: (event, fields = {}) => void lines.push({ level: 'warn', event, fields }),
  error: (event, fields = {}) => void lines.push({ level: 'error', event, fields }),
};
const named = (event: string): Line[] => lines.filter((line) => line.event === event);

let dir = '';
/** Every store a test opened: each is closed, and its background snapshot awaited, before the folder goes. */
let opened: FileStorage[] = [];
const open = (options: Partial<Parameters<typeof createFileStorage>[0]> = {}): FileStorage => {
  const storage = createFileStorage({ dir, clock, log, ...options });
  opened.push(storage);
  return storage;
};
const files = (): string[] => readdirSync(dir).sort();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'objector-store-faults-'));
  lines = [];
  hooks.clear();
});
afterEach(async () => {
  hooks.clear();
  await new Promise((resolve) => setImmediate(resolve)); // a snapshot a load started "soon"
  for (const storage of opened) {
    await storage.idle();
    storage.close();
  }
  opened = [];
  // No line of any test names a person: no label, no e-mail address of the fixture's accounts.
  for (const line of lines) expect(formatLine(line.event, line.fields)).not.toMatch(/Marie|marie|@marie|example\.fr/);
  rmSync(dir, { recursive: true, force: true });
});

describe('a folder that cannot take a new file (the write probe)', () => {
  it.each([
    ['EROFS', 'folder-read-only'],
    ['EACCES', 'folder-read-only'],
    ['ENOSPC', 'disk-full'],
    ['EIO', 'folder-read-only'],
  ] as const)('%s on the probe file: read-only (%s), nothing written, and the save refused', (code, reason) => {
    hooks.set('openSync', (path, flags) => {
      if (String(path).includes('.json.tmp-') && flags === 'wx') throw fsError(code);
    });
    const store = open();
    const { state, notice } = store.load();
    expect(state).toEqual(defaultState());
    expect(notice).toEqual({ kind: 'read-only', reason, folder: dir, detail: dir, at: AT.toISOString() });
    expect(store.readOnly()).toBe(reason);
    expect(named('store.probe-failed')).toEqual([
      { level: 'warn', event: 'store.probe-failed', fields: { error: code, message: `${code}: it failed` } },
    ]);
    expect(() => store.save(fixtureState())).toThrow(new SaveError('read-only', `The store is read-only (${reason}).`));
    expect(files()).toEqual([]);
  });

  it('a folder that cannot be made: read-only too', () => {
    hooks.set('mkdirSync', () => {
      throw fsError('EROFS');
    });
    expect(open().load().notice).toMatchObject({ kind: 'read-only', reason: 'folder-read-only' });
    expect(named('store.probe-failed')).toHaveLength(1);
  });
});

describe('a start-up repair that cannot be written', () => {
  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EIO', 'cannot-repair'],
    ['EROFS', 'cannot-repair'],
  ] as const)('%s on the repair snapshot: read-only (%s), and the person is told what happened', (code, reason) => {
    writeFileSync(join(dir, 'objector-state.json'), 'garbage'); // a bad snapshot: moved aside, then a repair snapshot
    hooks.set('openSync', (path, flags) => {
      if (String(path).includes('.json.tmp-') && flags === 'wx+') throw fsError(code, `${code}: no`);
    });
    const store = open();
    const { state, notice } = store.load();
    expect(state).toEqual(defaultState());
    expect(notice).toEqual({
      kind: 'read-only',
      reason,
      folder: dir,
      detail: `Could not save objector-state.json: ${code}: no`,
      at: AT.toISOString(),
    });
    expect(store.readOnly()).toBe(reason);
    expect(() => store.save(fixtureState())).toThrow(/read-only/);
    expect(named('store.repair-failed')).toEqual([
      {
        level: 'error',
        event: 'store.repair-failed',
        fields: { error: 'SaveError', message: `Could not save objector-state.json: ${code}: no` },
      },
    ]);
    expect(named('store.loaded').map((line) => line.fields)).toEqual([
      { accounts: 0, events: 0, seq: 0, journalLines: 0, readOnly: reason, notice: 'read-only' },
    ]);
    expect(named('store.snapshot')).toEqual([]);
    // The bad file was put aside before; nothing else was written.
    expect(files()).toEqual(['objector-state.corrupt-2025-05-20T14-03-11-123Z.json']);
  });

  it('once the disk has room again, the next start repairs', () => {
    writeFileSync(join(dir, 'objector-state.json'), 'garbage');
    hooks.set('openSync', (path, flags) => {
      if (String(path).includes('.json.tmp-') && flags === 'wx+') throw fsError('ENOSPC');
    });
    open().load();
    hooks.clear();
    const store = open();
    expect(store.load().notice).toBeNull();
    expect(store.readOnly()).toBeNull();
    store.save(fixtureState());
    expect(open().load().state).toEqual(fixtureState());
  });
});

describe('keeping the previous snapshot as a generation', () => {
  it('copies it where the file system refuses hard links, and keeps its bytes', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    store.load();
    store.save(stateNumber(1));
    await store.compact();
    const first = readFileSync(store.path);
    hooks.set('linkSync', () => {
      throw fsError('EPERM', 'EPERM: operation not permitted, link');
    });
    store.save(stateNumber(2));
    await store.compact();
    expect(readFileSync(join(dir, 'objector-state.gen-000000000001.json'))).toEqual(first);
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 2 });
    expect(named('store.snapshot-failed')).toEqual([]);
  });

  it('links, never copies, where links work, even when a generation of that number is already there', async () => {
    let copies = 0;
    hooks.set('copyFileSync', () => {
      copies++;
    });
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    store.load();
    store.save(stateNumber(1));
    await store.compact();
    await store.compact(); // the snapshot of seq 1 becomes generation 1
    await store.compact(); // again: generation 1 is replaced by a link to the current snapshot
    expect(copies).toBe(0);
    expect(files()).toEqual(['objector-state.gen-000000000001.json', 'objector-state.json']);
    expect(named('store.snapshot').map((line) => line.fields.mode)).toEqual(['background', 'background', 'background']);
  });

  it('a snapshot that vanished under the store: the next one is written without a generation', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    store.load();
    store.save(stateNumber(1));
    await store.compact();
    rmSync(store.path);
    store.save(stateNumber(2));
    await store.compact();
    expect(named('store.snapshot-failed')).toEqual([]);
    expect(files()).toEqual(['objector-state.json']);
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 2 });
  });
});

describe('a background snapshot that fails', () => {
  it('is logged, tried again only after 256 more lines, and then succeeds', async () => {
    let attempts = 0;
    hooks.set('promises.open', (path) => {
      if (String(path).includes('.json.tmp-')) {
        attempts++;
        throw fsError('ENOSPC', 'ENOSPC: no space left on device');
      }
    });
    const store = open({ compactAfter: { bytes: 1e9, lines: 1 } });
    store.load();
    store.save(stateNumber(1));
    await store.idle();
    expect(attempts).toBe(1);
    expect(named('store.snapshot-failed')).toEqual([
      {
        level: 'warn',
        event: 'store.snapshot-failed',
        fields: { error: 'SaveError', message: 'Could not save objector-state.json: ENOSPC: no space left on device' },
      },
    ]);
    for (let n = 2; n <= 256; n++) store.save(stateNumber(n));
    await store.idle();
    expect(attempts).toBe(1);
    hooks.clear();
    store.save(stateNumber(257));
    await store.idle();
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 257 });
    expect(named('store.snapshot').map((line) => line.fields)).toEqual([
      { seq: 257, chars: readFileSync(store.path, 'utf8').length, mode: 'background' },
    ]);
    expect(open().load().state).toEqual(stateNumber(257));
  });
});

describe('an action the journal cannot take', () => {
  it('is refused with the reason, logged with its seq, and the next action takes the same seq', () => {
    const store = open();
    store.load();
    store.save(stateNumber(1));
    store.close(); // the next action opens a new segment
    hooks.set('openSync', (path) => {
      if (String(path).endsWith('.log')) throw fsError('ENOSPC', 'ENOSPC: no space left on device');
    });
    let thrown: unknown = null;
    try {
      store.save(stateNumber(2));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SaveError);
    expect((thrown as SaveError).reason).toBe('disk-full');
    expect(named('store.save-failed')).toEqual([
      {
        level: 'warn',
        event: 'store.save-failed',
        fields: {
          seq: 2,
          reason: 'disk-full',
          error: 'SaveError',
          message: 'Could not start a new journal file: ENOSPC: no space left on device',
        },
      },
    ]);
    hooks.clear();
    store.save(stateNumber(2));
    expect(files()).toEqual(['objector-state.journal-000000000001.log', 'objector-state.journal-000000000002.log']);
    lines = [];
    expect(open().load()).toEqual({ state: stateNumber(2), notice: null });
    expect(named('store.loaded').map((line) => line.fields)).toEqual([
      { accounts: 3, events: fixtureState().events.length, seq: 2, journalLines: 2, readOnly: 'no', notice: 'none' },
    ]);
    expect(existsSync(store.path)).toBe(false);
  });
});

describe('the background snapshot and its bookkeeping', () => {
  it('before load, and in a read-only store, writes nothing', async () => {
    const store = open();
    await store.compact();
    expect(files()).toEqual([]);
    expect(named('store.snapshot-failed')).toEqual([]);
    writeFileSync(join(dir, 'objector-state.json'), JSON.stringify({ format: 'objector-store', version: 2, seq: 4, document: {} }));
    const readOnly = open();
    readOnly.load();
    await readOnly.compact();
    expect(files()).toEqual(['objector-state.json']);
    expect(named('store.snapshot')).toEqual([]);
  });

  it('a second call while one is being written joins it: one snapshot', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    store.load();
    store.save(stateNumber(1));
    const first = store.compact();
    expect(store.compact()).toBe(first);
    await first;
    expect(named('store.snapshot').map((line) => line.fields)).toEqual([
      { seq: 1, chars: readFileSync(store.path, 'utf8').length, mode: 'background' },
    ]);
    // Done: the next call writes again.
    await store.compact();
    expect(named('store.snapshot')).toHaveLength(2);
  });

  it('idle() resolves only once the snapshot is on disk', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1 } });
    store.load();
    store.save(stateNumber(1)); // starts a snapshot in the background
    expect(existsSync(store.path)).toBe(false);
    await store.idle();
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 1 });
  });

  it('lines saved while a snapshot is written count towards the next one', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 3 } });
    store.load();
    for (let n = 1; n <= 5; n++) store.save(stateNumber(n)); // the snapshot of line 3 starts; 4 and 5 come during it
    await store.idle();
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 3 });
    store.save(stateNumber(6)); // 4, 5, 6: three lines since the snapshot
    await store.idle();
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 6 });
  });

  it('journal bytes saved since a snapshot count again from it', async () => {
    const journalBytes = (): number =>
      readdirSync(dir)
        .filter((name) => name.includes('.journal-'))
        .reduce((sum, name) => sum + readFileSync(join(dir, name)).length, 0);
    // Lines of the same length: the locale goes between two of two letters.
    const sized = (n: number): AppState => ({
      ...defaultState(),
      settings: { ...defaultState().settings, locale: n % 2 === 0 ? 'de' : 'it' },
    });
    const measure = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    measure.load();
    measure.save(sized(1));
    const one = journalBytes(); // every line of these states has the same length
    measure.close();
    rmSync(join(dir, 'objector-state.journal-000000000001.log'));
    const store = open({ compactAfter: { bytes: 2 * one, lines: 1e9 } });
    store.load();
    for (let n = 1; n <= 3; n++) {
      store.save(sized(n));
      await store.idle();
    }
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 2 });
    store.save(sized(4));
    await store.idle();
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 4 });
  });

  it('a snapshot written at start-up meanwhile wins: the older background one is dropped', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    store.load();
    store.save(stateNumber(1));
    const background = store.compact(); // the snapshot of seq 1, written a slice at a time
    writeFileSync(join(dir, 'objector-state.json'), 'garbage'); // meanwhile the file is damaged…
    store.load(); // …and a load repairs it at once (a snapshot of seq 1, from the journal)
    const repaired = readFileSync(store.path);
    await background;
    expect(readFileSync(store.path)).toEqual(repaired);
    expect(named('store.snapshot').map((line) => line.fields.mode)).toEqual(['now']);
    expect(files()).toEqual(['objector-state.corrupt-2025-05-20T14-03-11-123Z.json', 'objector-state.json']);
  });

  it('a generation it cannot remove is logged, and the snapshot still counts', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 }, generations: 0 });
    store.load();
    store.save(stateNumber(1));
    await store.compact();
    // A folder with a generation's name: pruning it fails (rm of a folder without recursive).
    const folder = join(dir, 'objector-state.gen-000000000000.json');
    mkdirSync(folder);
    store.save(stateNumber(2));
    await store.compact();
    expect(named('store.prune-failed')).toMatchObject([{ level: 'warn', fields: { error: 'ERR_FS_EISDIR' } }]);
    expect(named('store.snapshot-failed')).toEqual([]);
    expect(named('store.snapshot').map((line) => line.fields.seq)).toEqual([1, 2]);
    expect(existsSync(folder)).toBe(true);
  });
});

describe('pruning', () => {
  it('drops a segment exactly when the oldest kept snapshot holds its last line', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 }, generations: 1 });
    store.load();
    store.save(stateNumber(1));
    store.save(stateNumber(2));
    await store.compact(); // snapshot 2; segment 1 (lines 1–2) is all in it
    expect(files()).toEqual(['objector-state.json']);
    store.save(stateNumber(3)); // segment 3
    await store.compact(); // snapshot 3, generation 2: segment 3 (line 3) is not in generation 2
    expect(files()).toEqual(['objector-state.gen-000000000002.json', 'objector-state.journal-000000000003.log', 'objector-state.json']);
    store.save(stateNumber(4)); // segment 4
    store.save(stateNumber(5));
    await store.compact(); // snapshot 5, generation 3 (only one kept): segment 3 ends at 3, the oldest kept
    expect(files()).toEqual(['objector-state.gen-000000000003.json', 'objector-state.journal-000000000004.log', 'objector-state.json']);
    expect(open().load().state).toEqual(stateNumber(5));
  });

  it('drops a segment followed by another exactly when the next one starts just after the oldest kept snapshot', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 }, generations: 1 });
    store.load();
    store.save(stateNumber(1));
    store.save(stateNumber(2)); // segment 1: lines 1–2
    const snapshot = store.compact(); // snapshot 2
    store.save(stateNumber(3)); // meanwhile: segment 3, the one being appended to
    await snapshot;
    // Segment 1 ends just before segment 3 starts: at 2, which the snapshot holds.
    expect(files()).toEqual(['objector-state.journal-000000000003.log', 'objector-state.json']);
    expect(open().load().state).toEqual(stateNumber(3));
  });
});

describe('pruning what it cannot read or what is empty', () => {
  it('drops an empty segment left by a failed start of a segment, by the number of the one after it', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 }, generations: 0 });
    store.load();
    store.save(stateNumber(1));
    store.close();
    // An empty segment 2 (a start that failed before its first line): the next one is segment 2, attempt 1.
    writeFileSync(join(dir, 'objector-state.journal-000000000002.log'), '');
    store.save(stateNumber(2));
    expect(files()).toContain('objector-state.journal-000000000002-1.log');
    await store.compact();
    expect(files()).toEqual(['objector-state.json']);
  });

  it('keeps a last segment whose lines it cannot read', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 }, generations: 0 });
    store.load();
    store.save(stateNumber(1));
    store.close();
    const unreadable = join(dir, 'objector-state.journal-000000000002.log');
    writeFileSync(unreadable, 'not a journal line\n');
    await store.compact();
    expect(files()).toEqual(['objector-state.journal-000000000002.log', 'objector-state.json']);
  });
});

describe('what a load counts', () => {
  // Lines of the same length: the locale goes between two of two letters.
  const sized = (n: number): AppState => ({
    ...defaultState(),
    settings: { ...defaultState().settings, locale: n % 2 === 0 ? 'de' : 'it' },
  });
  const lineBytes = (): number => {
    const measure = open({ dir: join(dir, 'measure') });
    measure.load();
    measure.save(sized(1));
    measure.close();
    return readFileSync(join(dir, 'measure', 'objector-state.journal-000000000001.log')).length;
  };

  it('the journal bytes it found count towards the next snapshot', async () => {
    const one = lineBytes();
    const first = open();
    first.load();
    first.save(sized(1));
    first.save(sized(2));
    first.close();
    const store = open({ compactAfter: { bytes: 3 * one, lines: 1e9 } });
    store.load();
    store.save(sized(3)); // three lines: the limit
    await store.idle();
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 3 });
  });

  it('after a repair the journal counts from nothing', async () => {
    const one = lineBytes();
    const first = open();
    first.load();
    for (let n = 1; n <= 4; n++) first.save(sized(n));
    first.close();
    const segment = join(dir, 'objector-state.journal-000000000001.log');
    const text = readFileSync(segment, 'utf8').split('\n');
    text[1] = text[1]?.replace('"', "'") ?? '';
    writeFileSync(segment, text.join('\n'));
    const store = open({ compactAfter: { bytes: 2 * one, lines: 1e9 } });
    expect(store.load().state).toEqual(sized(1)); // repaired: a snapshot of seq 1, the segment put aside
    store.save(sized(2)); // one line since the repair: under the limit
    await new Promise((resolve) => setImmediate(resolve));
    await store.idle();
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 1 });
  });

  it('a store with nothing to repair or migrate writes nothing in the background', async () => {
    const first = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    first.load();
    first.save(stateNumber(1));
    await first.compact();
    first.close();
    const before = readFileSync(first.path);
    lines = [];
    open().load();
    await new Promise((resolve) => setImmediate(resolve));
    for (const store of opened) await store.idle();
    expect(named('store.snapshot')).toEqual([]);
    expect(readFileSync(first.path)).toEqual(before);
    expect(files()).toEqual(['objector-state.json']);
  });
});

describe('journals put aside at start-up', () => {
  it('tells the person where the first one went, and logs each', () => {
    const store = open();
    store.load();
    store.save(stateNumber(1));
    store.save(stateNumber(2));
    store.save(stateNumber(3));
    store.close();
    store.save(stateNumber(4)); // a second segment, after the damaged one
    store.close();
    const first = join(dir, 'objector-state.journal-000000000001.log');
    const text = readFileSync(first, 'utf8').split('\n');
    text[1] = text[1]?.replace('"', "'") ?? '';
    writeFileSync(first, text.join('\n'));
    lines = [];
    const { state, notice } = open().load();
    expect(state).toEqual(stateNumber(1));
    const asideFirst = join(dir, 'objector-state.journal-000000000001.corrupt-2025-05-20T14-03-11-123Z.log');
    const asideSecond = join(dir, 'objector-state.journal-000000000004.corrupt-2025-05-20T14-03-11-123Z.log');
    expect(notice).toEqual({ kind: 'recovered-from-backup', copiedTo: asideFirst, at: AT.toISOString() });
    expect(named('store.journal-put-aside')).toEqual([
      { level: 'warn', event: 'store.journal-put-aside', fields: { to: asideFirst } },
      { level: 'warn', event: 'store.journal-put-aside', fields: { to: asideSecond } },
    ]);
    expect(named('store.snapshot')).toEqual([
      {
        level: 'info',
        event: 'store.snapshot',
        fields: { seq: 4, chars: readFileSync(join(dir, 'objector-state.json'), 'utf8').length, mode: 'now' },
      },
    ]);
    expect(named('store.loaded').map((line) => line.fields)).toEqual([
      { accounts: 3, events: fixtureState().events.length, seq: 4, journalLines: 0, readOnly: 'no', notice: 'recovered-from-backup' },
    ]);
  });
});

describe('a repair at start-up', () => {
  it('tells of the snapshot put aside before the journal, and prunes what the repair snapshot holds', async () => {
    const store = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    store.load();
    store.save(stateNumber(1));
    await store.compact();
    store.save(stateNumber(2));
    await store.compact(); // generation 1, snapshot 2, segment 2 kept (generation 1 lacks line 2)
    store.save(stateNumber(3));
    store.save(stateNumber(4));
    store.save(stateNumber(5)); // segment 3: lines 3–5
    store.close();
    const segment = join(dir, 'objector-state.journal-000000000003.log');
    const text = readFileSync(segment, 'utf8').split('\n');
    text[1] = text[1]?.replace('"', "'") ?? '';
    writeFileSync(segment, text.join('\n'));
    writeFileSync(store.path, 'garbage');
    const { state, notice } = open({ generations: 0 }).load();
    expect(state).toEqual(stateNumber(3));
    expect(notice).toEqual({
      kind: 'recovered-from-backup',
      copiedTo: join(dir, 'objector-state.corrupt-2025-05-20T14-03-11-123Z.json'),
      at: AT.toISOString(),
    });
    // No generation is kept: generation 1 and segment 2 go; the damaged segment was put aside.
    expect(files()).toEqual([
      'objector-state.corrupt-2025-05-20T14-03-11-123Z.json',
      'objector-state.journal-000000000003.corrupt-2025-05-20T14-03-11-123Z.log',
      'objector-state.json',
    ]);
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toMatchObject({ seq: 3 });
    expect(open().load()).toEqual({ state: stateNumber(3), notice: null });
  });
});

describe('save() and close()', () => {
  it('refuses to save before load', () => {
    expect(() => open().save(fixtureState())).toThrow(new Error('The store was not loaded.'));
    expect(files()).toEqual([]);
  });

  it('logs a refused change without the text that was refused', () => {
    const store = open();
    store.load();
    const account = fixtureState().accounts[0];
    if (account === undefined) throw new Error('fixture');
    const label = `Marie ${'x'.repeat(200)}`;
    expect(() => store.save({ ...fixtureState(), accounts: [{ ...account, label }] })).toThrow(
      /^This change cannot be saved: change\.accounts/,
    );
    const refused = named('store.change-refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.level).toBe('error');
    expect(String(refused[0]?.fields.problem)).toMatch(/^change\.accounts/);
    expect(files()).toEqual([]);
  });

  it('logs the first three problems of a refused change', () => {
    const store = open();
    store.load();
    const accounts = fixtureState().accounts.map((account) => ({ ...account, label: 'x'.repeat(500), platform: 'NOT A PLATFORM' }));
    expect(() => store.save({ ...fixtureState(), accounts })).toThrow(/cannot be saved/);
    const problem = String(named('store.change-refused')[0]?.fields.problem);
    expect(problem.split('; ')).toHaveLength(3);
    expect(problem).toMatch(/^change\.accounts[^;]+; change\.accounts[^;]+; change\.accounts[^;]+$/);
  });

  it('an action that changes nothing is not written, and the next one is', () => {
    const store = open();
    store.load();
    const state = fixtureState();
    store.save(state);
    store.save({ ...state }); // the same records and settings: nothing changed
    store.save(stateNumber(1));
    expect(readFileSync(join(dir, 'objector-state.journal-000000000001.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
    expect(open().load().state).toEqual(stateNumber(1));
  });

  it('close() ends the segment: the next action starts a new one', () => {
    const store = open();
    store.load();
    store.save(stateNumber(1));
    store.close();
    store.save(stateNumber(2));
    expect(files()).toEqual(['objector-state.journal-000000000001.log', 'objector-state.journal-000000000002.log']);
  });
});
