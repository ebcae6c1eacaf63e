/**
 * The one port between the app and electron-updater: check the release channel, download in the
 * background, install when the person quits. Only `electron-updater-port.ts` implements it for
 * real; tests use the double in tests/support/app-updater-double.ts.
 */

/** What the app asks of an updater. */
export interface AppUpdater {
  /**
   * Looks for a newer release on the channel the release workflow publishes and, if there is one,
   * downloads it in the background; it is installed when the app quits. Resolves when the check
   * (not the download) is done; rejects when the check failed.
   */
  checkAndDownload(): Promise<void>;
}
