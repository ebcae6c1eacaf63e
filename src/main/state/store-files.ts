/**
 * Reading one store file and putting an unreadable one aside. Every check of the bytes is pure
 * shared code: UTF-8, size, JSON, the snapshot envelope, schema version, migrations, schema and
 * links. A path is looked at (lstat) before it is opened, so a FIFO or a device is never read.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { basename, dirname, join } from 'node:path';
import type { AppState } from '@shared/domain/types';
import { migrate } from '@shared/domain/migrations';
import { parseJson } from '@shared/domain/safe-json';
import { CURRENT_SCHEMA_VERSION, MAX_STATE_CHARS } from '@shared/domain/state-schema';
import { errorCode } from './verified-write';
import { inspect, type Entry } from './store-layout';

/** The `format` of a snapshot file. */
export const SNAPSHOT_FORMAT = 'objector-store';
/** The snapshot envelope version this build writes and reads. */
export const SNAPSHOT_VERSION = 1;

/**
 * Largest store file read: the largest state the app keeps (`MAX_STATE_CHARS` characters, each at
 * most 3 bytes in UTF-8) and the envelope. Anything larger is moved aside without being read.
 */
export const MAX_STORE_BYTES = 3 * MAX_STATE_CHARS + 64 * 1024;

/** A snapshot that was read and checked. */
export interface GoodSnapshot {
  readonly state: AppState;
  /** The last journal line it includes (0 for a file of an older version of the app). */
  readonly seq: number;
  /** The schema version it was written in. */
  readonly from: number;
  /** Written by an older version of the app, without the snapshot envelope. */
  readonly legacy: boolean;
  /** Its length in characters: what the state weighs (see `MAX_STATE_CHARS`). */
  readonly chars: number;
}

/** What a store file turned out to be. */
export type StateFile =
  | { readonly kind: 'missing' }
  | ({ readonly kind: 'good' } & GoodSnapshot)
  | { readonly kind: 'bad'; readonly errors: readonly string[] }
  /** Written by a newer version of Objector: never changed, never moved. */
  | { readonly kind: 'newer'; readonly errors: readonly string[] }
  /** A link whose target is not there (a drive not mounted?): never changed, never moved. */
  | { readonly kind: 'dangling-link'; readonly target: string }
  /** Not a regular file (a folder, a FIFO, a device, a link loop): never opened. */
  | { readonly kind: 'not-a-file'; readonly what: string }
  /** Could not be read (permissions, an I/O error): never changed, never moved. */
  | { readonly kind: 'unreadable'; readonly code: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function newer(errors: readonly string[]): StateFile {
  return { kind: 'newer', errors };
}

/** Checks the text of a store file: a snapshot of this version, or a plain document of an older one. */
export function decodeSnapshot(text: string): StateFile {
  const json = parseJson(text, { maxChars: MAX_STORE_BYTES, maxDepth: Number.POSITIVE_INFINITY });
  if (!json.ok) return { kind: 'bad', errors: json.errors };
  const value = json.value;
  const enveloped = isObject(value) && value.format === SNAPSHOT_FORMAT;
  let seq = 0;
  let document: unknown = value;
  if (enveloped) {
    const keys = Object.keys(value).sort().join(',');
    if (typeof value.version === 'number' && value.version > SNAPSHOT_VERSION)
      return newer([`version: ${value.version} was written by a newer version of Objector; this one reads ${SNAPSHOT_VERSION}`]);
    if (value.version !== SNAPSHOT_VERSION) return { kind: 'bad', errors: [`version: must be ${SNAPSHOT_VERSION}`] };
    if (keys !== 'document,format,seq,version') return { kind: 'bad', errors: ['The snapshot has unexpected fields.'] };
    if (typeof value.seq !== 'number' || !Number.isSafeInteger(value.seq) || value.seq < 0)
      return { kind: 'bad', errors: ['seq: must be a whole number'] };
    seq = value.seq;
    document = value.document;
  }
  if (isObject(document) && typeof document.schemaVersion === 'number' && document.schemaVersion > CURRENT_SCHEMA_VERSION) {
    return newer([
      `schemaVersion: ${document.schemaVersion} was written by a newer version of Objector; this one reads up to ${CURRENT_SCHEMA_VERSION}`,
    ]);
  }
  const migrated = migrate(document);
  if (!migrated.ok) return { kind: 'bad', errors: migrated.errors };
  return { kind: 'good', state: migrated.value.state, from: migrated.value.from, seq, legacy: !enveloped, chars: text.length };
}

/** Reads and checks the store file at `path`, looking at it before opening it. */
export function readStateFile(path: string, entry: Entry = inspect(path)): StateFile {
  switch (entry.kind) {
    case 'missing':
    case 'dangling-link':
    case 'not-a-file':
    case 'unreadable':
      return entry;
    case 'file':
      break;
  }
  if (entry.size > MAX_STORE_BYTES) return { kind: 'bad', errors: [`The file is too large (${Math.round(entry.size / 1024 / 1024)} MB).`] };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = errorCode(error) ?? 'EIO';
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code };
  }
  if (!isUtf8(bytes)) return { kind: 'bad', errors: ['The file is not text (it is binary or damaged).'] };
  return decodeSnapshot(bytes.toString('utf8'));
}

/** A time stamp usable in a file name on every system: 2025-05-20T14-03-11-123Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** `<dir>/<stem>.json`, or `<stem>-2.json`, … : the first name not taken. */
export function freeName(dir: string, stem: string, extension = '.json'): string {
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? `${stem}${extension}` : `${stem}-${n}${extension}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Moves an unreadable entry (a file, a folder, a FIFO, a link) aside as `<name>.corrupt-<stamp>.json`
 * next to it, and returns where. A rename: instant whatever the size, and it never opens the entry
 * (a FIFO would block). Throws when the folder cannot be changed; then nothing was moved.
 */
export function moveAside(path: string, at: Date): string {
  const name = basename(path);
  const stem = `${name
    .replace(/\.json$/, '')
    .replace(/\.json\.bak$/, '.bak')
    .replace(/\.log$/, '')}.corrupt-${fileStamp(at)}`;
  const target = freeName(dirname(path), stem, name.endsWith('.log') ? '.log' : '.json');
  renameSync(path, target);
  return target;
}
