// "Is Electron here?", answered once for `npm start` (scripts/start.mjs), `npm test`
// (scripts/test.mjs) and the e2e suite (tests/support/electron-binary.ts). It only looks: the
// download is scripts/electron-install.mjs. Plain JavaScript that old Node versions can run.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (the parent of scripts/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {{ readonly found: true, readonly path: string, readonly source: 'ELECTRON_EXEC_PATH' | 'ELECTRON_OVERRIDE_DIST_PATH' | 'download' }} ElectronFound
 * @typedef {{ readonly found: false, readonly reason: string, readonly installable: boolean }} ElectronMissing
 * @typedef {ElectronFound | ElectronMissing} ElectronBinary
 *   `installable` is true when Electron's installer may fetch the binary: nothing points elsewhere
 *   and the electron package is there.
 */

/**
 * The installed `electron` package's folder as seen from `root`, or null when it is not installed.
 * @param {string} root
 * @returns {string | null}
 */
export function electronPackageDir(root) {
  try {
    return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The executable's path inside an Electron folder, as Electron's install.js names it per platform.
 * @param {NodeJS.Platform} platform
 */
export function platformExecutable(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * Finds the Electron binary without downloading it, in the order the launcher documents:
 * `ELECTRON_EXEC_PATH` (the executable itself, what electron-vite reads), then
 * `ELECTRON_OVERRIDE_DIST_PATH` (a folder holding Electron, as the electron package reads it), then
 * the binary Electron's installer put in the package (`path.txt` names it inside `dist/`). A variable
 * that is set but points at nothing is an answer too: nothing else is tried behind the person's back.
 * @param {{ readonly env?: NodeJS.ProcessEnv, readonly packageDir?: string | null, readonly platform?: NodeJS.Platform }} [options]
 * @returns {ElectronBinary}
 */
export function findElectronBinary(options = {}) {
  const env = options.env ?? process.env;
  const packageDir = options.packageDir === undefined ? electronPackageDir(PROJECT_ROOT) : options.packageDir;
  const platform = options.platform ?? process.platform;
  const execPath = env.ELECTRON_EXEC_PATH;
  if (execPath !== undefined && execPath !== '') {
    return existsSync(execPath)
      ? { found: true, path: resolve(execPath), source: 'ELECTRON_EXEC_PATH' }
      : { found: false, reason: `ELECTRON_EXEC_PATH is set, but there is no file at ${execPath}`, installable: false };
  }
  const pathFile = packageDir === null ? '' : join(packageDir, 'path.txt');
  const named = pathFile !== '' && existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const relative = named === '' ? platformExecutable(platform) : named;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    const candidate = resolve(override, relative);
    return existsSync(candidate)
      ? { found: true, path: candidate, source: 'ELECTRON_OVERRIDE_DIST_PATH' }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at ${candidate}`, installable: false };
  }
  if (packageDir === null) {
    return { found: false, reason: 'the electron package is not installed (run npm install)', installable: false };
  }
  const candidate = join(packageDir, 'dist', relative);
  if (named !== '' && existsSync(candidate)) return { found: true, path: candidate, source: 'download' };
  return { found: false, reason: `the Electron binary is not downloaded yet (no ${candidate})`, installable: true };
}
