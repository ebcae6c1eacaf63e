/**
 * The state on disk (docs/architecture.md, "Persistence"): a snapshot of the whole state and a
 * journal with one line per action since. An action appends one short line, flushed and read
 * back before it is acknowledged (about a millisecond, whatever the size of the state); from
 * time to time a new snapshot is written in the background, a slice at a time, verified, and the
 * previous snapshot is kept as a generation with the journal since it, so a damaged snapshot
 * costs nothing. electron-store is not used (see the architecture doc for why).
 */
import { closeSync, copyFileSync, linkSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import type { AppState, Clock } from '@shared/domain/types';
import type { ReadOnlyReason, StoreNotice } from '@shared/ipc/contract';
import { diffState, type StateChange } from '@shared/domain/state-change';
import { MAX_STATE_CHARS, stateChangeSchema } from '@shared/domain/state-schema';
import { check } from '@shared/validate';
import type { StateStorage } from './state-service';
import { JournalWriter, decodeSegment, encodeLine } from './journal';
import { SaveError, errorCode, failureOf, tempPathFor, writeFileVerified, writeFileVerifiedSync } from './verified-write';
import { generationPath, listStore, segmentPath, storeNames, type StoreNames } from './store-layout';
import { moveAside } from './store-files';
import { snapshotSlices, snapshotText } from './snapshot';
import { loadStore } from './store-load';
import { log as appLog, errorFields, type Log } from '../log/log';

/** Where and how to keep the state. */
export interface FileStorageOptions {
  /** The folder: the app's `app.getPath('userData')`. */
  readonly dir: string;
  readonly clock: Clock;
  /** The file name without extension. */
  readonly name?: string;
  readonly log?: Log;
  /** When to write a new snapshot: journal bytes or lines since the last one. */
  readonly compactAfter?: { readonly bytes: number; readonly lines: number };
  /** Older snapshots kept besides the newest (default 2). */
  readonly generations?: number;
}

/** A storage on disk, with the paths it uses (shown to the person, used by tests). */
export interface FileStorage extends StateStorage {
  /** The newest snapshot's path. */
  readonly path: string;
  readonly dir: string;
  /** Null while the store can be written; else why not. */
  readOnly(): ReadOnlyReason | null;
  /** Writes a new snapshot of the last saved state now (in the background; resolves when done). */
  compact(): Promise<void>;
  /** Resolves when no snapshot is being written. */
  idle(): Promise<void>;
  /** Stops: closes the journal file. */
  close(): void;
}

type Loaded = ReturnType<StateStorage['load']>;

const DEFAULT_COMPACT = { bytes: 1024 * 1024, lines: 4_000 };

/** Why the folder cannot take a new file, or null when it can (tried with an empty temporary file). */
export function probeWritable(names: StoreNames, log: Log): ReadOnlyReason | null {
  const probe = tempPathFor(names.main);
  try {
    mkdirSync(names.dir, { recursive: true });
    closeSync(openSync(probe, 'wx', 0o600));
    rmSync(probe, { force: true });
    return null;
  } catch (error) {
    const failure = failureOf(error);
    log.warn('store.probe-failed', errorFields(error));
    // A full disk can still refuse a new empty file: saving is impossible until there is room.
    return failure === 'read-only' ? 'folder-read-only' : failure === 'disk-full' ? 'disk-full' : 'folder-read-only';
  }
}

/** Builds the file storage; nothing is read until `load()`. */
export function createFileStorage(options: FileStorageOptions): FileStorage {
  const names = storeNames(options.dir, options.name ?? 'objector-state');
  const log = options.log ?? appLog;
  const compactAfter = options.compactAfter ?? DEFAULT_COMPACT;
  const keep = options.generations ?? 2;
  const journal = new JournalWriter(names.dir, (seq, attempt) => segmentPath(names, seq, attempt));

  let readOnly: ReadOnlyReason | null = null;
  let saved: AppState | null = null;
  let seq = 0;
  let mainSeq: number | null = null;
  let chars = 0;
  let journalBytes = 0;
  let journalLines = 0;
  let snapshotEpoch = 0;
  let compacting: Promise<void> | null = null;
  let retryAfterLines = 0;

  /** Keeps the current snapshot as a generation (a hard link; a copy where links are not possible). */
  const keepGeneration = (): void => {
    if (mainSeq === null) return;
    const target = generationPath(names, mainSeq);
    rmSync(target, { force: true });
    try {
      linkSync(names.main, target);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      copyFileSync(names.main, target);
    }
  };

  /** Removes generations past the newest `keep`, and journal segments every kept snapshot already holds. */
  const prune = (): void => {
    const listing = listStore(names);
    const generations = listing.generations;
    const drop = generations.slice(0, Math.max(0, generations.length - keep));
    for (const file of drop) rmSync(file.path, { force: true });
    const kept = generations.slice(drop.length);
    const oldest = kept[0]?.seq ?? mainSeq ?? 0;
    const segments = listing.segments;
    for (const [index, segment] of segments.entries()) {
      if (segment.path === journal.currentPath) continue;
      const next = segments[index + 1];
      // The last line of `segment`: just before the next segment's first, or read from the file.
      const end = next !== undefined ? next.seq - 1 : lastLineOf(segment.path);
      if (end !== null && end <= oldest) rmSync(segment.path, { force: true });
    }
  };

  const tidy = (): void => {
    try {
      prune();
    } catch (error) {
      log.warn('store.prune-failed', errorFields(error));
    }
  };

  const afterSnapshot = (snapshotSeq: number, length: number): void => {
    mainSeq = snapshotSeq;
    chars = length + journalBytes;
  };

  /** Writes a snapshot synchronously (start-up repairs). */
  const snapshotNow = (state: AppState, at: number): void => {
    const text = snapshotText(state, at);
    journal.rotate();
    snapshotEpoch++;
    keepGeneration();
    writeFileVerifiedSync(names.main, text);
    journalBytes = 0;
    journalLines = 0;
    afterSnapshot(at, text.length);
    log.info('store.snapshot', { seq: at, chars: text.length, mode: 'now' });
  };

  const compact = (): Promise<void> => {
    if (compacting !== null) return compacting;
    if (readOnly !== null || saved === null) return Promise.resolve();
    const state = saved;
    const at = seq;
    const epoch = ++snapshotEpoch;
    // Lines from now on go to a new segment, so the lines up to `at` are whole files once the snapshot holds them.
    journal.rotate();
    const bytesAtStart = journalBytes;
    const linesAtStart = journalLines;
    let length = 0;
    const slices = (function* counted(): Generator<string> {
      for (const slice of snapshotSlices(state, at)) {
        length += slice.length;
        yield slice;
      }
    })();
    compacting = writeFileVerified(names.main, slices, () => {
      if (epoch !== snapshotEpoch) return false; // a newer snapshot was written meanwhile
      keepGeneration();
      return true;
    })
      .then((renamed) => {
        if (!renamed) return;
        journalBytes -= bytesAtStart;
        journalLines -= linesAtStart;
        afterSnapshot(at, length);
        tidy();
        log.info('store.snapshot', { seq: at, chars: length, mode: 'background' });
      })
      .catch((error: unknown) => {
        retryAfterLines = journalLines + 256;
        log.warn('store.snapshot-failed', errorFields(error));
      })
      .finally(() => {
        compacting = null;
      });
    return compacting;
  };

  const maybeCompact = (): void => {
    if (journalLines < retryAfterLines) return;
    if (journalBytes >= compactAfter.bytes || journalLines >= compactAfter.lines) void compact();
  };

  const load = (): Loaded => {
    const at = options.clock.now();
    const loaded = loadStore(names, at, probeWritable(names, log), log);
    readOnly = loaded.readOnly;
    saved = loaded.state;
    seq = loaded.seq;
    mainSeq = loaded.mainSeq;
    chars = loaded.chars;
    journalBytes = loaded.journalBytes;
    journalLines = loaded.journalLines;
    let notice: StoreNotice | null = loaded.notice;
    if (loaded.snapshot === 'now') {
      try {
        snapshotNow(loaded.state, loaded.seq);
        let first: string | null = null;
        for (const path of loaded.dropped) {
          const aside = moveAside(path, at);
          first ??= aside;
          log.warn('store.journal-put-aside', { to: aside });
        }
        if (notice === null && first !== null) notice = { kind: 'recovered-from-backup', copiedTo: first, at: at.toISOString() };
        tidy();
      } catch (error) {
        // The files on disk do not continue this state: appending to them would be wrong.
        readOnly = failureOf(error) === 'disk-full' ? 'disk-full' : 'cannot-repair';
        log.error('store.repair-failed', errorFields(error));
        notice = {
          kind: 'read-only',
          reason: readOnly,
          folder: names.dir,
          detail: error instanceof Error ? error.message : String(error),
          at: at.toISOString(),
        };
      }
    } else if (loaded.snapshot === 'soon' && readOnly === null) {
      setImmediate(() => void compact());
    }
    log.info('store.loaded', {
      accounts: loaded.state.accounts.length,
      events: loaded.state.events.length,
      seq,
      journalLines,
      readOnly: readOnly ?? 'no',
      notice: notice?.kind ?? 'none',
    });
    return { state: loaded.state, notice };
  };

  const save = (next: AppState): void => {
    if (readOnly !== null) throw new SaveError('read-only', `The store is read-only (${readOnly}).`);
    const before = saved;
    if (before === null) throw new Error('The store was not loaded.');
    const change = diffState(before, next);
    if (change === null) {
      saved = next;
      return;
    }
    const checked = check(stateChangeSchema, change, 'change');
    if (!checked.ok) {
      log.error('store.change-refused', { problem: checked.errors.slice(0, 3).join('; ') });
      throw new SaveError('failed', `This change cannot be saved: ${checked.errors[0] ?? 'it is not valid'}`);
    }
    const line = encodeLine(seq + 1, change);
    if (adds(change) && chars + line.length > MAX_STATE_CHARS && snapshotText(next, seq + 1).length > MAX_STATE_CHARS) {
      throw new SaveError('too-large', 'The data would be larger than Objector keeps.');
    }
    try {
      journal.append(seq + 1, line);
    } catch (error) {
      log.warn('store.save-failed', { seq: seq + 1, reason: failureOf(error), ...errorFields(error) });
      throw error;
    }
    seq += 1;
    saved = next;
    chars += line.length;
    journalBytes += line.length;
    journalLines += 1;
    maybeCompact();
  };

  return {
    path: names.main,
    dir: names.dir,
    load,
    save,
    readOnly: () => readOnly,
    compact,
    idle: async () => {
      while (compacting !== null) await compacting;
    },
    close: () => journal.rotate(),
  };
}

function lastLineOf(path: string): number | null {
  try {
    const entries = decodeSegment(readFileSync(path)).entries;
    return entries[entries.length - 1]?.seq ?? null;
  } catch {
    return null;
  }
}

function adds(change: StateChange): boolean {
  const lists = [change.accounts, change.groups, change.events, change.evidence];
  return (
    change.settings !== undefined ||
    change.remindersSent !== undefined ||
    lists.some((list) => list !== undefined && ('all' in list ? list.all.length > 0 : list.append.length > 0 || list.replace.length > 0))
  );
}
