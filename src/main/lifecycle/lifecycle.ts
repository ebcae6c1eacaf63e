/**
 * The app's life as a tray app: no dock icon on macOS, an Edit menu so copy and paste work in
 * forms, the app stays alive with every window closed, and quitting flushes the store first. A
 * second launch is routed by `listenToSecondInstance` (startup.ts), registered before any await.
 */
import { app, Menu } from 'electron';
import type { Language } from '../language';
import { HIDDEN_FLAG } from '../autostart/autostart';
import { appMenuTemplate } from './app-menu';

/** What the lifecycle needs from the app. */
export interface LifecycleDeps {
  readonly openChecklist: () => void;
  readonly language: () => Language;
  /** Writes any pending state to disk; called once before quitting. */
  readonly flush?: () => void;
  readonly platform?: NodeJS.Platform;
}

/** The running lifecycle. */
export interface LifecycleHandle {
  /** Re-sets the application menu (the language changed). */
  refreshMenu(): void;
}

/** True when the app was started for the tray only: `--hidden` (login item), or a macOS login launch. */
export function launchedHidden(argv: readonly string[] = process.argv, platform: NodeJS.Platform = process.platform): boolean {
  if (argv.includes(HIDDEN_FLAG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}

/**
 * Sets it all up. Call once the app is ready, after `requestSingleInstanceLock()` succeeded.
 * Closed windows are destroyed by Electron itself (nothing here keeps a hidden window around).
 */
export function setupLifecycle(deps: LifecycleDeps): LifecycleHandle {
  const platform = deps.platform ?? process.platform;
  if (platform === 'darwin') app.dock?.hide();

  const refreshMenu = (): void => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(deps.language().messages, platform)));
  };
  refreshMenu();

  // A tray app stays alive with every window closed: listening is enough to stop the default quit.
  app.on('window-all-closed', () => undefined);
  let flushed = false;
  app.on('before-quit', () => {
    if (flushed) return;
    flushed = true;
    try {
      deps.flush?.();
    } catch (error) {
      console.error('could not save before quitting', error);
    }
  });
  return { refreshMenu };
}
