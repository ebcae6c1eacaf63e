/**
 * The store's files in the data folder, by name (docs/architecture.md, "Persistence"):
 *
 *   objector-state.json                      the newest snapshot of the state
 *   objector-state.gen-<seq>.json            the previous snapshots (the last two), for recovery
 *   objector-state.journal-<seq>[-n].log     journal segments: one line per action since a snapshot
 *   objector-state.json.tmp-*                a write in progress (a stale one is removed at start)
 *   objector-state.corrupt-<time>.json       an unreadable file, moved aside and kept
 *
 * and what sits at a path, found without opening it (a FIFO or a device would block a read).
 */
import { lstatSync, readdirSync, readlinkSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename, join, resolve, dirname } from 'node:path';
import { errorCode } from './verified-write';

/** The names of one store. */
export interface StoreNames {
  readonly dir: string;
  readonly name: string;
  /** The newest snapshot. */
  readonly main: string;
  /** The backup the previous version of the app kept (read as a last resort). */
  readonly legacyBackup: string;
}

/** The names for store `name` in `dir`. */
export function storeNames(dir: string, name: string): StoreNames {
  const main = join(dir, `${name}.json`);
  return { dir, name, main, legacyBackup: `${main}.bak` };
}

const pad = (seq: number): string => String(seq).padStart(12, '0');

/** The file of the snapshot generation `seq`. */
export function generationPath(names: StoreNames, seq: number): string {
  return join(names.dir, `${names.name}.gen-${pad(seq)}.json`);
}

/** The file of a journal segment whose first line is `seq`. */
export function segmentPath(names: StoreNames, seq: number, attempt = 0): string {
  return join(names.dir, `${names.name}.journal-${pad(seq)}${attempt === 0 ? '' : `-${attempt}`}.log`);
}

/** A snapshot generation or journal segment found in the folder. */
export interface NumberedFile {
  readonly path: string;
  readonly seq: number;
  readonly attempt: number;
}

/** What the folder holds of this store, oldest first. */
export interface StoreListing {
  readonly generations: readonly NumberedFile[];
  readonly segments: readonly NumberedFile[];
  /** Temporary files left by a write that never finished (ours, or atomically's from older versions). */
  readonly temporary: readonly string[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lists the store's files in its folder (an absent folder holds none). */
export function listStore(names: StoreNames): StoreListing {
  let entries: string[];
  try {
    entries = readdirSync(names.dir);
  } catch {
    return { generations: [], segments: [], temporary: [] };
  }
  const stem = escape(names.name);
  const generation = new RegExp(`^${stem}\\.gen-(\\d{12})\\.json$`);
  const segment = new RegExp(`^${stem}\\.journal-(\\d{12})(?:-(\\d{1,3}))?\\.log$`);
  // Ours and atomically's (`<file>.tmp-<time><random>`), and the old backup refresh's (`<file>.bak.<pid>.tmp`).
  const temporary = new RegExp(`^${stem}\\.(?:json|gen-\\d{12}\\.json)(?:\\.tmp-.+|\\.bak\\.\\d+\\.tmp)$`);
  const generations: NumberedFile[] = [];
  const segments: NumberedFile[] = [];
  const temps: string[] = [];
  for (const entry of entries) {
    const g = generation.exec(entry);
    if (g !== null) generations.push({ path: join(names.dir, entry), seq: Number(g[1]), attempt: 0 });
    const s = segment.exec(entry);
    if (s !== null) segments.push({ path: join(names.dir, entry), seq: Number(s[1]), attempt: Number(s[2] ?? 0) });
    if (temporary.test(entry)) temps.push(join(names.dir, entry));
  }
  const order = (a: NumberedFile, b: NumberedFile): number => a.seq - b.seq || a.attempt - b.attempt;
  return { generations: generations.sort(order), segments: segments.sort(order), temporary: temps.sort() };
}

/** Removes stale temporary files: only regular files and links, never a folder. Returns those removed. */
export function removeTemporary(paths: readonly string[]): string[] {
  const removed: string[] = [];
  for (const path of paths) {
    try {
      const stats = lstatSync(path);
      if (!stats.isFile() && !stats.isSymbolicLink()) continue;
      rmSync(path, { force: true });
      removed.push(path);
    } catch {
      // Gone already, or the folder is read-only: it stays until a start that can remove it.
    }
  }
  return removed;
}

/** What sits at a path, found with lstat/stat only (never opened). */
export type Entry =
  | { readonly kind: 'missing' }
  | { readonly kind: 'file'; readonly path: string; readonly size: number; readonly linked: boolean }
  | { readonly kind: 'dangling-link'; readonly target: string }
  | { readonly kind: 'not-a-file'; readonly what: 'folder' | 'fifo' | 'device' | 'socket' | 'link loop' | 'other' }
  | { readonly kind: 'unreadable'; readonly code: string };

function what(stats: Stats): Extract<Entry, { kind: 'not-a-file' }>['what'] {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/** Looks at `path` without opening it, following a symbolic link to see what it points to. */
export function inspect(path: string): Entry {
  let own: Stats;
  try {
    own = lstatSync(path);
  } catch (error) {
    const code = errorCode(error) ?? 'EIO';
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', code };
  }
  if (!own.isSymbolicLink())
    return own.isFile() ? { kind: 'file', path, size: own.size, linked: false } : { kind: 'not-a-file', what: what(own) };
  let target: Stats;
  try {
    target = statSync(path);
  } catch (error) {
    const code = errorCode(error) ?? 'EIO';
    if (code === 'ELOOP') return { kind: 'not-a-file', what: 'link loop' };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'dangling-link', target: linkTarget(path) };
    return { kind: 'unreadable', code };
  }
  return target.isFile() ? { kind: 'file', path, size: target.size, linked: true } : { kind: 'not-a-file', what: what(target) };
}

function linkTarget(path: string): string {
  try {
    return resolve(dirname(path), readlinkSync(path));
  } catch {
    return basename(path);
  }
}
