/**
 * Keeps the countdown current for the tray and the windows, on the adaptive ticker
 * (`@shared/tray/ticker`): it sleeps until the displayed text next changes (`nextCountdownChange`)
 * or another wake source (reminders) is due, re-reads the clock on every wake, on resume from
 * sleep and when the machine's zone changes, and never runs a fixed-interval timer.
 */
import { powerMonitor } from 'electron';
import type { Campaign, Clock } from '@shared/domain/types';
import type { CountdownView } from '@shared/ipc/contract';
import { buildCountdownView } from '@shared/domain/countdown-view';
import { nextCountdownChange } from '@shared/domain/countdown';
import { startTicker, type TimerPort, type Wake } from '@shared/tray/ticker';
import type { Language } from './language';

/** Something else worth waking for (reminders): when it is next due, and what to do then. */
export interface WakeSource {
  next(now: Date): Date | null;
  onWake(wake: Wake): void;
}

/** The live countdown. */
export interface CountdownService {
  current(): CountdownView | null;
  onChange(listener: (view: CountdownView | null) => void): () => void;
  /** Recompute now (language changed, state changed, clock changed). */
  refresh(): void;
  /** Shares the one ticker with another schedule; returns a function that removes it. */
  addWakeSource(source: WakeSource): () => void;
  /** How many times the ticker woke (for the benchmark). */
  wakeups(): number;
  dispose(): void;
}

/** Real timers for the ticker. */
export const systemTimers: TimerPort = {
  start(delayMs, fire) {
    const timer = setTimeout(fire, delayMs);
    return () => clearTimeout(timer);
  },
};

/** The machine's zone and UTC offset at `now`; a change means the person travelled or DST switched. */
export function systemZoneKey(now: Date): string {
  return `${Intl.DateTimeFormat().resolvedOptions().timeZone} ${now.getTimezoneOffset()}`;
}

/** Starts the ticker for `campaign`. */
export function setupCountdown(
  campaign: Campaign | undefined,
  clock: Clock,
  language: () => Language,
  timers: TimerPort = systemTimers,
): CountdownService {
  const listeners = new Set<(view: CountdownView | null) => void>();
  const sources = new Set<WakeSource>();
  let view: CountdownView | null = null;
  let started = false;

  const compute = (now: Date): CountdownView | null =>
    campaign === undefined ? null : buildCountdownView(campaign, now, language().messages, language().locale);

  const next = (now: Date): Date | null => {
    const times: number[] = [];
    if (campaign?.deadline != null) {
      const change = nextCountdownChange(campaign.deadline, now);
      if (change !== null) times.push(change.getTime());
    }
    for (const source of sources) {
      const due = source.next(now);
      if (due !== null) times.push(due.getTime());
    }
    return times.length === 0 ? null : new Date(Math.min(...times));
  };

  const onWake = (wake: Wake): void => {
    const fresh = compute(wake.now);
    const changed = JSON.stringify(fresh) !== JSON.stringify(view);
    view = fresh;
    if (started && (changed || wake.zoneChanged)) for (const listener of listeners) listener(view);
    for (const source of sources) source.onWake(wake);
  };

  const ticker = startTicker({ clock, timers, next, onWake, zoneKey: systemZoneKey });
  started = true;
  const onResume = (): void => ticker.wake('resume');
  powerMonitor.on('resume', onResume);

  return {
    current: () => view,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: () => ticker.wake('refresh'),
    addWakeSource(source) {
      sources.add(source);
      ticker.wake('refresh');
      return () => {
        sources.delete(source);
        ticker.wake('refresh');
      };
    },
    wakeups: () => ticker.wakeups(),
    dispose() {
      ticker.stop();
      powerMonitor.off('resume', onResume);
    },
  };
}
