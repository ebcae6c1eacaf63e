/**
 * The store's start-up load (`loadStore`, `replay`) at its exact edges (issue 14, step 7: tests
 * that bite; written after the first mutation run of store-load.ts): which snapshot or generation
 * is the base, which journal lines are replayed and which are dropped, the seq a repair takes, the
 * sizes counted, when a snapshot is asked for, what the person is told (the notice) and what the
 * log says, and what is left on disk. Real files of each kind in a temporary folder; `node:fs` is
 * wrapped only to make a read or a rename fail (the tests run as root, so permissions cannot).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStore, replay, type LoadedStore } from '../../../src/main/state/store-load';
import { generationPath, segmentPath, storeNames, type StoreNames } from '../../../src/main/state/store-layout';
import { encodeLine } from '../../../src/main/state/journal';
import { snapshotText } from '../../../src/main/state/snapshot';
import { readStateFile } from '../../../src/main/state/store-files';
import { check } from '../../../src/shared/validate';
import { stateChangeSchema, stateErrors } from '../../../src/shared/domain/state-schema';
import { defaultState } from '../../../src/shared/domain/defaults';
import { migrate } from '../../../src/shared/domain/migrations';
import type { AppState } from '../../../src/shared/domain/types';
import type { ReadOnlyReason } from '../../../src/shared/ipc/contract';
import type { Log } from '../../../src/main/log/log';
import type * as fs from 'node:fs';

/** Paths whose read or rename fails, with the error code (empty: the real `node:fs`). */
const faults = vi.hoisted(() => ({ read: new Map<string, string>(), rename: new Map<string, string>() }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  const fail = (code: string, path: string): never => {
    throw Object.assign(new Error(`${code}: simulated, '${path}'`), { code });
  };
  return {
    ...actual,
    readFileSync: ((...args: Parameters<typeof actual.readFileSync>) => {
      const code = faults.read.get(String(args[0]));
      return code === undefined ? actual.readFileSync(...args) : fail(code, String(args[0]));
    }) as typeof actual.readFileSync,
    renameSync: (from: string, to: string): void => {
      const code = faults.rename.get(from);
      return code === undefined ? actual.renameSync(from, to) : fail(code, from);
    },
  };
});

const fixtures = join(import.meta.dirname, '../../fixtures/store');
const AT = new Date('2025-05-20T14:03:11.123Z');
const STAMP = AT.toISOString();
const CORRUPT = 'objector-state.corrupt-2025-05-20T14-03-11-123Z.json';

/** A state told apart by its `remindersSent` (each journal line below sets it). */
const marked = (mark: string): AppState => ({ ...defaultState(), remindersSent: [mark] });
/** The change of journal line `seq`: `remindersSent` becomes [`line-<seq>`]. */
const lineChange = (seq: number): { remindersSent: string[] } => ({ remindersSent: [`line-${seq}`] });
const fixtureState = (): AppState => {
  const result = migrate(JSON.parse(readFileSync(join(fixtures, 'v4.json'), 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value.state;
};

let dir = '';
let names: StoreNames;
type Call = readonly [level: 'info' | 'warn' | 'error', event: string, fields: unknown];
let calls: Call[] = [];
const log: Log = {
  info: (event, fields) => void calls.push(['info', event, fields]),
  warn: (event, fields) => void calls.push(['warn', event, fields]),
  error: (event, fields) => void calls.push(['error', event, fields]),
};
const logged = (event: string): unknown[] => calls.filter((call) => call[1] === event).map((call) => call[2]);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'objector-store-load-'));
  names = storeNames(dir, 'objector-state');
  calls = [];
});
afterEach(() => {
  faults.read.clear();
  faults.rename.clear();
  rmSync(dir, { recursive: true, force: true });
});

