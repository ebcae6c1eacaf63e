/** The tray icon's tooltip and menu. */
import { plural } from '../plural';

export const tray = {
  tooltip: (countdown: string) => `Objector: ${countdown}`,
  /** Tooltip with a second line saying where the accounts stand. */
  tooltipWithProgress: (countdown: string, progress: string) => `Objector: ${countdown}\n${progress}`,
  progressLeft: (left: number) => plural('en', left, { one: '1 account still to do', other: '{n} accounts still to do' }),
  progressAllDone: 'Every account is done',
  noAccounts: 'No accounts yet: add them in the checklist',
  /** One account's line: "Instagram @marie: to do". */
  accountLine: (platform: string, label: string, status: string) => `${platform} ${label}: ${status}`,
  moreAccounts: (count: number) => plural('en', count, { one: '…and 1 more', other: '…and {n} more' }),
  /** Short status words for the menu. */
  statuses: {
    'to-do': 'to do',
    'in-progress': 'in progress',
    submitted: 'sent, check your e-mail',
    confirmed: 'confirmed',
    'covered-by-group': 'covered by its group',
    'not-applicable': 'not needed',
  },
  openNextForm: 'Open next form',
  openNextFormFor: (account: string) => `Open next form (${account})`,
  openChecklist: 'Open checklist',
  pauseReminders: 'Pause reminders',
  pauseOneDay: 'For 1 day',
  pauseOneWeek: 'For 1 week',
  pauseForever: 'Until I turn them back on',
  resumeReminders: 'Resume reminders',
  startAtLogin: 'Start at login',
  /** The application's Edit menu (copy and paste in forms). */
  edit: { menu: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All' },
  quit: 'Quit Objector',
};
