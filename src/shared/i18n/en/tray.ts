/** The tray icon's tooltip and menu. */
import { plural } from '../plural';

export const tray = {
  progressAllDone: 'Every account is done',
  noAccounts: 'No accounts yet: add them in the checklist',
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
  // — campaigns: begin (generated) —
  tooltip: ({ line }: { readonly line: string }) => `Objector: ${line}`,
  tooltipWithProgress: ({ line, progress }: { readonly line: string; readonly progress: string }) => `Objector: ${line}\n${progress}`,
  countdownFor: ({ campaign, countdown }: { readonly campaign: string; readonly countdown: string }) => `${campaign}: ${countdown}`,
  progressLeft: ({ count }: { readonly count: number }) =>
    plural('en', count, { one: `{n} account still to do`, other: `{n} accounts still to do` }),
  nothingNowWaiting: ({ count }: { readonly count: number }) =>
    plural('en', count, { one: `Nothing to do now: waiting for {n} answer`, other: `Nothing to do now: waiting for {n} answers` }),
  allDoneNextRecheck: ({ date }: { readonly date: string }) => `All done, next re-check on ${date}`,
  titleLeft: ({ count }: { readonly count: number }) => plural('en', count, { other: `{n} to do` }),
  accountLine: ({ platform, label, status }: { readonly platform: string; readonly label: string; readonly status: string }) =>
    `${platform} ${label}: ${status}`,
  accountLineIn: ({
    platform,
    label,
    campaign,
    status,
  }: {
    readonly platform: string;
    readonly label: string;
    readonly campaign: string;
    readonly status: string;
  }) => `${platform} ${label} (${campaign}): ${status}`,
  moreAccounts: ({ count }: { readonly count: number }) => plural('en', count, { one: `…and {n} more`, other: `…and {n} more` }),
  standing: {
    toDo: 'to do',
    opened: 'form opened',
    waiting: 'sent, waiting for the answer',
    noAnswer: 'no answer yet',
    refused: 'refused',
    complained: 'complaint filed',
    confirmed: 'confirmed',
    covered: 'covered by its group',
    notNeeded: 'not needed',
    settingToDo: 'setting still on',
    settingOff: 'switched off',
    settingRecheck: 'check it is still off',
  },
  openNext: ({ account }: { readonly account: string }) => `Next to do: ${account}`,
  // — campaigns: end —
};
