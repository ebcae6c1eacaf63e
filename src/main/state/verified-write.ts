/**
 * The only way the store writes (see docs/architecture.md, "Persistence"): every byte is written
 * (a short write is continued, never ignored), the file and its folder are flushed to disk, and
 * what was written is read back and compared (length and SHA-256) before a file replaces another.
 * A failure throws a `SaveError` that says why in words the person can be shown (disk full,
 * read-only), and leaves the previous file as it was.
 *
 * Why our own writer: atomically 2.1.1 (under electron-store → conf) ignores how many bytes
 * `writeSync` wrote, so on a full disk it renames a truncated file over the good one and reports
 * success (https://github.com/fabiospampinato/atomically/pull/18).
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync, type PathLike } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/** Why a save failed, as the person is told. */
export type SaveFailure = 'disk-full' | 'read-only' | 'too-large' | 'failed';

/** A write that did not reach the disk whole; nothing it was meant to replace was touched. */
export class SaveError extends Error {
  constructor(
    readonly reason: SaveFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SaveError';
  }
}

/** The error code of a Node file-system error, if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What a file-system error means for the person. */
export function failureOf(error: unknown): SaveFailure {
  if (error instanceof SaveError) return error.reason;
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'disk-full';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only';
  return 'failed';
}

/** Wraps any error of a write as a `SaveError`. */
export function saveError(error: unknown, what: string): SaveError {
  if (error instanceof SaveError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new SaveError(failureOf(error), `${what}: ${detail}`, { cause: error });
}

/** SHA-256 in lowercase hex. */
export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A fresh temporary name next to `path`: `<name>.tmp-<pid>-<random>` (stale ones are removed at start). */
export function tempPathFor(path: string): string {
  return `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** Writes all of `bytes` at `position`, continuing after short writes. */
export function writeAllSync(fd: number, bytes: Uint8Array, position: number): void {
  let written = 0;
  while (written < bytes.length) {
    const count = writeSync(fd, bytes, written, bytes.length - written, position + written);
    if (count <= 0) throw new SaveError('failed', `the system wrote ${count} bytes`);
    written += count;
  }
}

const READ_CHUNK = 1024 * 1024;

/** Reads back `length` bytes at `position` and checks them against `expected` (length and SHA-256). */
export function verifyRangeSync(fd: number, position: number, expected: Uint8Array): void {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(1, expected.length)));
  let read = 0;
  while (read < expected.length) {
    const count = readSync(fd, chunk, 0, Math.min(chunk.length, expected.length - read), position + read);
    if (count === 0) break;
    hash.update(chunk.subarray(0, count));
    read += count;
  }
  if (read !== expected.length) throw new SaveError('failed', `read back ${read} of ${expected.length} bytes`);
  if (hash.digest('hex') !== sha256(expected)) throw new SaveError('failed', 'the bytes read back differ from those written');
}

/** Flushes a folder's entries (a rename or a new file) to disk. Windows cannot open folders: skipped there. */
export function fsyncDirSync(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The async `fsyncDirSync`. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `path`: a new temporary file in the same folder, every byte written, flushed,
 * read back and checked, then renamed over `path` and the folder flushed. On failure the
 * temporary file is removed, `path` is untouched, and a `SaveError` says why.
 */
export function writeFileVerifiedSync(path: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = dirname(path);
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'wx+', 0o600);
    try {
      writeAllSync(fd, bytes, 0);
      fsyncSync(fd);
      verifyRangeSync(fd, 0, bytes);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    fsyncDirSync(dir);
  } catch (error) {
    rmSync(temp, { force: true });
    throw saveError(error, `Could not save ${basename(path)}`);
  }
}

/** Yields to the event loop, so a long write never holds the main thread for more than a slice. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The async, sliced `writeFileVerifiedSync` for big files (the store's snapshots): `chunks` are
 * produced a slice at a time, and the event loop runs between slices, so a snapshot of thousands
 * of accounts never blocks the main thread for more than a few milliseconds.
 * `beforeRename` may refuse the rename (it returns false: the temporary file is removed).
 */
export async function writeFileVerified(
  path: PathLike & string,
  chunks: Iterable<string>,
  beforeRename: () => boolean = () => true,
): Promise<boolean> {
  const dir = dirname(path);
  const temp = tempPathFor(path);
  const hash = createHash('sha256');
  let length = 0;
  try {
    const handle = await open(temp, 'wx+', 0o600);
    try {
      for (const chunk of chunks) {
        const bytes = Buffer.from(chunk, 'utf8');
        let written = 0;
        while (written < bytes.length) {
          const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, length + written);
          if (bytesWritten <= 0) throw new SaveError('failed', `the system wrote ${bytesWritten} bytes`);
          written += bytesWritten;
        }
        hash.update(bytes);
        length += bytes.length;
      }
      await handle.sync();
      const expected = hash.digest('hex');
      const check = createHash('sha256');
      const buffer = Buffer.allocUnsafe(READ_CHUNK);
      let read = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, read);
        if (bytesRead === 0) break;
        check.update(buffer.subarray(0, bytesRead));
        read += bytesRead;
      }
      if (read !== length) throw new SaveError('failed', `read back ${read} of ${length} bytes`);
      if (check.digest('hex') !== expected) throw new SaveError('failed', 'the bytes read back differ from those written');
    } finally {
      await handle.close();
    }
    if (!beforeRename()) {
      await rm(temp, { force: true });
      return false;
    }
    await rename(temp, path);
    await fsyncDir(dir);
    return true;
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw saveError(error, `Could not save ${basename(path)}`);
  }
}
