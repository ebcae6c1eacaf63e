/** File helpers for proof: SHA-256 and atomic writes (temp file in the same folder, then rename). */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { EvidenceFile } from '@shared/domain/types';

/** The SHA-256 of `data`, in lowercase hex. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Writes `data` to `path` so a reader sees the old file or the whole new one, never half. */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Writes one proof file atomically and describes it with its hash and size. */
export function writeEvidenceFile(folder: string, kind: EvidenceFile['kind'], name: string, data: Uint8Array | string): EvidenceFile {
  writeFileAtomic(join(folder, name), data);
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  return { kind, name, sha256: sha256(data), bytes };
}
