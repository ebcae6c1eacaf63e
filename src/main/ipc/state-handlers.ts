/** IPC handlers for the state, and the push of every new snapshot to every window. */
import { app } from 'electron';
import type { Snapshot } from '@shared/ipc/contract';
import type { StateService } from '../state/state-service';
import type { BeforeImportCopies } from '../state/before-import';
import { broadcast, handle } from './handle';
import { systemLocale } from '../language';

/** The snapshot sent to renderers. */
export function snapshotOf(state: StateService, copies: Pick<BeforeImportCopies, 'latest'>): Snapshot {
  const host = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
  return {
    state: state.get(),
    systemLocale: systemLocale(),
    host,
    appVersion: app.getVersion(),
    storeNotice: state.notice,
    beforeImport: copies.latest(),
  };
}

/** Registers state:get and state:dispatch, and pushes changes to every window. */
export function setupStateIpc(state: StateService, copies: Pick<BeforeImportCopies, 'latest'>): void {
  handle('state:get', () => snapshotOf(state, copies));
  handle('state:dispatch', (command) => {
    const applied = state.dispatch(command);
    return applied.ok ? { ok: true, snapshot: snapshotOf(state, copies) } : { ok: false, error: applied.error };
  });
  state.onChange(() => broadcast('state:changed', snapshotOf(state, copies)));
}
