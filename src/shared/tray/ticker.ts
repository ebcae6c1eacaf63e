/**
 * The adaptive ticker behind the tray: it sleeps until the next thing a person could notice (the
 * countdown's text changes, a reminder falls due), wakes once, re-reads the clock, and sleeps
 * again. No fixed interval. Time and timers are injected, so a fake clock drives it in tests and
 * in the benchmark; main plugs in `setTimeout`, the system clock and `powerMonitor` 'resume'.
 */
import type { Clock } from '../domain/types';

/** Longest sleep: timers drift across sleep and clock changes, so re-check at least this often. */
export const MAX_SLEEP_MS = 6 * 60 * 60 * 1000;
/** Wake this much after the computed instant, so a timer firing a hair early never misses the change. */
export const WAKE_SLACK_MS = 25;

/** A one-shot timer. Shared code has no `setTimeout`: main passes one in. */
export interface TimerPort {
  /** Calls `fire` once after `delayMs`; returns a function that cancels it. */
  start(delayMs: number, fire: () => void): () => void;
}

/** Why the ticker woke: its own timer, the machine resuming from sleep, or a caller asking. */
export type WakeReason = 'start' | 'timer' | 'resume' | 'refresh';

/** What each wake tells its owner. */
export interface Wake {
  readonly now: Date;
  readonly reason: WakeReason;
  /** The machine's time zone or UTC offset differs from the previous wake (Electron has no event for it). */
  readonly zoneChanged: boolean;
}

/** How the ticker is driven. */
export interface TickerOptions {
  readonly clock: Clock;
  readonly timers: TimerPort;
  /** The next instant after `now` worth waking for, or null when nothing is foreseen. */
  readonly next: (now: Date) => Date | null;
  /** Called on every wake, after the clock was read. */
  readonly onWake: (wake: Wake) => void;
  /** Describes the machine's zone at `now` (e.g. "Europe/Paris +120"); compared on every wake. */
  readonly zoneKey?: (now: Date) => string;
  readonly maxSleepMs?: number;
}

/** A running ticker. */
export interface Ticker {
  /** Wakes now: on resume from sleep, or when what `next` depends on changed (state, language). */
  wake(reason: Exclude<WakeReason, 'start' | 'timer'>): void;
  /** Timer and resume wakes so far (what the benchmark counts). */
  wakeups(): number;
  /** When the pending timer will fire, or null when stopped. */
  nextWakeAt(): Date | null;
  stop(): void;
}

/** Pure: how long to sleep at `now` when the next event is `next` (capped, never negative). */
export function sleepDuration(now: Date, next: Date | null, maxSleepMs: number = MAX_SLEEP_MS): number {
  if (next === null) return maxSleepMs;
  return Math.min(maxSleepMs, Math.max(0, next.getTime() - now.getTime()) + WAKE_SLACK_MS);
}

/** Starts a ticker: wakes once immediately ('start'), then as `next` says. */
export function startTicker(options: TickerOptions): Ticker {
  const maxSleep = options.maxSleepMs ?? MAX_SLEEP_MS;
  let cancel: (() => void) | null = null;
  let wakeAt: Date | null = null;
  let zone: string | null = null;
  let count = 0;
  let stopped = false;

  const isStopped = (): boolean => stopped;
  const clearTimer = (): void => {
    cancel?.();
    cancel = null;
  };

  const run = (reason: WakeReason): void => {
    if (stopped) return;
    clearTimer();
    if (reason === 'timer' || reason === 'resume') count += 1;
    const now = options.clock.now();
    const currentZone = options.zoneKey?.(now) ?? '';
    const zoneChanged = zone !== null && zone !== currentZone;
    zone = currentZone;
    options.onWake({ now, reason, zoneChanged });
    // onWake may have stopped us (flow analysis cannot see that, hence the function call).
    if (isStopped()) return;
    // onWake may have woken us again (a reminder dispatched a state change): keep one timer only.
    clearTimer();
    const after = options.clock.now();
    const delay = sleepDuration(after, options.next(after), maxSleep);
    wakeAt = new Date(after.getTime() + delay);
    cancel = options.timers.start(delay, () => {
      cancel = null;
      run('timer');
    });
  };

  run('start');
  return {
    wake: (reason) => run(reason),
    wakeups: () => count,
    nextWakeAt: () => (stopped ? null : wakeAt),
    stop() {
      stopped = true;
      clearTimer();
    },
  };
}
