/**
 * The schedule both daily checks share (the catalog check and app updates): it runs only while the
 * person's consent for that check says "allowed", at most once a day (`nextCheckAt`, from the last
 * check in the check log), never sooner than a delay after start-up, with one timer set to when the
 * next check is due and none at all without consent. A change of consent re-plans it at once.
 */
import type { Clock, FetchConsent, Settings } from '@shared/domain/types';
import { nextCheckAt } from '@shared/domain/update-policy';
import type { StateService } from '../state/state-service';

/** What the schedule needs. */
export interface DailyCheckScheduleDeps<R> {
  readonly state: StateService;
  readonly clock: Clock;
  /** The consent for this check in the person's settings. */
  readonly consentOf: (settings: Settings) => FetchConsent;
  /** When this check last ran (ISO 8601), or null: never. */
  readonly lastCheckAt: () => string | null;
  /** The first check waits this long after start-up, so it never slows the start. */
  readonly startDelayMs: number;
  /** The check itself, given the time it was found due; it records its own run in the check log. */
  readonly check: (now: Date) => Promise<R>;
  /** False where the check can never run (e.g. app updates in an unpackaged build): no timer at all. */
  readonly supported?: boolean;
}

/** A running schedule. */
export interface DailyCheckSchedule<R> {
  /** Runs the check now if it is due; resolves with its result, or null when it was not due. One at a time. */
  runIfDue(): Promise<R | null>;
  stop(): void;
}

/** Longest delay `setTimeout` accepts (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Starts the schedule. */
export function startDailyCheckSchedule<R>(deps: DailyCheckScheduleDeps<R>): DailyCheckSchedule<R> {
  let consent = deps.consentOf(deps.state.get().settings);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<R | null> | null = null;
  let stopped = deps.supported === false;
  const earliest = deps.clock.now().getTime() + deps.startDelayMs;

  const nextAt = (now: Date): Date | null => (stopped ? null : nextCheckAt({ consent, lastCheckAt: deps.lastCheckAt(), now }));

  const schedule = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const now = deps.clock.now();
    const at = nextAt(now);
    if (at === null) return;
    const wait = Math.min(Math.max(at.getTime(), earliest) - now.getTime(), MAX_TIMER_MS);
    timer = setTimeout(() => void runIfDue(), Math.max(0, wait));
  };

  const runIfDue = (): Promise<R | null> => {
    if (running !== null) return running;
    const now = deps.clock.now();
    const at = nextAt(now);
    if (at === null || at.getTime() > now.getTime()) {
      schedule();
      return Promise.resolve(null);
    }
    running = deps.check(now).finally(() => {
      running = null;
      schedule();
    });
    return running;
  };

  const unsubscribe = deps.state.onChange((state) => {
    const value = deps.consentOf(state.settings);
    if (value === consent) return;
    consent = value;
    schedule();
  });
  schedule();
  return {
    runIfDue,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
