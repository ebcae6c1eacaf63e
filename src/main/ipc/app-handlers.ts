/** IPC for small app-wide actions: open the checklist, copy a text to the clipboard. */
import { clipboard } from 'electron';
import { handle } from './handle';

/** What the app handlers need. */
export interface AppIpcDeps {
  readonly openChecklist: () => void;
}

/**
 * Registers window:open-checklist and clipboard:write. Copying goes through main because the
 * renderer's clipboard permission is denied, like every other permission.
 */
export function setupAppIpc(deps: AppIpcDeps): void {
  handle('window:open-checklist', () => {
    deps.openChecklist();
  });
  handle('clipboard:write', async ({ text }) => {
    await clipboard.writeText(text);
  });
}
