/**
 * Reading the store file ourselves (never through electron-store, which could clear a file it
 * cannot read) and putting unreadable files aside. Every check of the bytes is pure shared code:
 * UTF-8, size, nesting, JSON, schema version, migrations, schema and links.
 */
import { constants, copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { basename, dirname, join } from 'node:path';
import type { AppState } from '@shared/domain/types';
import { migrate } from '@shared/domain/migrations';
import { parseJson } from '@shared/domain/safe-json';

/** Largest store file read (a person with 1,000 accounts and 20,000 events has about 6 MB). */
export const MAX_STORE_BYTES = 100 * 1024 * 1024;

/** What a store file turned out to be. */
export type StateFile =
  | { readonly kind: 'missing' }
  | { readonly kind: 'good'; readonly state: AppState; readonly from: number }
  | { readonly kind: 'bad'; readonly errors: readonly string[] };

/**
 * Checks the text of a store file (any schema version). No nesting scan here, unlike import: V8's
 * JSON.parse does not recurse, and the schemas descend only into the fields they declare, at most
 * 32 levels, so a deeply nested store file is refused without any deep recursion.
 */
export function decodeState(text: string): { ok: true; state: AppState; from: number } | { ok: false; errors: readonly string[] } {
  const json = parseJson(text, { maxChars: MAX_STORE_BYTES, maxDepth: Number.POSITIVE_INFINITY });
  if (!json.ok) return { ok: false, errors: json.errors };
  const migrated = migrate(json.value);
  return migrated.ok ? { ok: true, ...migrated.value } : { ok: false, errors: migrated.errors };
}

/** Reads and checks the store file at `path`. */
export function readStateFile(path: string): StateFile {
  let text: string;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { kind: 'bad', errors: ['The store is not a file.'] };
    if (stats.size > MAX_STORE_BYTES) return { kind: 'bad', errors: ['The file is too large.'] };
    // Decoded natively (fast); a replacement character means invalid UTF-8, or one the person typed.
    text = readFileSync(path, 'utf8');
    if (text.includes('\ufffd') && !isUtf8(readFileSync(path)))
      return { kind: 'bad', errors: ['The file is not text (it is binary or damaged).'] };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'bad', errors: [`The file could not be read: ${(error as Error).message}`] };
  }
  const decoded = decodeState(text);
  return decoded.ok ? { kind: 'good', state: decoded.state, from: decoded.from } : { kind: 'bad', errors: decoded.errors };
}

/**
 * Makes `backupPath` a copy of `path` (copied next to it, then renamed over the old backup, so a
 * crash leaves the old backup or the new one). Not flushed to disk: the backup is a second line of
 * defence, and start-up should stay fast. A failure here must not stop the app.
 */
export function refreshBackup(path: string, backupPath: string): void {
  const temp = `${backupPath}.${process.pid}.tmp`;
  try {
    copyFileSync(path, temp);
    renameSync(temp, backupPath);
  } catch (error) {
    rmSync(temp, { force: true });
    console.warn(`Objector: could not refresh the store backup at ${backupPath}:`, error);
  }
}

/** A time stamp usable in a file name on every system: 2025-05-20T14-03-11-123Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

function freeName(dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? `${stem}.json` : `${stem}-${n}.json`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Puts an unreadable file aside as `<name>.corrupt-<stamp>.json` next to it and returns where.
 * It is copied (never overwriting anything); if copying fails it is moved instead; if both fail
 * this throws, and the caller must not overwrite the original.
 */
export function copyAside(path: string, at: Date): string {
  const dir = dirname(path);
  const stem = `${basename(path)
    .replace(/\.json$/, '')
    .replace(/\.json\.bak$/, '.bak')}.corrupt-${fileStamp(at)}`;
  const target = freeName(dir, stem);
  try {
    copyFileSync(path, target, constants.COPYFILE_EXCL);
  } catch {
    renameSync(path, target);
  }
  return target;
}
