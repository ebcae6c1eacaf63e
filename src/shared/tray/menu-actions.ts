/** Turns tray menu actions that change settings into the settings patch to dispatch. Pure. */
import type { Settings } from '../domain/types';
import type { TrayAction } from './menu-model';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The settings patch for a settings action at `now`, or null when the action is not about settings. */
export function settingsPatchFor(action: TrayAction, now: Date): Partial<Settings> | null {
  switch (action.kind) {
    case 'pause-reminders':
      if (action.duration === 'forever') return { remindersPausedUntil: 'forever' };
      return { remindersPausedUntil: new Date(now.getTime() + (action.duration === 'day' ? DAY_MS : 7 * DAY_MS)).toISOString() };
    case 'resume-reminders':
      return { remindersEnabled: true, remindersPausedUntil: null };
    case 'set-start-at-login':
      return { startAtLogin: action.value };
    case 'open-guide':
    case 'open-checklist':
    case 'quit':
      return null;
  }
}
