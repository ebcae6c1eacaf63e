/**
 * App updates (issue 11): only when the person allowed them (`settings.appUpdates`), at most one
 * check a day (the same log as the catalog check), never in unpackaged builds (and the browser
 * version has no main process at all). The download runs in the background and installs on quit;
 * see `app-updater.ts` for the port.
 */
import type { Clock } from '@shared/domain/types';
import { appUpdatesSupported } from '@shared/domain/update-policy';
import type { StateService } from '../state/state-service';
import type { CheckLog } from '../catalog/check-log';
import type { AppUpdater } from './app-updater';
import { errorFields, log } from '../log/log';
import { startDailyCheckSchedule } from './daily-check-schedule';

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

/** Starts the schedule (it does nothing at all in an unpackaged build). */
export function setupAppUpdates(deps: AppUpdatesDeps): AppUpdates {
  let updater: Promise<AppUpdater> | null = null;
  const check = async (now: Date): Promise<true> => {
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
  };
  const schedule = startDailyCheckSchedule({
    state: deps.state,
    clock: deps.clock,
    consentOf: (settings) => settings.appUpdates,
    lastCheckAt: () => deps.log.read().app?.at ?? null,
    startDelayMs: deps.startDelayMs ?? 60_000,
    check,
    supported: appUpdatesSupported({ desktop: true, packaged: deps.packaged }),
  });
  return {
    runIfDue: async () => (await schedule.runIfDue()) !== null,
    stop: () => schedule.stop(),
  };
}
