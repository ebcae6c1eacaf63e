/**
 * Reminders, wired: the shared ticker wakes when one falls due (`nextReminderAt`), the pure
 * schedule says which (`dueReminders`), the Notifier shows them, and their keys are persisted with
 * `mark-reminders-sent` so none repeats, even after a restart. A click opens the guided window on
 * the reminder's account, or the checklist when it concerns several.
 */
import type { AppState, Catalog, Clock } from '@shared/domain/types';
import type { Command } from '@shared/domain/commands';
import { dueReminders, keysOf, nextReminderAt, NUDGE_INTERVAL_MS, type Reminder } from '@shared/domain/reminders';
import { reminderTarget, reminderText } from '@shared/tray/reminder-text';
import type { CountdownService } from '../countdown-service';
import type { Language } from '../language';
import type { Notifier } from './notifier';
import { e2eHooks } from '../tray/e2e-hooks';
import { log } from '../log/log';

/** What reminders need from the app. */
export interface ReminderDeps {
  readonly state: {
    get(): AppState;
    dispatch(command: Command): unknown;
    onChange(listener: (state: AppState) => void): () => void;
  };
  readonly ticker: Pick<CountdownService, 'addWakeSource' | 'refresh'>;
  readonly catalog: Catalog;
  readonly clock: Clock;
  readonly language: () => Language;
  readonly notifier: Notifier;
  readonly openGuide: (accountId: string, campaignId: string) => void;
  readonly openChecklist: () => void;
}

/** The running reminders. */
export interface RemindersHandle {
  /** Shows whatever is due now (also runs on every ticker wake and state change). */
  check(): readonly Reminder[];
  dispose(): void;
}

/** How long after a notification that could not be shown it is tried again. */
export const RETRY_FAILED_MS = 60 * 60 * 1000;

/** Starts reminders on the shared ticker. */
export function setupReminders(deps: ReminderDeps): RemindersHandle {
  // Also kept in memory, so a failed save can never make a reminder repeat within a run.
  const shown = new Set<string>();
  let lastNudge: number | null = null;
  // Reminders no adapter could show (unsigned macOS builds): not lost, tried again later.
  const failed = new Map<string, { readonly reminder: Reminder; readonly retryAt: number }>();
  const hooks = e2eHooks();
  if (hooks !== null) hooks.dispatch = (command) => deps.state.dispatch(command);

  const open = (reminder: Reminder): void => {
    const target = reminderTarget(reminder);
    // The account may have been removed since the reminder was shown: then the checklist.
    const known = target.kind === 'guide' && deps.state.get().accounts.some((account) => account.id === target.accountId);
    if (target.kind === 'guide' && known) deps.openGuide(target.accountId, target.campaignId);
    else deps.openChecklist();
  };

  const fresh = (reminder: Reminder, now: number): boolean => {
    if (shown.has(reminder.key)) return false;
    // A nudge's key carries its time: in memory, the interval itself guards against a repeat.
    return reminder.kind !== 'nudge' || lastNudge === null || now >= lastNudge + NUDGE_INTERVAL_MS;
  };

  const onFailed = (reminder: Reminder) => (error: string) => {
    log.warn('reminder.not-shown', { key: reminder.key, error });
    failed.set(reminder.key, { reminder, retryAt: deps.clock.now().getTime() + RETRY_FAILED_MS });
    // Due again after a restart too; within this run `shown` keeps it from firing at once.
    deps.state.dispatch({ kind: 'unmark-reminders-sent', keys: keysOf(reminder) });
    deps.ticker.refresh();
  };

  const check = (): readonly Reminder[] => {
    const state = deps.state.get();
    const now = deps.clock.now();
    const retry = [...failed.values()].filter((entry) => entry.retryAt <= now.getTime()).map((entry) => entry.reminder);
    for (const reminder of retry) failed.delete(reminder.key);
    const due = [...dueReminders({ state, catalog: deps.catalog, now }).filter((reminder) => fresh(reminder, now.getTime())), ...retry];
    if (due.length === 0) return due;
    const language = deps.language();
    const words = { catalog: deps.catalog, locale: language.locale, messages: language.messages };
    for (const reminder of due) {
      shown.add(reminder.key);
      if (reminder.kind === 'nudge') lastNudge = now.getTime();
      const text = reminderText(reminder, state, words);
      deps.notifier.show({ ...text, onClick: () => open(reminder), onFailed: onFailed(reminder) });
      hooks?.reminders.push({ ...text, click: () => open(reminder) });
      log.info('reminder.shown', { key: reminder.key, adapter: deps.notifier.kind });
    }
    deps.state.dispatch({ kind: 'mark-reminders-sent', keys: due.flatMap(keysOf) });
    return due;
  };

  const offWake = deps.ticker.addWakeSource({
    next: (now) => {
      const planned = nextReminderAt({ state: deps.state.get(), catalog: deps.catalog, now });
      const retries = [...failed.values()].map((entry) => entry.retryAt);
      const times = [...(planned === null ? [] : [planned.getTime()]), ...retries];
      return times.length === 0 ? null : new Date(Math.min(...times));
    },
    onWake: () => void check(),
  });
  // A new state (submission, pause, settings) moves the schedule: wake the ticker to re-plan.
  const offState = deps.state.onChange(() => deps.ticker.refresh());

  return {
    check,
    dispose() {
      offWake();
      offState();
    },
  };
}
