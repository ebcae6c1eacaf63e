/**
 * Start-up of the store: which files hold the state, what to do with those that cannot be read,
 * and whether the app can write at all. Never throws for anything found on disk; the answer for
 * each case is in docs/architecture.md ("What a person sees when the store is damaged"):
 *
 * - a good snapshot: replay the journal after it;
 * - no snapshot: the newest good generation and the journal, else the old backup, else defaults;
 * - unreadable (empty, truncated, binary, wrong shape, too large) or not a regular file (a folder,
 *   a FIFO, a device, a link to one, a link loop): moved aside (a rename; never opened), then the
 *   newest good generation and the journal; the person is told where the file went;
 * - written by a newer version, a link to nothing (a drive not mounted?), a file that cannot be
 *   read (permissions, I/O): nothing is moved or written: the app runs read-only and says why;
 * - a folder that cannot be written (read-only): read-only, and says so.
 */
import { readFileSync } from 'node:fs';
import type { AppState } from '@shared/domain/types';
import type { ReadOnlyReason, StoreNotice } from '@shared/ipc/contract';
import { defaultState } from '@shared/domain/defaults';
import { applyChanges, type StateChange } from '@shared/domain/state-change';
import { CURRENT_SCHEMA_VERSION, stateChangeSchema, stateErrors } from '@shared/domain/state-schema';
import { check } from '@shared/validate';
import { decodeSegment } from './journal';
import { listStore, removeTemporary, type NumberedFile, type StoreListing, type StoreNames } from './store-layout';
import { moveAside, readStateFile, type GoodSnapshot, type StateFile } from './store-files';
import type { Log } from '../log/log';

/** What start-up found. */
export interface LoadedStore {
  readonly state: AppState;
  /** The last journal line the state includes. */
  readonly seq: number;
  readonly notice: StoreNotice | null;
  /** Set when nothing may be written. */
  readonly readOnly: ReadOnlyReason | null;
  /** The seq of the snapshot now at the main path (it becomes a generation at the next snapshot), or null. */
  readonly mainSeq: number | null;
  /** An upper bound of the state's size in characters (see MAX_STATE_CHARS). */
  readonly chars: number;
  /** Journal bytes and lines after the snapshot. */
  readonly journalBytes: number;
  readonly journalLines: number;
  /** Journal segments holding lines this state does not include: put aside once the repair snapshot is written. */
  readonly dropped: readonly string[];
  /**
   * 'now': write a snapshot before anything else (the journal on disk does not continue this state);
   * 'soon': worth a snapshot in the background (an old format, a long journal); 'no'.
   */
  readonly snapshot: 'now' | 'soon' | 'no';
}

interface Replay {
  readonly state: AppState;
  readonly seq: number;
  readonly bytes: number;
  readonly lines: number;
  /** The chain stopped early (a damaged line, a gap, a change that does not fit): lines after it are dropped. */
  readonly broken: string | null;
  /** The segments holding dropped lines (from the one where the chain broke on). */
  readonly dropped: readonly string[];
}

/** Replays the journal segments after `base`. */
export function replay(base: GoodSnapshot, segments: readonly NumberedFile[]): Replay {
  const changes: StateChange[] = [];
  let expected = base.seq + 1;
  let bytes = 0;
  let broken: string | null = null;
  let brokenAt = segments.length;
  outer: for (const [index, segment] of segments.entries()) {
    brokenAt = index;
    let data: Buffer;
    try {
      data = readFileSync(segment.path);
    } catch (error) {
      broken = `${segment.path} could not be read (${(error as Error).message})`;
      break;
    }
    const decoded = decodeSegment(data);
    for (const entry of decoded.entries) {
      if (entry.seq < expected) continue; // already in the snapshot
      if (entry.seq > expected) {
        broken = `${segment.path}: line ${entry.seq} follows ${expected - 1}`;
        break outer;
      }
      const checked = check(stateChangeSchema, entry.change, `change ${entry.seq}`);
      if (!checked.ok) {
        broken = `${segment.path}: ${checked.errors.slice(0, 3).join('; ')}`;
        break outer;
      }
      changes.push(checked.value);
      expected++;
    }
    bytes += data.length;
    if (decoded.problem === 'damaged') {
      broken = `${segment.path}: a damaged line after line ${expected - 1}`;
      break;
    }
    brokenAt = index + 1;
  }
  const dropped = (from: number): string[] => segments.slice(from).map((segment) => segment.path);
  if (changes.length === 0)
    return { state: base.state, seq: base.seq, bytes, lines: 0, broken, dropped: broken === null ? [] : dropped(brokenAt) };
  const applied = applyChanges(base.state, changes);
  if (!applied.ok)
    return {
      state: applied.state,
      seq: base.seq + applied.applied,
      bytes,
      lines: applied.applied,
      broken: applied.error,
      dropped: dropped(0),
    };
  const errors = stateErrors(applied.state);
  if (errors.length > 0) {
    // The lines fit one by one but not together: keep the snapshot alone; the lines are put aside.
    return { state: base.state, seq: base.seq, bytes: 0, lines: 0, broken: errors.slice(0, 3).join('; '), dropped: dropped(0) };
  }
  return {
    state: applied.state,
    seq: base.seq + changes.length,
    bytes,
    lines: changes.length,
    broken,
    dropped: broken === null ? [] : dropped(brokenAt),
  };
}

const NO_REPLAY = (base: GoodSnapshot): Replay => ({ state: base.state, seq: base.seq, bytes: 0, lines: 0, broken: null, dropped: [] });

