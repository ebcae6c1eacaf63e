/**
 * Start at login, reflected from `settings.startAtLogin`: macOS and Windows through
 * `app.setLoginItemSettings` (launched with `--hidden`, straight to the tray), Linux through an XDG
 * autostart file. The tray menu and the settings screen change the setting; this module follows it.
 */
import { app } from 'electron';
import { homedir } from 'node:os';
import type { AppState } from '@shared/domain/types';
import { autostartCommand, autostartFilePath, writeAutostartFile } from './linux-desktop-file';

/** The flag the app is launched with at login: start in the tray, no window. */
export const HIDDEN_FLAG = '--hidden';

/** What start-at-login needs; everything but `state` has a real default. */
export interface AutostartDeps {
  readonly state: { get(): AppState; onChange(listener: (state: AppState) => void): () => void };
  readonly platform?: NodeJS.Platform;
  readonly env?: NodeJS.ProcessEnv;
  readonly home?: string;
  readonly execPath?: string;
}

/** The running start-at-login follower. */
export interface AutostartHandle {
  /** Applies `enabled` to the system now. */
  apply(enabled: boolean): void;
  dispose(): void;
}

/** Follows the setting: applies it now and on every change. Failures are logged, never thrown. */
export function setupAutostart(deps: AutostartDeps): AutostartHandle {
  const platform = deps.platform ?? process.platform;
  const apply = (enabled: boolean): void => {
    try {
      if (platform === 'darwin' || platform === 'win32') {
        app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_FLAG] });
        return;
      }
      const env = deps.env ?? process.env;
      const command = autostartCommand({
        env,
        execPath: deps.execPath ?? process.execPath,
        appPath: app.getAppPath(),
        isPackaged: app.isPackaged,
      });
      writeAutostartFile(autostartFilePath(env, deps.home ?? homedir()), enabled, command);
    } catch (error) {
      console.error('start at login: could not apply the setting', error);
    }
  };
  let current = deps.state.get().settings.startAtLogin;
  apply(current);
  const off = deps.state.onChange((state) => {
    if (state.settings.startAtLogin === current) return;
    current = state.settings.startAtLogin;
    apply(current);
  });
  return { apply, dispose: off };
}
