/**
 * Finds the Electron binary without triggering its download (the `electron` package downloads it
 * on first use, which cannot work on machines without internet). Erasable TypeScript: the test
 * runner script imports it directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The binary's path, or why it is not there. */
export type ElectronBinary = { readonly found: true; readonly path: string } | { readonly found: false; readonly reason: string };

/** Looks for the Electron binary the way the `electron` package does, minus the download. */
export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    const candidate = join(override, relative === '' ? 'electron' : relative);
    return existsSync(candidate)
      ? { found: true, path: candidate }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${candidate}` };
  }
  if (relative === '') {
    return {
      found: false,
      reason: 'the Electron binary was never downloaded (it comes from GitHub on first run, and this machine cannot reach it)',
    };
  }
  const candidate = join(packageDir, 'dist', relative);
  return existsSync(candidate)
    ? { found: true, path: candidate }
    : { found: false, reason: `the Electron binary is missing at ${candidate}` };
}
