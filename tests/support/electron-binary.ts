/**
 * The e2e suite's view of scripts/electron-binary.mjs: the same finder `npm start` and `npm test`
 * use, so "is Electron here" has one answer. It never downloads (on machines without internet the
 * suite skips itself, and says why).
 */
import { findElectronBinary as find } from '../../scripts/electron-binary.mjs';

/** The binary's path, or why it is not there. */
export type ElectronBinary = { readonly found: true; readonly path: string } | { readonly found: false; readonly reason: string };

/** Looks for the Electron binary (ELECTRON_EXEC_PATH, ELECTRON_OVERRIDE_DIST_PATH, then the downloaded one). */
export function findElectronBinary(): ElectronBinary {
  return find();
}
