/**
 * The real `AppUpdater`: electron-updater's `autoUpdater` on the GitHub releases provider that
 * electron-builder.yml configures (it writes app-update.yml into the packaged app). Loaded only in
 * a packaged build, after the person allowed updates: unpackaged and browser builds never import
 * electron-updater at all. It cannot run here (no packaged app, no release): see
 * src/main/updates/app-updates.ts for the policy and its tests.
 */
import type { AppUpdater } from './app-updater';
import { log } from '../log/log';

/** What electron-updater says, as lines of the app's log (cleaned there: no home folder, cut short). */
const updaterLog = {
  info: (message?: unknown) => log.info('updates.updater', { message: String(message) }),
  warn: (message?: unknown) => log.warn('updates.updater', { message: String(message) }),
  error: (message?: unknown) => log.error('updates.updater', { message: String(message) }),
};

/** electron-updater, set up to download quietly and install on quit. */
export async function electronAppUpdater(): Promise<AppUpdater> {
  const { autoUpdater } = await import('electron-updater');
  autoUpdater.autoDownload = true; // https://www.electron.build/auto-update#api (AppUpdater.autoDownload)
  autoUpdater.autoInstallOnAppQuit = true; // installs the downloaded update when the app quits
  autoUpdater.allowPrerelease = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.logger = updaterLog; // https://www.electron.build/auto-update#api (AppUpdater.logger: info, warn, error)
  return {
    async checkAndDownload() {
      await autoUpdater.checkForUpdates();
    },
  };
}
