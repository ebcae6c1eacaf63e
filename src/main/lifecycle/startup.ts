/**
 * A start that never dies silently (design: the person always gets a window and a message):
 * `second-instance` is listened to before anything is awaited, unhandled rejections are logged,
 * and any failure while starting ends in a tray icon and a window that say what happened, where
 * the files are, and what to do.
 */
import { app, dialog, Menu, shell, Tray } from 'electron';
import type { Messages } from '@shared/i18n/messages';
import { loadMessages } from '@shared/i18n/load';
import { loadLanguage } from '../language';
import { errorFields, log } from '../log/log';
import { loadTrayIcon, trayPlatform } from '../tray/tray-icon';

/** Routes second launches to the running app; launches before it is ready are kept for then. */
export interface SecondInstanceGate {
  /** From now on a second launch calls `handler` (and one that came earlier is handled now). */
  ready(handler: () => void): void;
}

/** Listens to `second-instance` at once. Call before any await, right after the single-instance lock. */
export function listenToSecondInstance(): SecondInstanceGate {
  let handler: (() => void) | null = null;
  let pending = false;
  app.on('second-instance', () => {
    log.info('app.second-instance', { ready: handler !== null });
    if (handler === null) pending = true;
    else handler();
  });
  return {
    ready(next) {
      handler = next;
      if (pending) {
        pending = false;
        next();
      }
    },
  };
}

/** Logs every unhandled promise rejection in main (they would otherwise vanish). */
export function logUnhandledRejections(target: Pick<NodeJS.Process, 'on'> = process): void {
  target.on('unhandledRejection', (reason: unknown) => log.error('main.unhandled-rejection', errorFields(reason)));
}

/** Where the person's files are, for the message. */
export interface FailureFolders {
  readonly data: string;
  readonly logs: string;
}

let failureTray: Tray | null = null;

async function messages(): Promise<Messages> {
  try {
    return (await loadLanguage({ locale: 'system' })).messages;
  } catch {
    return loadMessages('en');
  }
}

/** The text of the start-failure window. */
export function failureText(t: Messages, reason: string, folders: FailureFolders): { title: string; detail: string } {
  const s = t.store;
  return {
    title: s.startFailedTitle,
    detail: [s.startFailedBody({ reason }), s.whereFiles({ folder: folders.data }), s.startFailedWhat].join('\n\n'),
  };
}

/**
 * Shows that the start failed: a tray icon (its menu repeats the choices) and a message window
 * with "Open the log folder", "Open the data folder" and "Quit". Never throws.
 */
export async function showStartFailure(error: unknown, folders: FailureFolders): Promise<void> {
  log.error('app.start-failed', errorFields(error));
  const reason = error instanceof Error ? error.message : String(error);
  try {
    const t = await messages();
    const s = t.store;
    const text = failureText(t, reason, folders);
    const open = (path: string): void => void shell.openPath(path);
    const show = async (): Promise<void> => {
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: text.title,
        message: text.title,
        detail: text.detail,
        buttons: [s.openLogFolder, s.openDataFolder, s.quit],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      if (response === 0) open(folders.logs);
      else if (response === 1) open(folders.data);
      else app.quit();
    };
    try {
      failureTray ??= new Tray(loadTrayIcon('passed-todo', trayPlatform()));
      failureTray.setToolTip(s.startFailedTray);
      failureTray.setContextMenu(
        Menu.buildFromTemplate([
          { label: s.showDetails, click: () => void show() },
          { label: s.openLogFolder, click: () => open(folders.logs) },
          { label: s.openDataFolder, click: () => open(folders.data) },
          { type: 'separator' },
          { label: s.quit, click: () => app.quit() },
        ]),
      );
    } catch (trayError) {
      log.error('app.failure-tray-failed', errorFields(trayError));
    }
    await show();
  } catch (shown) {
    log.error('app.failure-window-failed', errorFields(shown));
    // Even the messages could not be loaded: the plainest words, in English.
    dialog.showErrorBox('Objector could not start', `${reason}\n\nYour data folder: ${folders.data}\nThe log: ${folders.logs}`);
  }
}
