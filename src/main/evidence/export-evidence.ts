/**
 * Exports every proof: copies each proof folder into a new folder inside the one the person
 * picked, plus an index.json listing each record (with its hashes) and where it went.
 */
import { cpSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { EvidenceRecord } from '@shared/domain/types';
import type { SaveOutcome } from '@shared/ipc/contract';
import { buildEvidenceIndex, type EvidenceIndexEntry } from '@shared/guide/evidence-index';
import { evidenceFolder, evidenceRoot } from './evidence-store';
import { writeFileAtomic } from './files';

/** The export folder's name for a given time, e.g. objector-evidence-2025-05-20T14-03-11Z. */
export function exportFolderName(now: Date): string {
  return `objector-evidence-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/** Copies the proofs of `records` into `<parent>/<exportFolderName>`, with index.json. */
export function exportEvidence(records: readonly EvidenceRecord[], parent: string, now: Date, appVersion: string): SaveOutcome {
  try {
    const target = join(parent, exportFolderName(now));
    const entries: EvidenceIndexEntry[] = records.map((record) => {
      const source = evidenceFolder(record);
      const folder = relative(evidenceRoot(), source).split('\\').join('/');
      const copied = existsSync(source);
      if (copied) cpSync(source, join(target, folder), { recursive: true, errorOnExist: false });
      return { folder, record, copied };
    });
    const index = buildEvidenceIndex(entries, now.toISOString(), appVersion);
    writeFileAtomic(join(target, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
    return { kind: 'saved', path: target };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
