/** The index written at the top of an evidence export: which proof is in which folder. Pure. */
import type { EvidenceRecord } from '../domain/types';

/** The format tag of the export index. */
export const EVIDENCE_INDEX_FORMAT = 'objector-evidence-export/1';

/** One exported proof. */
export interface EvidenceIndexEntry {
  readonly folder: string;
  readonly record: EvidenceRecord;
  /** False when the proof's folder could not be found on disk at export time. */
  readonly copied: boolean;
}

/** The export's index.json. */
export interface EvidenceIndex {
  readonly format: typeof EVIDENCE_INDEX_FORMAT;
  readonly exportedAt: string;
  readonly appVersion: string;
  readonly entries: readonly EvidenceIndexEntry[];
}

/** Builds the index, proofs sorted by time. */
export function buildEvidenceIndex(entries: readonly EvidenceIndexEntry[], exportedAt: string, appVersion: string): EvidenceIndex {
  const sorted = [...entries].sort((a, b) => Date.parse(a.record.savedAt) - Date.parse(b.record.savedAt));
  return { format: EVIDENCE_INDEX_FORMAT, exportedAt, appVersion, entries: sorted };
}
