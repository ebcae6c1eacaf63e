/**
 * Which icon the tray shows: a glance at how every campaign stands. Pure: derived from the
 * campaigns' dates and what their accounts need now. The icon files carry these exact names
 * (`assets/tray/<state>.png`, `<state>Template.png`, `<state>.ico`).
 */
import type { CampaignProgress } from '../domain/overview';

/** Every tray icon state, in the order a person would read them. */
export const TRAY_ICON_STATES = ['idle', 'todo', 'due-soon', 'passed-todo', 'done'] as const;
/** The tray icon's state: nothing to do / to do / due soon / passed with work left / all done. */
export type TrayIconState = (typeof TRAY_ICON_STATES)[number];

/** The host platform, as far as the tray cares. */
export type TrayPlatform = 'darwin' | 'win32' | 'linux';

/**
 * The icon state. No account taking part anywhere: idle. Nothing needing the person: done.
 * Otherwise, among the campaigns with something left: due-soon when one's date is within 72 h,
 * else passed-todo when one's date has passed, else todo (dates far ahead, or no date).
 */
export function trayIconState(progress: readonly CampaignProgress[]): TrayIconState {
  if (progress.every((entry) => entry.pairs.length === 0)) return 'idle';
  const open = progress.filter((entry) => entry.pairs.some((pair) => pair.needsPerson));
  if (open.length === 0) return 'done';
  if (open.some((entry) => entry.deadline.kind === 'due-soon')) return 'due-soon';
  if (open.some((entry) => entry.deadline.kind === 'passed')) return 'passed-todo';
  return 'todo';
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
