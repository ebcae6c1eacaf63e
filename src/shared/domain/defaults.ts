/** The state of a new installation. */
import type { AppState, Settings } from './types';

/** Settings before the person changes anything. */
export const DEFAULT_SETTINGS: Settings = {
  locale: 'system',
  theme: 'system',
  remindersEnabled: true,
  remindersPausedUntil: null,
  startAtLogin: false,
  onboardingDone: false,
  catalogUpdates: 'ask',
  appUpdates: 'ask',
  recheckReminders: true,
  country: null,
};

/** An empty state: no accounts, no events. */
export function defaultState(): AppState {
  return { accounts: [], groups: [], events: [], evidence: [], settings: DEFAULT_SETTINGS, remindersSent: [] };
}
