/** IPC handlers for the state, and the push of every new snapshot to every window. */
import { app } from 'electron';
import type { Snapshot, UpdatesView } from '@shared/ipc/contract';
import type { CatalogInUse } from '@shared/catalog/catalog-in-use';
import type { StateService } from '../state/state-service';
import type { BeforeImportCopies } from '../state/before-import';
import { broadcast, handle } from './handle';
import { systemLocale } from '../language';

/** What a snapshot tells besides the state: the catalog in use, the update facts, the copy kept before the last import. */
export interface SnapshotSources {
  readonly catalog: () => CatalogInUse;
  readonly updates: () => UpdatesView;
  readonly copies: Pick<BeforeImportCopies, 'latest'>;
}

/** The snapshot sent to renderers. */
export function snapshotOf(state: StateService, sources: SnapshotSources): Snapshot {
  const host = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
  return {
    state: state.get(),
    systemLocale: systemLocale(),
    host,
    appVersion: app.getVersion(),
    storeNotice: state.notice,
    catalog: sources.catalog(),
    updates: sources.updates(),
    beforeImport: sources.copies.latest(),
  };
}

/**
 * Registers state:get and state:dispatch, and pushes changes to every window. Returns `publish`,
 * which pushes a fresh snapshot when something outside the state changed (an accepted catalog
 * update, a finished daily check).
 */
export function setupStateIpc(state: StateService, sources: SnapshotSources): () => void {
  const publish = (): void => broadcast('state:changed', snapshotOf(state, sources));
  handle('state:get', () => snapshotOf(state, sources));
  handle('state:dispatch', (command) => {
    const applied = state.dispatch(command);
    return applied.ok ? { ok: true, snapshot: snapshotOf(state, sources) } : { ok: false, error: applied.error };
  });
  state.onChange(publish);
  return publish;
}
