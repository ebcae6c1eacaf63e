/**
 * The one test double of the app updater port (src/main/updates/app-updater.ts): electron-updater
 * cannot run here (no packaged app, no release to update from), so the policy around it is tested
 * against this double, which counts what it was asked to do.
 */
import type { AppUpdater } from '../../src/main/updates/app-updater';

/** A double that records checks, and can be told to fail. */
export function appUpdaterDouble(): {
  readonly updater: AppUpdater;
  readonly created: () => number;
  readonly checks: () => number;
  fail: boolean;
  readonly create: () => Promise<AppUpdater>;
} {
  let created = 0;
  let checks = 0;
  const double = {
    fail: false,
    updater: {
      checkAndDownload: async (): Promise<void> => {
        checks += 1;
        await Promise.resolve();
        if (double.fail) throw new Error('the release channel could not be reached');
      },
    },
    created: () => created,
    checks: () => checks,
    create: (): Promise<AppUpdater> => {
      created += 1;
      return Promise.resolve(double.updater);
    },
  };
  return double;
}
