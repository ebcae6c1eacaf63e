/**
 * The store's journal: one line per saved action, appended to a segment file and flushed before
 * the action is acknowledged. A line is `<sha256 of the JSON> <JSON>\n`, the JSON being
 * `{"seq":n,"change":{…}}`, so a line cut short by a crash, or damaged later, is recognised.
 *
 * A failed append (disk full) is cut off again, so the segment ends on its last whole line; when
 * even that fails, the segment is never appended to again and the next action opens a new one.
 * A new segment is also started at every start-up and every compaction, so a torn line can only
 * ever be the last line of a segment.
 */
import { closeSync, fdatasyncSync, ftruncateSync, openSync, rmSync } from 'node:fs';
import { SaveError, fsyncDirSync, saveError, sha256, verifyRangeSync, writeAllSync } from './verified-write';

/** One decoded line. */
export interface JournalEntry {
  readonly seq: number;
  /** Checked by the loader against `stateChangeSchema`. */
  readonly change: unknown;
}

/** What a segment held: its whole lines, and whether it ended on a torn or damaged line. */
export interface DecodedSegment {
  readonly entries: readonly JournalEntry[];
  /** 'torn': the last line is incomplete (a crash while appending, never acknowledged); 'damaged': a line in the middle is wrong. */
  readonly problem: null | 'torn' | 'damaged';
}

const NEWLINE = 0x0a;
const HASH_LENGTH = 64;

/** The bytes of one journal line. */
export function encodeLine(seq: number, change: unknown): Buffer {
  const json = JSON.stringify({ seq, change });
  return Buffer.from(`${sha256(Buffer.from(json, 'utf8'))} ${json}\n`, 'utf8');
}

function decodeLine(line: Buffer): JournalEntry | null {
  if (line.length <= HASH_LENGTH + 1 || line[HASH_LENGTH] !== 0x20) return null;
  const json = line.subarray(HASH_LENGTH + 1);
  if (line.toString('latin1', 0, HASH_LENGTH) !== sha256(json)) return null;
  try {
    const parsed: unknown = JSON.parse(json.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { seq, change } = parsed as { seq?: unknown; change?: unknown };
    return typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 && change !== undefined ? { seq, change } : null;
  } catch {
    return null;
  }
}

/** Decodes a segment file's bytes. */
export function decodeSegment(bytes: Buffer): DecodedSegment {
  const entries: JournalEntry[] = [];
  let start = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end === -1) return { entries, problem: 'torn' };
    const entry = decodeLine(bytes.subarray(start, end));
    if (entry === null) return { entries, problem: end + 1 >= bytes.length ? 'torn' : 'damaged' };
    entries.push(entry);
    start = end + 1;
  }
  return { entries, problem: null };
}

interface OpenSegment {
  readonly path: string;
  readonly fd: number;
  size: number;
}

/** Appends lines to segment files; `segmentPath(seq, attempt)` names a new segment whose first line is `seq`. */
export class JournalWriter {
  private segment: OpenSegment | null = null;

  constructor(
    private readonly dir: string,
    private readonly segmentPath: (seq: number, attempt: number) => string,
  ) {}

  /** The segment being appended to, if any. */
  get currentPath(): string | null {
    return this.segment?.path ?? null;
  }

  /** Appends the line of `seq`, flushed and read back; throws a `SaveError` and leaves the segment whole otherwise. */
  append(seq: number, line: Buffer): void {
    const segment = this.segment ?? this.open(seq);
    const position = segment.size;
    try {
      writeAllSync(segment.fd, line, position);
      fdatasyncSync(segment.fd);
      verifyRangeSync(segment.fd, position, line);
      segment.size += line.length;
    } catch (error) {
      this.cutBack(segment, position);
      throw saveError(error, 'Could not save the change');
    }
  }

  /** Ends the current segment: the next append starts a new one (at start-up and at every compaction). */
  rotate(): void {
    if (this.segment === null) return;
    closeQuietly(this.segment.fd);
    this.segment = null;
  }

  private open(seq: number): OpenSegment {
    for (let attempt = 0; attempt < 100; attempt++) {
      const path = this.segmentPath(seq, attempt);
      let fd: number;
      try {
        fd = openSync(path, 'wx+', 0o600);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw saveError(error, 'Could not start a new journal file');
      }
      try {
        fsyncDirSync(this.dir);
      } catch (error) {
        closeQuietly(fd);
        rmSync(path, { force: true });
        throw saveError(error, 'Could not start a new journal file');
      }
      this.segment = { path, fd, size: 0 };
      return this.segment;
    }
    throw new SaveError('failed', 'Could not find a free name for a new journal file');
  }

  /** After a failed append: cut the partial line off; if that fails too, never append to this segment again. */
  private cutBack(segment: OpenSegment, size: number): void {
    try {
      ftruncateSync(segment.fd, size);
      fdatasyncSync(segment.fd);
    } catch {
      closeQuietly(segment.fd);
      if (this.segment === segment) this.segment = null;
    }
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed, or the disk is gone: nothing more to do with it.
  }
}
