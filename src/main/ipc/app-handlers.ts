/** IPC for small app-wide actions: open the checklist, copy a text to the clipboard, open the data or log folder. */
import { app, clipboard, shell } from 'electron';
import { handle } from './handle';
import { logFolder } from '../log/file-log';

/** What the app handlers need. */
export interface AppIpcDeps {
  readonly openChecklist: () => void;
}

/** Opens the data folder or the log folder in the system's file manager. */
export async function openFolder(folder: 'data' | 'logs'): Promise<void> {
  const path = folder === 'data' ? app.getPath('userData') : logFolder();
  const problem = await shell.openPath(path);
  if (problem !== '') throw new Error(problem);
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
  handle('app:open-folder', ({ folder }) => openFolder(folder));
}
