/**
 * File helpers for proof: SHA-256 and verified writes. Every proof file, record, complaint, pack and
 * calendar file goes through the store's verified writer (`../state/verified-write.ts`): all bytes
 * written, flushed, read back and compared before the rename, so no proof is reported kept that did
 * not reach the disk whole; a failure throws a `SaveError` that says why (disk full, read-only).
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EvidenceFile } from '@shared/domain/types';
import { saveError, writeFileVerifiedSync } from '../state/verified-write';

/** The SHA-256 of `data`, in lowercase hex. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Writes `data` to `path` (creating its folder) so a reader sees the old file or the whole new one, never half. */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw saveError(error, `Could not create the folder of ${path}`);
  }
  writeFileVerifiedSync(path, data);
}

/** Writes one proof file (verified) and describes it with its hash and size. */
export function writeEvidenceFile(folder: string, kind: EvidenceFile['kind'], name: string, data: Uint8Array | string): EvidenceFile {
  writeFileAtomic(join(folder, name), data);
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  return { kind, name, sha256: sha256(data), bytes };
}