const load = (writable: ReadOnlyReason | null = null): LoadedStore => loadStore(names, AT, writable, log);
const files = (): string[] => readdirSync(dir).sort();
const size = (path: string): number => statSync(path).size;
/** Writes a snapshot of `state` after line `seq` at `path`; returns its length in characters. */
const writeSnapshot = (path: string, state: AppState, seq: number): number => {
  const text = snapshotText(state, seq);
  writeFileSync(path, text);
  return text.length;
};
/** Writes a journal segment holding `lines` (seq, change) and `tail` bytes after them; returns its path. */
const writeSegment = (first: number, lines: readonly (readonly [number, unknown])[], tail = '', attempt = 0): string => {
  const path = segmentPath(names, first, attempt);
  writeFileSync(path, Buffer.concat([...lines.map(([seq, change]) => encodeLine(seq, change)), Buffer.from(tail)]));
  return path;
};
/** Lines `from`..`to`, each setting `remindersSent` to [`line-<seq>`]. */
const lines = (from: number, to: number): [number, unknown][] =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, lineChange(from + i)] as [number, unknown]);
const broken = (): unknown[] => logged('store.journal-broken');

describe('replaying the journal after a good snapshot', () => {
  it('skips the lines the snapshot holds, replays the rest, and counts them', () => {
    const chars = writeSnapshot(names.main, marked('snapshot'), 2);
    const a = writeSegment(1, lines(1, 3));
    const b = writeSegment(4, lines(4, 5));
    expect(load()).toEqual({
      state: marked('line-5'),
      seq: 5,
      notice: null,
      readOnly: null,
      mainSeq: 2,
      chars: chars + size(a) + size(b),
      journalBytes: size(a) + size(b),
      journalLines: 3,
      dropped: [],
      snapshot: 'no',
    });
    expect(broken()).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('keeps the snapshot alone when the journal holds only lines it already has', () => {
    const chars = writeSnapshot(names.main, marked('snapshot'), 3);
    const a = writeSegment(1, lines(1, 3));
    expect(load()).toMatchObject({ state: marked('snapshot'), seq: 3, mainSeq: 3, chars: chars + size(a), journalBytes: size(a) });
    expect(load()).toMatchObject({ journalLines: 0, dropped: [], snapshot: 'no', notice: null });
  });

  it('replays the very next line after the snapshot (seq + 1), not one later', () => {
    writeSnapshot(names.main, marked('snapshot'), 4);
    writeSegment(5, lines(5, 5));
    expect(load()).toMatchObject({ state: marked('line-5'), seq: 5, journalLines: 1, snapshot: 'no' });
  });

  it('ignores a torn last line (never acknowledged) but counts its bytes', () => {
    writeSnapshot(names.main, marked('snapshot'), 0);
    const a = writeSegment(1, lines(1, 2), 'f00d half a line');
    expect(load()).toMatchObject({ state: marked('line-2'), seq: 2, journalLines: 2, journalBytes: size(a), dropped: [], snapshot: 'no' });
    expect(broken()).toEqual([]);
  });

  it('a gap in the seqs: keeps the lines before it, drops its segment and the later ones, and repairs past every seq', () => {
    const chars = writeSnapshot(names.main, marked('snapshot'), 2);
    const a = writeSegment(3, lines(3, 4));
    const b = writeSegment(5, [
      [6, lineChange(6)],
      [7, lineChange(7)],
    ]);
    const c = writeSegment(8, lines(8, 8));
    expect(load()).toEqual({
      state: marked('line-4'),
      seq: 8,
      notice: null,
      readOnly: null,
      mainSeq: 2,
      // The segment where the chain broke is not counted: it is put aside.
      chars: chars + size(a),
      journalBytes: size(a),
      journalLines: 2,
      dropped: [b, c],
      snapshot: 'now',
    });
    expect(broken()).toEqual([{ problem: `${b}: line 6 follows 4`, kept: 4 }]);
  });

  it('a gap right after the snapshot: nothing replayed, every segment from it dropped', () => {
    writeSnapshot(names.main, marked('snapshot'), 2);
    const a = writeSegment(1, lines(1, 2));
    const b = writeSegment(4, lines(4, 5));
    expect(load()).toMatchObject({
      state: marked('snapshot'),
      seq: 5,
      journalLines: 0,
      journalBytes: size(a),
      dropped: [b],
      snapshot: 'now',
    });
    expect(broken()).toEqual([{ problem: `${b}: line 4 follows 2`, kept: 2 }]);
  });

  it('a damaged line in the middle: keeps the lines before it, counts its segment, drops it and the later ones', () => {
    writeSnapshot(names.main, marked('snapshot'), 2);
    const a = writeSegment(3, lines(3, 3));
    const b = segmentPath(names, 4);
    const good = [encodeLine(4, lineChange(4)), encodeLine(5, lineChange(5)), encodeLine(6, lineChange(6))];
    const damaged = Buffer.from(good[1]?.toString('utf8').replace('line-5', 'line-X') ?? '');
    writeFileSync(b, Buffer.concat([good[0] ?? Buffer.alloc(0), damaged, good[2] ?? Buffer.alloc(0)]));
    const c = writeSegment(7, lines(7, 9));
    expect(load()).toMatchObject({
      state: marked('line-4'),
      seq: 9,
      journalLines: 2,
      journalBytes: size(a) + size(b),
      dropped: [b, c],
      snapshot: 'now',
    });
    expect(broken()).toEqual([{ problem: `${b}: a damaged line after line 4`, kept: 4 }]);
  });

  it('a segment that cannot be read: keeps the lines before it, drops it and the later ones, and repairs past its name', () => {
    writeSnapshot(names.main, marked('snapshot'), 0);
    const a = writeSegment(1, lines(1, 2));
    const b = segmentPath(names, 3);
    mkdirSync(b); // a folder where a segment should be: EISDIR
    const c = segmentPath(names, 11);
    mkdirSync(c);
    expect(load()).toMatchObject({
      state: marked('line-2'),
      seq: 11,
      journalLines: 2,
      journalBytes: size(a),
      dropped: [b, c],
      snapshot: 'now',
    });
    const [entry] = broken() as [{ problem: string; kept: number }];
    expect(entry.kept).toBe(2);
    expect(entry.problem).toMatch(/EISDIR/);
    expect(entry.problem.startsWith(`${b} could not be read (`)).toBe(true);
    expect(entry.problem.endsWith(')')).toBe(true);
  });

  it('a segment whose read fails (an I/O error): the same, with the error in the log', () => {
    writeSnapshot(names.main, marked('snapshot'), 0);
    writeSegment(1, lines(1, 1));
    const b = writeSegment(2, lines(2, 3));
    faults.read.set(b, 'EIO');
    // Its lines cannot be read for the repair's seq either: the seq in its name is what is known.
    expect(load()).toMatchObject({ state: marked('line-1'), seq: 2, journalLines: 1, dropped: [b], snapshot: 'now' });
    expect(broken()).toEqual([{ problem: `${b} could not be read (EIO: simulated, '${b}')`, kept: 1 }]);
  });

  it('a line that is not a change: stops before it and says what is wrong (the first three problems)', () => {
    writeSnapshot(names.main, marked('snapshot'), 2);
    const a = writeSegment(3, lines(3, 3));
    const wrong = { accounts: 1, groups: 2, events: 3, evidence: 4, settings: 5 };
    const b = writeSegment(4, [
      [4, wrong],
      [5, lineChange(5)],
    ]);
    const problems = check(stateChangeSchema, wrong, 'change 4');
    if (problems.ok) throw new Error('the change should be refused');
    expect(problems.errors.length).toBeGreaterThan(3);
    expect(load()).toMatchObject({
      state: marked('line-3'),
      seq: 5,
      journalLines: 1,
      journalBytes: size(a),
      dropped: [b],
      snapshot: 'now',
    });
    const [entry] = broken() as [{ problem: string; kept: number }];
    expect(entry).toEqual({ problem: `${b}: ${problems.errors.slice(0, 3).join('; ')}`, kept: 3 });
    expect(entry.problem.split('; ')).toHaveLength(3);
    expect(entry.problem.startsWith(`${b}: change 4`)).toBe(true);
  });

  it('a change that does not fit the state: keeps the lines before it and drops every segment', () => {
    writeSnapshot(names.main, marked('snapshot'), 2);
    const a = writeSegment(3, lines(3, 4));
    const b = writeSegment(5, [
      [5, { accounts: { remove: ['6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b'], replace: [], append: [] } }],
      [6, lineChange(6)],
    ]);
    expect(load()).toEqual({
      state: marked('line-4'),
      seq: 6,
      notice: null,
      readOnly: null,
      mainSeq: 2,
      chars: expect.any(Number) as number,
      journalBytes: size(a) + size(b),
      journalLines: 2,
      dropped: [a, b],
      snapshot: 'now',
    });
    expect(broken()).toEqual([{ problem: 'accounts: removes a record that is not there', kept: 4 }]);
  });

  it('a change that does not fit the state on its first line: the snapshot alone, every segment dropped', () => {
    writeSnapshot(names.main, marked('snapshot'), 2);
    const a = writeSegment(3, [[3, { groups: { remove: ['3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f'], replace: [], append: [] } }]]);
    expect(load()).toMatchObject({
      state: marked('snapshot'),
      seq: 3,
      journalLines: 0,
      journalBytes: size(a),
      dropped: [a],
      snapshot: 'now',
    });
    expect(broken()).toEqual([{ problem: 'groups: removes a record that is not there', kept: 2 }]);
  });

  it('lines that fit one by one but not together: the snapshot alone, nothing counted, every segment dropped', () => {
    const base = fixtureState();
    const chars = writeSnapshot(names.main, base, 2);
    const event = base.events[0];
    if (event === undefined) throw new Error('fixture');
    // Events of an account that is not there: four problems, the first three told.
    const orphans = [1, 2, 3, 4].map((n) => ({
      ...event,
      id: `${n}0000000-0000-4000-8000-000000000000`,
      accountId: `${n}1111111-1111-4111-8111-111111111111`,
    }));
    const a = writeSegment(3, lines(3, 3));
    const b = writeSegment(4, [[4, { events: { remove: [], replace: [], append: orphans } }]]);
    const together = stateErrors({ ...base, remindersSent: ['line-3'], events: [...base.events, ...orphans] });
    expect(together.length).toBeGreaterThan(3);
    expect(load()).toEqual({
      state: base,
      seq: 4,
      notice: null,
      readOnly: null,
      mainSeq: 2,
      chars,
      journalBytes: 0,
      journalLines: 0,
      dropped: [a, b],
      snapshot: 'now',
    });
    expect(broken()).toEqual([{ problem: together.slice(0, 3).join('; '), kept: 2 }]);
  });

  it('replay() on its own: no segments, no lines, nothing broken', () => {
    const base = { state: marked('base'), seq: 7, from: 4, legacy: false, chars: 10 };
    expect(replay(base, [])).toEqual({ state: marked('base'), seq: 7, bytes: 0, lines: 0, broken: null, dropped: [] });
  });
});

describe('when a snapshot is asked for', () => {
  const empty = (seq: number): [number, unknown] => [seq, {}];

  it.each([
    [2000, 'no'],
    [2001, 'soon'],
  ] as const)('%i journal lines: %s', (count, expected) => {
    writeSnapshot(names.main, marked('snapshot'), 0);
    writeSegment(
      1,
      Array.from({ length: count }, (_, i) => empty(i + 1)),
    );
    expect(load()).toMatchObject({ seq: count, journalLines: count, snapshot: expected });
  });

  it.each([
    [1024 * 1024, 'no'],
    [1024 * 1024 + 1, 'soon'],
  ] as const)('%i journal bytes: %s', (bytes, expected) => {
    writeSnapshot(names.main, marked('snapshot'), 0);
    const line = encodeLine(1, lineChange(1));
    const path = writeSegment(1, lines(1, 1), 'x'.repeat(bytes - line.length));
    expect(size(path)).toBe(bytes);
    expect(load()).toMatchObject({ seq: 1, journalLines: 1, journalBytes: bytes, snapshot: expected });
  });

  it('a file of the previous version (no envelope, current schema): soon, and nothing written yet', () => {
    const text = readFileSync(join(fixtures, 'v4.json'), 'utf8');
    writeFileSync(names.main, text);
    expect(load()).toMatchObject({ state: fixtureState(), seq: 0, mainSeq: 0, chars: text.length, snapshot: 'soon', notice: null });
    expect(files()).toEqual(['objector-state.json']);
  });

  it('a snapshot whose document is of an older schema: soon', () => {
    const document = JSON.parse(readFileSync(join(fixtures, 'v3.json'), 'utf8')) as unknown;
    writeFileSync(names.main, JSON.stringify({ format: 'objector-store', version: 1, seq: 0, document }));
    expect(load()).toMatchObject({ seq: 0, mainSeq: 0, snapshot: 'soon', notice: null });
  });

  it('a snapshot of this version and a short journal: no', () => {
    writeFileSync(names.main, snapshotText(fixtureState(), 0));
    writeSegment(1, lines(1, 1));
    expect(load()).toMatchObject({ seq: 1, snapshot: 'no' });
  });

  it('no snapshot but journal lines: soon (the state lives in the journal only)', () => {
    const a = writeSegment(1, lines(1, 2));
    expect(load()).toEqual({
      state: marked('line-2'),
      seq: 2,
      notice: null,
      readOnly: null,
      mainSeq: null,
      chars: size(a),
      journalBytes: size(a),
      journalLines: 2,
      dropped: [],
      snapshot: 'soon',
    });
  });

  it('no snapshot, a generation after line 3 and no journal: soon', () => {
    writeSnapshot(generationPath(names, 3), marked('gen-3'), 3);
    expect(load()).toMatchObject({ state: marked('gen-3'), seq: 3, mainSeq: null, journalLines: 0, snapshot: 'soon', notice: null });
  });

  it('no snapshot, a generation at seq 0 and no journal: no', () => {
    writeSnapshot(generationPath(names, 0), marked('gen-0'), 0);
    expect(load()).toMatchObject({ state: marked('gen-0'), seq: 0, snapshot: 'no', notice: null });
  });

  it('nothing at all: defaults, no notice, nothing written', () => {
    expect(load()).toEqual({
      state: defaultState(),
      seq: 0,
      notice: null,
      readOnly: null,
      mainSeq: null,
      chars: 0,
      journalBytes: 0,
      journalLines: 0,
      dropped: [],
      snapshot: 'no',
    });
    expect(files()).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('the history: which earlier save is the base', () => {
  it('no snapshot: the newest good generation (a damaged newer one skipped), and the journal after it', () => {
    writeSnapshot(generationPath(names, 1), marked('gen-1'), 1);
    const chars = writeSnapshot(generationPath(names, 2), marked('gen-2'), 2);
    writeFileSync(generationPath(names, 3), '{"format":"objector-store"');
    const a = writeSegment(2, lines(2, 4));
    expect(load()).toEqual({
      state: marked('line-4'),
      seq: 4,
      notice: null,
      readOnly: null,
      mainSeq: null,
      chars: chars + size(a),
      journalBytes: size(a),
      journalLines: 2,
      dropped: [],
      snapshot: 'soon',
    });
    expect(logged('store.recovered')).toEqual([{ from: generationPath(names, 2) }]);
  });

  it('no snapshot: the newest of several good generations', () => {
    writeSnapshot(generationPath(names, 1), marked('gen-1'), 1);
    writeSnapshot(generationPath(names, 5), marked('gen-5'), 5);
    writeSnapshot(generationPath(names, 3), marked('gen-3'), 3);
    expect(load()).toMatchObject({ state: marked('gen-5'), seq: 5 });
    expect(logged('store.recovered')).toEqual([{ from: generationPath(names, 5) }]);
  });

  it('the old backup when no generation is good: nothing replayed on it, the journal put aside, a repair past every seq', () => {
    writeFileSync(generationPath(names, 2), 'not json');
    const backup = JSON.stringify({ schemaVersion: 4, ...marked('backup') });
    writeFileSync(names.legacyBackup, backup);
    const a = writeSegment(1, lines(1, 3));
    expect(load()).toEqual({
      state: marked('backup'),
      seq: 3,
      notice: null,
      readOnly: null,
      mainSeq: null,
      chars: backup.length,
      journalBytes: 0,
      journalLines: 0,
      dropped: [a],
      snapshot: 'now',
    });
    expect(logged('store.recovered')).toEqual([{ from: names.legacyBackup }]);
    expect(broken()).toEqual([]);
  });

  it('the old backup and no journal: a snapshot soon (its format is old), nothing to put aside', () => {
    writeFileSync(names.legacyBackup, JSON.stringify({ schemaVersion: 4, ...marked('backup') }));
    expect(load()).toMatchObject({ state: marked('backup'), seq: 0, dropped: [], snapshot: 'soon', notice: null });
  });

  it('a repair takes a seq past every generation name, even one that cannot be read', () => {
    writeFileSync(names.main, 'garbage');
    writeSnapshot(generationPath(names, 2), marked('gen-2'), 2);
    writeFileSync(generationPath(names, 20), 'damaged');
    writeSegment(3, lines(3, 3));
    expect(load()).toMatchObject({ state: marked('line-3'), seq: 20, journalLines: 1, snapshot: 'now' });
  });

  it('a repair takes a seq past every segment name, even an empty one', () => {
    writeFileSync(names.main, 'garbage');
    writeSnapshot(generationPath(names, 2), marked('gen-2'), 2);
    writeSegment(3, lines(3, 3));
    writeSegment(30, []);
    expect(load()).toMatchObject({ state: marked('line-3'), seq: 30, journalLines: 1, snapshot: 'now' });
  });

  it('a repair takes a seq past the last line of a segment (not its first)', () => {
    writeSnapshot(names.main, marked('snapshot'), 0);
    writeSegment(1, [...lines(1, 3), ...lines(7, 9)]); // a gap after line 3
    expect(load()).toMatchObject({ state: marked('line-3'), seq: 9, journalLines: 3, snapshot: 'now' });
  });

  it('without a repair the seq is the last line replayed, whatever the names say', () => {
    writeSnapshot(names.main, marked('snapshot'), 0);
    writeSnapshot(generationPath(names, 40), marked('gen-40'), 0);
    writeSegment(1, lines(1, 2));
    writeSegment(3, []);
    expect(load()).toMatchObject({ state: marked('line-2'), seq: 2, snapshot: 'no' });
  });
});

describe('a main file that cannot be read as a snapshot', () => {
  it('is moved aside and the person told; the newest good generation and the journal continue', () => {
    writeFileSync(names.main, 'garbage');
    const chars = writeSnapshot(generationPath(names, 1), marked('gen-1'), 1);
    const a = writeSegment(1, lines(1, 2));
    expect(load()).toEqual({
      state: marked('line-2'),
      seq: 2,
      notice: { kind: 'recovered-from-backup', copiedTo: join(dir, CORRUPT), at: STAMP },
      readOnly: null,
      mainSeq: null,
      chars: chars + size(a),
      journalBytes: size(a),
      journalLines: 1,
      dropped: [],
      snapshot: 'now',
    });
    expect(readFileSync(join(dir, CORRUPT), 'utf8')).toBe('garbage');
    expect(files()).toEqual([CORRUPT, 'objector-state.gen-000000000001.json', 'objector-state.journal-000000000001.log']);
    expect(logged('store.unreadable')).toHaveLength(1);
    expect(logged('store.moved-aside')).toEqual([{ to: join(dir, CORRUPT) }]);
    expect(logged('store.recovered')).toEqual([{ from: generationPath(names, 1) }]);
  });

  it('with nothing earlier: moved aside, the person told it started fresh', () => {
    mkdirSync(names.main);
    expect(load()).toEqual({
      state: defaultState(),
      seq: 0,
      notice: { kind: 'started-fresh', copiedTo: join(dir, CORRUPT), at: STAMP },
      readOnly: null,
      mainSeq: null,
      chars: 0,
      journalBytes: 0,
      journalLines: 0,
      dropped: [],
      snapshot: 'now',
    });
    expect(statSync(join(dir, CORRUPT)).isDirectory()).toBe(true);
    expect(logged('store.unreadable')).toEqual([{ problem: 'not a regular file (folder)' }]);
    expect(logged('store.recovered')).toEqual([]);
  });

  it('the problem logged is the first three of what is wrong', () => {
    writeFileSync(names.main, JSON.stringify({ schemaVersion: 4, accounts: 1, groups: 2, events: 3, evidence: 4, settings: 5 }));
    const file = readStateFile(names.main);
    if (file.kind !== 'bad') throw new Error('the file should be refused');
    expect(file.errors.length).toBeGreaterThan(3);
    load();
    expect(logged('store.unreadable')).toEqual([{ problem: file.errors.slice(0, 3).join('; ') }]);
  });

  it('cannot be moved aside: read-only, nothing moved, the last good save shown', () => {
    writeFileSync(names.main, 'garbage');
    const chars = writeSnapshot(generationPath(names, 1), marked('gen-1'), 1);
    const a = writeSegment(1, lines(1, 3));
    faults.rename.set(names.main, 'EROFS');
    expect(load()).toEqual({
      state: marked('line-3'),
      seq: 3,
      notice: {
        kind: 'read-only',
        reason: 'cannot-repair',
        folder: dir,
        detail: `${names.main}: EROFS: simulated, '${names.main}'`,
        at: STAMP,
      },
      readOnly: 'cannot-repair',
      mainSeq: null,
      chars: chars + size(a),
      journalBytes: size(a),
      journalLines: 2,
      dropped: [],
      snapshot: 'no',
    });
    expect(readFileSync(names.main, 'utf8')).toBe('garbage');
    expect(logged('store.moved-aside')).toEqual([]);
    expect(logged('store.read-only')).toEqual([{ reason: 'cannot-repair', detail: `${names.main}: EROFS: simulated, '${names.main}'` }]);
  });
});

describe('read-only starts', () => {
  const newerText = JSON.stringify({ format: 'objector-store', version: 2, seq: 4, document: {} });

  it('a newer version: defaults, nothing replayed, nothing moved, the reason and the version told', () => {
    writeFileSync(names.main, newerText);
    writeSnapshot(generationPath(names, 1), marked('gen-1'), 1);
    writeSegment(1, lines(1, 3));
    const detail = 'version: 2 was written by a newer version of Objector; this one reads 1';
    expect(load()).toEqual({
      state: defaultState(),
      seq: 0,
      notice: { kind: 'read-only', reason: 'newer-version', folder: dir, detail, at: STAMP },
      readOnly: 'newer-version',
      mainSeq: null,
      chars: 0,
      journalBytes: 0,
      journalLines: 0,
      dropped: [],
      snapshot: 'no',
    });
    expect(files()).toEqual(['objector-state.gen-000000000001.json', 'objector-state.journal-000000000001.log', 'objector-state.json']);
    expect(logged('store.read-only')).toEqual([{ reason: 'newer-version', detail }]);
  });

  it('a dangling link: the newest good generation and its journal, the target told', () => {
    symlinkSync('/media/usb-stick/objector-state.json', names.main);
    const chars = writeSnapshot(generationPath(names, 1), marked('gen-1'), 1);
    const a = writeSegment(2, lines(2, 3));
    expect(load()).toEqual({
      state: marked('line-3'),
      seq: 3,
      notice: { kind: 'read-only', reason: 'dangling-link', folder: dir, detail: '/media/usb-stick/objector-state.json', at: STAMP },
      readOnly: 'dangling-link',
      mainSeq: null,
      chars: chars + size(a),
      journalBytes: size(a),
      journalLines: 2,
      dropped: [],
      snapshot: 'no',
    });
  });

  it('a dangling link with a broken journal: read-only, nothing dropped, no repair seq', () => {
    symlinkSync(join(dir, 'elsewhere.json'), names.main);
    writeSnapshot(generationPath(names, 1), marked('gen-1'), 1);
    writeSegment(2, lines(2, 2));
    writeSegment(9, lines(9, 9));
    expect(load()).toMatchObject({ state: marked('line-2'), seq: 2, dropped: [], snapshot: 'no', readOnly: 'dangling-link' });
  });

  it('a dangling link and only the old backup: the backup, nothing replayed', () => {
    symlinkSync(join(dir, 'elsewhere.json'), names.main);
    const backup = JSON.stringify({ schemaVersion: 4, ...marked('backup') });
    writeFileSync(names.legacyBackup, backup);
    writeSegment(1, lines(1, 2));
    expect(load()).toMatchObject({ state: marked('backup'), seq: 0, journalLines: 0, journalBytes: 0, chars: backup.length });
  });

  it('a dangling link and nothing else: the journal replayed on defaults', () => {
    symlinkSync(join(dir, 'elsewhere.json'), names.main);
    const a = writeSegment(1, lines(1, 2));
    expect(load()).toMatchObject({ state: marked('line-2'), seq: 2, journalLines: 2, chars: size(a), readOnly: 'dangling-link' });
  });

  it('a file that cannot be read: read-only, the error code told, the history shown', () => {
    writeSnapshot(names.main, marked('main'), 5);
    writeSnapshot(generationPath(names, 1), marked('gen-1'), 1);
    faults.read.set(names.main, 'EACCES');
    expect(load()).toMatchObject({
      state: marked('gen-1'),
      seq: 1,
      notice: { kind: 'read-only', reason: 'cannot-read', folder: dir, detail: 'cannot be read (EACCES)', at: STAMP },
      readOnly: 'cannot-read',
      mainSeq: null,
    });
    faults.read.clear();
    expect(readFileSync(names.main, 'utf8')).toContain('"seq":5');
  });

  it('a folder that cannot be written, with a good snapshot: it and its journal, the folder told, no repair', () => {
    const chars = writeSnapshot(names.main, marked('main'), 2);
    const a = writeSegment(3, lines(3, 4));
    writeSegment(9, lines(9, 9)); // a gap: still nothing dropped, nothing written
    expect(load('folder-read-only')).toEqual({
      state: marked('line-4'),
      seq: 4,
      notice: { kind: 'read-only', reason: 'folder-read-only', folder: dir, detail: dir, at: STAMP },
      readOnly: 'folder-read-only',
      mainSeq: null,
      chars: chars + size(a),
      journalBytes: size(a),
      journalLines: 2,
      dropped: [],
      snapshot: 'no',
    });
    expect(logged('store.read-only')).toEqual([{ reason: 'folder-read-only', detail: dir }]);
  });

  it('a full disk and no snapshot: the newest good generation and the journal, the folder told', () => {
    writeSnapshot(generationPath(names, 1), marked('gen-1'), 1);
    writeSegment(2, lines(2, 2));
    expect(load('disk-full')).toMatchObject({
      state: marked('line-2'),
      seq: 2,
      notice: { kind: 'read-only', reason: 'disk-full', folder: dir, detail: dir, at: STAMP },
      readOnly: 'disk-full',
    });
  });

  it('a folder that cannot be written and a damaged snapshot: what is wrong told, nothing moved', () => {
    writeFileSync(names.main, '');
    writeSnapshot(generationPath(names, 1), marked('gen-1'), 1);
    const result = load('folder-read-only');
    expect(result).toMatchObject({ state: marked('gen-1'), seq: 1, readOnly: 'folder-read-only', notice: { reason: 'folder-read-only' } });
    const detail = result.notice?.kind === 'read-only' ? result.notice.detail : '';
    expect(detail).not.toBe(dir);
    expect(detail.length).toBeGreaterThan(0);
    expect(files()).toEqual(['objector-state.gen-000000000001.json', 'objector-state.json']);
  });

  it('a folder that cannot be written and a FIFO in place of the snapshot: says it is not a regular file', () => {
    execFileSync('mkfifo', [names.main]);
    expect(load('folder-read-only').notice).toEqual({
      kind: 'read-only',
      reason: 'folder-read-only',
      folder: dir,
      detail: 'not a regular file (fifo)',
      at: STAMP,
    });
    expect(statSync(names.main).isFIFO()).toBe(true);
  });

  it('a folder that cannot be written and only the old backup: nothing replayed on it', () => {
    writeFileSync(names.legacyBackup, JSON.stringify({ schemaVersion: 4, ...marked('backup') }));
    writeSegment(1, lines(1, 2));
    expect(load('folder-read-only')).toMatchObject({ state: marked('backup'), seq: 0, journalLines: 0, journalBytes: 0 });
  });
});

describe('temporary files of writes that never finished', () => {
  const temporary = (): string[] => [join(dir, 'objector-state.json.tmp-1-abc'), join(dir, 'objector-state.gen-000000000001.json.tmp-2')];

  it('are removed when the folder can be written, and counted in the log', () => {
    writeSnapshot(names.main, marked('main'), 0);
    for (const path of temporary()) writeFileSync(path, 'half');
    expect(load()).toMatchObject({ state: marked('main'), notice: null });
    expect(files()).toEqual(['objector-state.json']);
    expect(logged('store.temporary-removed')).toEqual([{ count: 2 }]);
  });

  it('a folder among them is kept and not counted', () => {
    writeFileSync(temporary()[0] ?? '', 'half');
    mkdirSync(temporary()[1] ?? '');
    load();
    expect(files()).toEqual(['objector-state.gen-000000000001.json.tmp-2']);
    expect(logged('store.temporary-removed')).toEqual([{ count: 1 }]);
  });

  it('are left alone when the folder cannot be written', () => {
    for (const path of temporary()) writeFileSync(path, 'half');
    load('folder-read-only');
    expect(files()).toEqual(['objector-state.gen-000000000001.json.tmp-2', 'objector-state.json.tmp-1-abc']);
    expect(logged('store.temporary-removed')).toEqual([]);
  });

  it('none: nothing logged', () => {
    load();
    expect(logged('store.temporary-removed')).toEqual([]);
  });
});
