/** IPC handlers for the state and the countdown. */
import { app } from 'electron';
import type { Snapshot } from '@shared/ipc/contract';
import type { StateService } from '../state/state-service';
import type { CountdownService } from '../countdown-service';
import { broadcast, handle } from './handle';
import { systemLocale } from '../language';

/** The snapshot sent to renderers. */
export function snapshotOf(state: StateService): Snapshot {
  const host = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
  return { state: state.get(), systemLocale: systemLocale(), host, appVersion: app.getVersion(), storeNotice: state.notice };
}

/** Registers state:get, state:dispatch and countdown:get, and pushes changes to every window. */
export function setupStateIpc(state: StateService, countdown: CountdownService): void {
  handle('state:get', () => snapshotOf(state));
  handle('state:dispatch', (command) => {
    const applied = state.dispatch(command);
    return applied.ok ? { ok: true, snapshot: snapshotOf(state) } : { ok: false, error: applied.error };
  });
  handle('countdown:get', () => countdown.current());
  state.onChange(() => broadcast('state:changed', snapshotOf(state)));
  countdown.onChange((view) => broadcast('countdown:changed', view));
}
