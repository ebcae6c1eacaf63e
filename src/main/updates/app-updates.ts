/**
 * App updates (issue 11): only when the person allowed them (`settings.appUpdates`), at most one
 * check a day (the same log as the catalog check), never in unpackaged builds (and the browser
 * version has no main process at all). The download runs in the background and installs on quit;
 * see `app-updater.ts` for the port.
 */
import type { Clock, Settings } from '@shared/domain/types';
import { appUpdatesSupported, nextCheckAt } from '@shared/domain/update-policy';
import type { StateService } from '../state/state-service';
import type { CheckLog } from '../catalog/check-log';
import type { AppUpdater } from './app-updater';
import { errorFields, log } from '../log/log';

/** What the schedule needs. */
export interface AppUpdatesDeps {
  readonly state: StateService;
  readonly clock: Clock;
  readonly log: CheckLog;
  /** `app.isPackaged`. */
  readonly packaged: boolean;
  /** Makes the updater; called once, at the first check that may run. */
  readonly createUpdater: () => Promise<AppUpdater>;
  /** The first check waits this long after start-up (default 60 s). */
  readonly startDelayMs?: number;
}

/** A running schedule. */
export interface AppUpdates {
  /** Checks now if allowed and due; resolves true when a check ran. */
  runIfDue(): Promise<boolean>;
  stop(): void;
}

const consentOf = (settings: Settings): Settings['appUpdates'] => settings.appUpdates;

/** Starts the schedule (it does nothing at all in an unpackaged build). */
export function setupAppUpdates(deps: AppUpdatesDeps): AppUpdates {
  const supported = appUpdatesSupported({ desktop: true, packaged: deps.packaged });
  let consent = consentOf(deps.state.get().settings);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let updater: Promise<AppUpdater> | null = null;
  let running: Promise<boolean> | null = null;
  let stopped = !supported;
  const startedAt = deps.clock.now().getTime();

  const next = (): Date | null =>
    supported ? nextCheckAt({ consent, lastCheckAt: deps.log.read().app?.at ?? null, now: deps.clock.now() }) : null;

  const schedule = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const at = stopped ? null : next();
    if (at === null) return;
    const now = deps.clock.now().getTime();
    const wait = Math.min(Math.max(at.getTime(), startedAt + (deps.startDelayMs ?? 60_000)) - now, 2 ** 31 - 1);
    timer = setTimeout(() => void runIfDue(), Math.max(0, wait));
  };

  const runIfDue = (): Promise<boolean> => {
    if (running !== null) return running;
    const at = stopped ? null : next();
    const now = deps.clock.now();
    if (at === null || at.getTime() > now.getTime()) {
      schedule();
      return Promise.resolve(false);
    }
    running = (async () => {
      try {
        deps.log.write({ ...deps.log.read(), app: { at: now.toISOString() } });
      } catch (error) {
        log.warn('updates.check-not-recorded', errorFields(error));
      }
      try {
        updater ??= deps.createUpdater();
        await (await updater).checkAndDownload();
      } catch (error) {
        log.warn('updates.check-failed', errorFields(error));
      }
      return true;
    })().finally(() => {
      running = null;
      schedule();
    });
    return running;
  };

  const unsubscribe = deps.state.onChange((state) => {
    const value = consentOf(state.settings);
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
