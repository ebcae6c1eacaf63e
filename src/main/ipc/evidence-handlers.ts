/**
 * IPC of saved proof: open one listed file of a known record, reveal a record's folder, export
 * every proof. The renderer names a record id and a file name; main finds the path itself, so no
 * path ever comes from a renderer.
 */
import { app, dialog, shell } from 'electron';
import type { Clock, EvidenceRecord } from '@shared/domain/types';
import type { StateService } from '../state/state-service';
import { evidenceFilePath, evidenceFolder } from '../evidence/evidence-store';
import { exportEvidence } from '../evidence/export-evidence';
import { handle } from './handle';
import { existsSync } from 'node:fs';

/** What the evidence handlers need. */
export interface EvidenceIpcDeps {
  readonly state: Pick<StateService, 'get'>;
  readonly clock: Clock;
}

function recordOf(deps: EvidenceIpcDeps, evidenceId: string): EvidenceRecord {
  const record = deps.state.get().evidence.find((item) => item.id === evidenceId);
  if (record === undefined) throw new Error('Unknown proof.');
  return record;
}

/** Registers evidence:open, evidence:reveal and evidence:export. */
export function setupEvidenceIpc(deps: EvidenceIpcDeps): void {
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