/** The highest seq any file of the store mentions, so a repaired store never reuses one. */
function highestSeq(listing: StoreListing, seen: number): number {
  let highest = seen;
  for (const file of [...listing.generations, ...listing.segments]) highest = Math.max(highest, file.seq);
  for (const segment of listing.segments) {
    try {
      const entries = decodeSegment(readFileSync(segment.path)).entries;
      const last = entries[entries.length - 1];
      if (last !== undefined) highest = Math.max(highest, last.seq);
    } catch {
      // Unreadable: its name's seq is what we know.
    }
  }
  return highest;
}

/** The newest good generation (newest first), or the old backup. */
function fromHistory(names: StoreNames, listing: StoreListing): { base: GoodSnapshot; from: string; replayable: boolean } | null {
  for (const generation of [...listing.generations].reverse()) {
    const file = readStateFile(generation.path);
    if (file.kind === 'good') return { base: file, from: generation.path, replayable: true };
  }
  const backup = readStateFile(names.legacyBackup);
  // The old backup predates the journal: nothing is replayed on it.
  if (backup.kind === 'good') return { base: backup, from: names.legacyBackup, replayable: false };
  return null;
}

const EMPTY: GoodSnapshot = { state: defaultState(), seq: 0, from: CURRENT_SCHEMA_VERSION, legacy: false, chars: 0 };

function describe(file: StateFile): string {
  switch (file.kind) {
    case 'bad':
    case 'newer':
      return file.errors.slice(0, 3).join('; ');
    case 'not-a-file':
      return `not a regular file (${file.what})`;
    case 'dangling-link':
      return `a link to ${file.target}, which is not there`;
    case 'unreadable':
      return `cannot be read (${file.code})`;
    default:
      return file.kind;
  }
}

/** Reads the store at start-up. `writable` tells whether the folder accepts a new file (checked by the caller). */
export function loadStore(names: StoreNames, at: Date, writable: ReadOnlyReason | null, log: Log): LoadedStore {
  let listing = listStore(names);
  if (writable === null && listing.temporary.length > 0) {
    const removed = removeTemporary(listing.temporary);
    log.info('store.temporary-removed', { count: removed.length });
    listing = listStore(names);
  }
  const main = readStateFile(names.main);
  const stamp = at.toISOString();
  const readOnly = (reason: ReadOnlyReason, detail: string, base: GoodSnapshot | 'history' | 'nothing'): LoadedStore => {
    log.warn('store.read-only', { reason, detail });
    const history = base === 'history' ? fromHistory(names, listing) : null;
    const chain = typeof base === 'object' ? base : (history?.base ?? EMPTY);
    const replayed = base === 'nothing' || history?.replayable === false ? NO_REPLAY(chain) : replay(chain, listing.segments);
    return {
      state: replayed.state,
      seq: replayed.seq,
      notice: { kind: 'read-only', reason, folder: names.dir, detail, at: stamp },
      readOnly: reason,
      mainSeq: null,
      chars: chain.chars + replayed.bytes,
      journalBytes: replayed.bytes,
      journalLines: replayed.lines,
      dropped: [],
      snapshot: 'no',
    };
  };

  if (main.kind === 'newer') return readOnly('newer-version', describe(main), 'nothing');
  if (main.kind === 'dangling-link') return readOnly('dangling-link', main.target, 'history');
  if (main.kind === 'unreadable') return readOnly('cannot-read', describe(main), 'history');
  if (writable !== null)
    return readOnly(
      writable,
      main.kind === 'good' || main.kind === 'missing' ? names.dir : describe(main),
      main.kind === 'good' ? main : 'history',
    );

  let notice: StoreNotice | null = null;
  let base: GoodSnapshot;
  let replayable = true;
  let mainSeq: number | null = null;
  if (main.kind === 'good') {
    base = main;
    mainSeq = main.seq;
  } else {
    let copiedTo: string | null = null;
    if (main.kind !== 'missing') {
      log.warn('store.unreadable', { problem: describe(main) });
      try {
        copiedTo = moveAside(names.main, at);
      } catch (error) {
        return readOnly('cannot-repair', `${names.main}: ${(error as Error).message}`, 'history');
      }
      log.info('store.moved-aside', { to: copiedTo });
    }
    const history = fromHistory(names, listing);
    base = history?.base ?? EMPTY;
    replayable = history?.replayable ?? true;
    if (history !== null) log.info('store.recovered', { from: history.from });
    if (copiedTo !== null) notice = { kind: history === null ? 'started-fresh' : 'recovered-from-backup', copiedTo, at: stamp };
  }
  const replayed = replayable ? replay(base, listing.segments) : NO_REPLAY(base);
  if (replayed.broken !== null) log.warn('store.journal-broken', { problem: replayed.broken, kept: replayed.seq });
  // Anything on disk that this state does not continue (a broken journal, lines after an old backup)
  // must never be replayed on it: the repair snapshot takes a seq past every one of them.
  const leftovers = !replayable && listing.segments.length > 0;
  const repair = replayed.broken !== null || leftovers || (main.kind !== 'good' && main.kind !== 'missing');
  const seq = repair ? highestSeq(listing, replayed.seq) : replayed.seq;
  // A broken journal: the person is told once the lines it dropped are put aside (store.ts).
  const dropped = leftovers ? listing.segments.map((segment) => segment.path) : replayed.dropped;
  const long = replayed.lines > 2_000 || replayed.bytes > 1024 * 1024;
  const soon = base.legacy || base.from < CURRENT_SCHEMA_VERSION || long || (main.kind === 'missing' && replayed.seq > 0);
  return {
    state: replayed.state,
    seq,
    notice,
    readOnly: null,
    mainSeq,
    chars: base.chars + replayed.bytes,
    journalBytes: replayed.bytes,
    journalLines: replayed.lines,
    dropped,
    snapshot: repair ? 'now' : soon ? 'soon' : 'no',
  };
}
