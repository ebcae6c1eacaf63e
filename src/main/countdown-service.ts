/**
 * The one ticker of the main process (`@shared/tray/ticker`), shared by everything that changes
 * with time: the tray (its countdown to the nearest date ahead, accounts whose follow-up or
 * re-check falls due, the end of a pause), reminders, and the follow-up steps. Each registers a
 * wake source; the ticker sleeps until the earliest one is due (at most 6 h), re-reads the clock on
 * every wake, on resume from sleep and when the machine's zone changes, and never runs a
 * fixed-interval timer.
 */
import { powerMonitor } from 'electron';
import type { Clock } from '@shared/domain/types';
import { startTicker, type TimerPort, type Wake } from '@shared/tray/ticker';

/** Something worth waking for: when it is next due, and what to do then. */
export interface WakeSource {
  next(now: Date): Date | null;
  onWake(wake: Wake): void;
}

/** The running ticker. */
export interface CountdownService {
  /** Wake now: what a wake source depends on changed (state, language, clock). */
  refresh(): void;
  /** Adds a wake source (it is woken once at once); returns a function that removes it. */
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

/** Starts the shared ticker. */
export function setupCountdown(clock: Clock, timers: TimerPort = systemTimers): CountdownService {
  const sources = new Set<WakeSource>();

  const next = (now: Date): Date | null => {
    let soonest: number | null = null;
    for (const source of sources) {
      const due = source.next(now)?.getTime() ?? null;
      if (due !== null && (soonest === null || due < soonest)) soonest = due;
    }
    return soonest === null ? null : new Date(soonest);
  };
  const onWake = (wake: Wake): void => {
    for (const source of [...sources]) source.onWake(wake);
  };

  const ticker = startTicker({ clock, timers, next, onWake, zoneKey: systemZoneKey });
  const onResume = (): void => ticker.wake('resume');
  powerMonitor.on('resume', onResume);

  return {
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
