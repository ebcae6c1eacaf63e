/**
 * The one answer to "is Electron here" (scripts/electron-binary.mjs), shared by `npm start`,
 * `npm test` and the e2e suite, on real folders in a temp dir.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronPackageDir, findElectronBinary, platformExecutable, PROJECT_ROOT } from '../../../scripts/electron-binary.mjs';

let dir = '';
let packageDir = '';

/** Writes a file (and its folders) under the temp dir and returns its path. */
function file(relative: string, text = ''): string {
  const path = join(dir, relative);
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o755);
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'objector-binary-'));
  packageDir = join(dir, 'node_modules', 'electron');
  file('node_modules/electron/package.json', '{ "name": "electron", "version": "45.5.0" }');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('finds the binary the installer downloaded: path.txt names it inside dist/', () => {
    file('node_modules/electron/path.txt', 'electron');
    const binary = file('node_modules/electron/dist/electron');
    expect(findElectronBinary({ env: {}, packageDir, platform: 'linux' })).toEqual({ found: true, path: binary, source: 'download' });
  });

  it('offers the installer when nothing was downloaded yet', () => {
    const result = findElectronBinary({ env: {}, packageDir, platform: 'linux' });
    expect(result).toMatchObject({ found: false, installable: true });
    expect(result.found ? '' : result.reason).toContain('not downloaded yet');
  });

  it('offers the installer again when path.txt names a binary that is gone', () => {
    file('node_modules/electron/path.txt', 'electron');
    expect(findElectronBinary({ env: {}, packageDir, platform: 'linux' })).toMatchObject({ found: false, installable: true });
  });

  it('takes ELECTRON_EXEC_PATH as the executable itself, before anything else', () => {
    const exec = file('elsewhere/my-electron');
    file('node_modules/electron/path.txt', 'electron');
    file('node_modules/electron/dist/electron');
    const env = { ELECTRON_EXEC_PATH: exec, ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere') };
    expect(findElectronBinary({ env, packageDir, platform: 'linux' })).toEqual({ found: true, path: exec, source: 'ELECTRON_EXEC_PATH' });
  });

  it('takes ELECTRON_OVERRIDE_DIST_PATH as a folder holding Electron, named per platform', () => {
    const linux = file('electron-45/electron');
    const mac = file('electron-45/Electron.app/Contents/MacOS/Electron');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'electron-45') };
    expect(findElectronBinary({ env, packageDir, platform: 'linux' })).toEqual({
      found: true,
      path: linux,
      source: 'ELECTRON_OVERRIDE_DIST_PATH',
    });
    expect(findElectronBinary({ env, packageDir, platform: 'darwin' })).toMatchObject({ found: true, path: mac });
    expect(findElectronBinary({ env, packageDir: null, platform: 'linux' })).toMatchObject({ found: true, path: linux });
  });

  it('does not fall back behind a variable that points at nothing, nor offer the download', () => {
    file('node_modules/electron/path.txt', 'electron');
    file('node_modules/electron/dist/electron');
    for (const env of [{ ELECTRON_EXEC_PATH: join(dir, 'missing') }, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'missing') }]) {
      const result = findElectronBinary({ env, packageDir, platform: 'linux' });
      expect(result).toMatchObject({ found: false, installable: false });
      expect(result.found ? '' : result.reason).toContain(join(dir, 'missing'));
    }
  });

  it('says to run npm install when the electron package is not there', () => {
    const result = findElectronBinary({ env: {}, packageDir: null, platform: 'linux' });
    expect(result).toEqual({ found: false, reason: 'the electron package is not installed (run npm install)', installable: false });
  });

  it('names the executable as Electron’s installer does on each platform', () => {
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });

  it('finds the electron package a project folder installed', () => {
    expect(electronPackageDir(PROJECT_ROOT)).toBe(join(PROJECT_ROOT, 'node_modules', 'electron'));
    expect(electronPackageDir(dir)).toBe(packageDir);
  });
});
