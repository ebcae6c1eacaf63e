/**
 * IPC of saved proof: open one listed file of a known record, reveal a record's folder, export
 * every proof, and add a file the person chooses (a screenshot, a PDF). The renderer names a
 * record id and a file name; main finds the path itself, so no path ever comes from a renderer.
 */
import { app, dialog, shell } from 'electron';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Catalog, Clock, EvidenceRecord } from '@shared/domain/types';
import { extraTargetsFor } from '@shared/catalog/index';
import type { AddFileOutcome, TargetRef } from '@shared/ipc/contract';
import { ADDED_FILE_TYPES, addedFileKind, fileRecord, MAX_PROOF_FILE_BYTES, safeFileName } from '@shared/guide/added-file';
import type { StateService } from '../state/state-service';
import { evidenceFilePath, evidenceFolder } from '../evidence/evidence-store';
import { exportEvidence } from '../evidence/export-evidence';
import { writeEvidenceFile } from '../evidence/files';
import { handle } from './handle';

/** What the evidence handlers need. */
export interface EvidenceIpcDeps {
  readonly state: Pick<StateService, 'get' | 'dispatch'>;
  readonly catalog: Catalog;
  readonly clock: Clock;
  /** The file dialog's title in the person's language. */
  readonly addFileTitle?: () => string;
}

/** Asks for a picture or PDF, keeps it in the account's proof folder with its hash, and records it. */
export async function addProofFile(deps: EvidenceIpcDeps, ref: TargetRef): Promise<AddFileOutcome> {
  const account = deps.state.get().accounts.find((item) => item.id === ref.accountId);
  if (account?.campaignIds.includes(ref.campaignId) !== true) throw new Error('Unknown account.');
  const { targetId } = ref;
  if (targetId !== undefined && !extraTargetsFor(deps.catalog, ref.campaignId, account.platform).some((target) => target.id === targetId))
    throw new Error('Unknown target.');
  const picked = await dialog.showOpenDialog({
    ...(deps.addFileTitle && { title: deps.addFileTitle() }),
    properties: ['openFile'],
    filters: [{ name: 'PNG, JPEG, WebP, PDF', extensions: [...ADDED_FILE_TYPES.extensions] }],
  });
  const path = picked.filePaths[0];
  if (picked.canceled || path === undefined) return { kind: 'cancelled' };
  let bytes: Uint8Array;
  try {
    if (statSync(path).size > MAX_PROOF_FILE_BYTES) return { kind: 'refused', reason: 'too-large' };
    bytes = readFileSync(path);
  } catch {
    return { kind: 'refused', reason: 'unreadable' };
  }
  const kind = addedFileKind(bytes);
  if (kind === null) return { kind: 'refused', reason: 'unsupported' };
  const now = deps.clock.now();
  const id = randomUUID();
  const draft = fileRecord({
    id,
    accountId: account.id,
    campaignId: ref.campaignId,
    ...(ref.targetId === undefined ? {} : { targetId: ref.targetId }),
    now,
    offsetMinutes: -now.getTimezoneOffset(),
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    file: { kind, name: safeFileName(basename(path), kind), sha256: '', bytes: 0 },
  });
  try {
    const file = writeEvidenceFile(evidenceFolder(draft), kind, draft.files[0]?.name ?? 'proof', bytes);
    const record: EvidenceRecord = { ...draft, files: [file] };
    const applied = deps.state.dispatch({ kind: 'add-evidence', record });
    if (!applied.ok) return { kind: 'refused', reason: 'not-saved' };
    return { kind: 'added', record };
  } catch {
    return { kind: 'refused', reason: 'not-saved' };
  }
}

function recordOf(deps: EvidenceIpcDeps, evidenceId: string): EvidenceRecord {
  const record = deps.state.get().evidence.find((item) => item.id === evidenceId);
  if (record === undefined) throw new Error('Unknown proof.');
  return record;
}

/** Registers evidence:open, evidence:reveal, evidence:export and evidence:add-file. */
export function setupEvidenceIpc(deps: EvidenceIpcDeps): void {
  handle('evidence:add-file', (ref) => addProofFile(deps, ref));
  handle('evidence:open', async ({ evidenceId, file }) => {
    const path = evidenceFilePath(recordOf(deps, evidenceId), file);
    if (path === null || !existsSync(path)) throw new Error('This proof file is not there.');
    const failure = await shell.openPath(path);
    if (failure !== '') throw new Error(failure);
  });
  handle('evidence:reveal', ({ evidenceId }) => {
    const record = recordOf(deps, evidenceId);
    const first = record.files[0];
    const path = first === undefined ? null : evidenceFilePath(record, first.name);
    shell.showItemInFolder(path ?? evidenceFolder(record));
  });
  handle('evidence:export', async () => {
    const picked = await dialog.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
    const parent = picked.filePaths[0];
    if (picked.canceled || parent === undefined) return { kind: 'cancelled' };
    return exportEvidence(deps.state.get().evidence, parent, deps.clock.now(), app.getVersion());
  });
}
