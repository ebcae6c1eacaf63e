/**
 * Which icon the tray shows: a glance at how the primary campaign stands. Pure: derived from the
 * countdown's phase and the accounts' statuses. The icon files carry these exact names
 * (`assets/tray/<state>.png`, `<state>Template.png`, `<state>.ico`).
 */
import type { Status } from '../domain/types';
import type { CountdownView } from '../ipc/contract';
import { needsAction } from '../domain/status';

/** Every tray icon state, in the order a person would read them. */
export const TRAY_ICON_STATES = ['idle', 'todo', 'due-soon', 'passed-todo', 'done'] as const;
/** The tray icon's state: nothing to do / to do / due soon / passed with work left / all done. */
export type TrayIconState = (typeof TRAY_ICON_STATES)[number];

/** The host platform, as far as the tray cares. */
export type TrayPlatform = 'darwin' | 'win32' | 'linux';

/**
 * The icon state. No account taking part: idle. Something still to file: todo, due-soon or
 * passed-todo by the deadline phase. Everything filed (sent, confirmed, covered, not applicable): done.
 */
export function trayIconState(phase: CountdownView['phase'] | null, statuses: readonly Status[]): TrayIconState {
  if (statuses.length === 0) return 'idle';
  if (!statuses.some(needsAction)) return 'done';
  switch (phase) {
    case 'passed':
      return 'passed-todo';
    case 'due-soon':
      return 'due-soon';
    case 'upcoming':
    case 'no-deadline':
    case null:
      return 'todo';
  }
}

/** The icon's file name in `assets/tray/` for `platform`: template images on macOS, .ico on Windows. */
export function trayIconFile(state: TrayIconState, platform: TrayPlatform): string {
  switch (platform) {
    case 'darwin':
      return `${state}Template.png`;
    case 'win32':
      return `${state}.ico`;
    case 'linux':
      return `${state}.png`;
  }
}
