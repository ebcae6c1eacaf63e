/**
 * Keeps a proof file the person gave under `<userData>/evidence/<accountId>/<local time>_<id>/`,
 * like the page proof: the file under its own name (`confirmation.eml`, `.pdf`, `.png`…) and a
 * `record.json`, each written atomically with its SHA-256; then the record goes into the state in
 * one change (with `confirmed-by-email` when it confirms). If the state refuses or cannot be
 * saved, the folder is removed again: nothing is half-kept.
 */
import { rmSync } from 'node:fs';
import type { Clock, EvidenceRecord } from '@shared/domain/types';
import { FILE_RECORD_NAME, fileEvidenceDocument, fileEvidenceRecord } from '@shared/proof/file-evidence';
import { proofFileName } from '@shared/proof/proof-file';
import type { KeptFile } from '@shared/proof/proof-intake';
import type { StateService } from '../state/state-service';
import { evidenceFolder } from '../evidence/evidence-store';
import { writeEvidenceFile } from '../evidence/files';

/** What keeping a file needs. */
export interface StoreProofDeps {
  readonly state: Pick<StateService, 'get' | 'dispatch'>;
  readonly clock: Clock;
  /** The machine's zone and offset; default: the system's. */
  readonly zone?: string;
  readonly offsetMinutes?: number;
}

/** Writes `file` and its record, and adds the record to the state. */
export function storeProofFile(file: KeptFile, deps: StoreProofDeps): EvidenceRecord {
  const now = deps.clock.now();
  const state = deps.state.get();
  const group = state.groups.find((item) => item.id === file.account.groupId) ?? null;
  const base = {
    id: file.id,
    account: file.account,
    group,
    campaignId: file.campaignId,
    origin: file.origin,
    originalName: file.originalName,
    now,
    offsetMinutes: deps.offsetMinutes ?? -now.getTimezoneOffset(),
    zone: deps.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    check: file.check,
  };
  const draft = fileEvidenceDocument({ ...base, file: { kind: file.fileKind, name: proofFileName(file.fileKind), sha256: '', bytes: 0 } });
  const folder = evidenceFolder({ accountId: file.account.id, savedAt: draft.savedAt, id: file.id });
  try {
    const kept = writeEvidenceFile(folder, file.fileKind, proofFileName(file.fileKind), file.bytes);
    const document = fileEvidenceDocument({ ...base, file: kept });
    const json = writeEvidenceFile(folder, 'json', FILE_RECORD_NAME, `${JSON.stringify(document, null, 2)}\n`);
    const record = fileEvidenceRecord(document, json);
    const applied = deps.state.dispatch({ kind: 'add-evidence', record, confirmsByEmail: file.confirm });
    if (!applied.ok) throw new Error(applied.error);
    return record;
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
