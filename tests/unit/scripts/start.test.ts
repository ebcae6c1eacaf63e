/**
 * `npm start` / `npm run dev` through scripts/start.mjs, as real processes: an old Node gets one
 * sentence; no binary and a failing installer give the short block with the three ways forward;
 * a stand-in Electron (ELECTRON_OVERRIDE_DIST_PATH) or one the installer put in place is started on
 * the freshly built app, its exit code comes back, and signals reach it. No network.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../scripts/electron-binary.mjs';
import { isSupportedNode, nodeVersionProblem } from '../../../scripts/node-version.mjs';

const START = join(PROJECT_ROOT, 'scripts', 'start.mjs');
const BUILD_TIMEOUT = 180_000;
const posixOnly = process.platform === 'win32' ? it.skip : it; // the stand-ins are #! scripts

/** What the stand-in Electron saw. */
type Seen = { readonly argv: readonly string[]; readonly cwd: string; readonly env: Readonly<Partial<Record<string, string>>> };

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'objector-start-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** This environment without anything that points at an Electron or a mirror. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/electron|^objector_/i.test(key)));
  return { ...env, ...extra };
}

/** Writes an executable file. */
function executable(path: string, text: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o755);
  return path;
}

/** A stand-in Electron: records its arguments, folder and environment, then exits with `code` (or waits for a signal). */
function standIn(path: string, code: number | 'wait'): string {
  return executable(
    path,
    `#!${process.execPath}
const { writeFileSync } = require('node:fs');
const record = (extra) => writeFileSync(process.env.STAND_IN_RECORD, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, ...extra }));
${
  code === 'wait'
    ? `for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { record({ signal }); process.exit(40); });
record({});
setInterval(() => {}, 1000);`
    : `record({});
process.exit(${code});`
}
`,
  );
}

/**
 * After the first test has built the app, the others pass electron-vite's own `--skipBuild` through
 * the launcher (which also shows that options reach electron-vite) to spare the shared machine.
 */
function skipBuildOnceBuilt(): string[] {
  const main = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { main: string }).main;
  return existsSync(join(PROJECT_ROOT, main)) ? ['--skipBuild'] : [];
}

const readRecord = (path: string): Seen & { signal?: string } => JSON.parse(readFileSync(path, 'utf8')) as Seen & { signal?: string };

describe('the Node version check', () => {
  /** Every `node` on PATH (and the usual system places) that is too old for the project. */
  function oldNodes(): string[] {
    const names = process.platform === 'win32' ? ['node.exe'] : ['node'];
    const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin'];
    const found = new Set<string>();
    for (const candidate of dirs.flatMap((folder) => names.map((name) => join(folder, name)))) {
      if (!existsSync(candidate)) continue;
      const version = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
      if (version !== '' && !isSupportedNode(version)) found.add(realpathSync(candidate));
    }
    return [...found];
  }
  const old = oldNodes();

  it.skipIf(old.length === 0)(
    `gives one sentence and exit code 1 under a real old Node (${old.join(', ') || 'none on this machine'})`,
    () => {
      for (const node of old) {
        const version = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
        const result = spawnSync(node, [START, 'preview'], { encoding: 'utf8', env: cleanEnv() });
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(`${nodeVersionProblem(version) ?? ''}\n`);
      }
    },
  );

  it('gives the same sentence, and touches nothing else, for a version it is told is running', () => {
    const result = spawnSync(process.execPath, [START, 'dev'], {
      encoding: 'utf8',
      env: cleanEnv({ OBJECTOR_TEST_NODE_VERSION: '22.12.0', OBJECTOR_ROOT: dir }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${nodeVersionProblem('22.12.0') ?? ''}\n`);
  });
});

describe('when there is no Electron binary', () => {
  /** A project folder whose electron package has a stand-in install.js. */
  function projectWithInstaller(installer: string): string {
    writeFileSync(join(dir, 'package.json'), '{ "name": "fixture", "private": true }');
    mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'electron', 'package.json'), '{ "name": "electron", "version": "45.5.0" }');
    writeFileSync(join(dir, 'node_modules', 'electron', 'install.js'), installer);
    return dir;
  }

  it('runs the installer, and when it fails prints its reason and the three ways forward, no stack trace', () => {
    const root = projectWithInstaller(`
require('node:fs').writeFileSync(require('node:path').join(__dirname, 'installer-ran'), process.env.ELECTRON_MIRROR ?? '');
const error = new TypeError('fetch failed');
console.error(error.stack);
process.exit(1);
`);
    const result = spawnSync(process.execPath, [START, 'preview'], {
      encoding: 'utf8',
      env: cleanEnv({ OBJECTOR_ROOT: root, ELECTRON_MIRROR: 'https://mirror.invalid/electron/' }),
    });
    expect(readFileSync(join(root, 'node_modules', 'electron', 'installer-ran'), 'utf8')).toBe('https://mirror.invalid/electron/');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("What failed: Electron's installer could not get Electron 45.5.0: TypeError: fetch failed");
    expect(result.stderr).toContain('ELECTRON_MIRROR=https://your.mirror/electron/ npm start');
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder npm start');
    expect(result.stderr).toContain('npm run preview');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr.split('\n').length).toBeLessThan(16);
  });

  it('names the command that was run, and does not run the installer behind a variable that points at nothing', () => {
    const root = projectWithInstaller(`require('node:fs').writeFileSync(require('node:path').join(__dirname, 'installer-ran'), '');`);
    const result = spawnSync(process.execPath, [START, 'dev'], {
      encoding: 'utf8',
      env: cleanEnv({ OBJECTOR_ROOT: root, ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'no-electron-here') }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `What failed: ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at ${join(dir, 'no-electron-here')}`,
    );
    expect(result.stderr).toContain('ELECTRON_MIRROR=https://your.mirror/electron/ npm run dev');
    expect(existsSync(join(root, 'node_modules', 'electron', 'installer-ran'))).toBe(false);
  });
});

describe('when there is an Electron binary', () => {
  posixOnly(
    'starts the ELECTRON_OVERRIDE_DIST_PATH stand-in on the freshly built app, and its exit code comes back',
    () => {
      const record = join(dir, 'record.json');
      const binary = standIn(join(dir, 'electron-45', 'electron'), 7);
      rmSync(join(PROJECT_ROOT, 'out', 'main'), { recursive: true, force: true });
      const result = spawnSync(process.execPath, [START, 'preview'], {
        encoding: 'utf8',
        env: cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'electron-45'), STAND_IN_RECORD: record }),
      });
      expect(result.status).toBe(7);
      const seen = readRecord(record);
      expect(seen.argv).toEqual(['.']);
      expect(seen.cwd).toBe(PROJECT_ROOT);
      expect(seen.env.ELECTRON_EXEC_PATH).toBe(binary);
      const main = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { main: string }).main;
      expect(existsSync(join(PROJECT_ROOT, main))).toBe(true); // built by this run
    },
    BUILD_TIMEOUT,
  );

  posixOnly(
    'starts the binary the installer put in place, on the next run without installing again',
    () => {
      const record = join(dir, 'record.json');
      const packageDir = join(dir, 'electron');
      mkdirSync(packageDir);
      writeFileSync(join(packageDir, 'package.json'), '{ "name": "electron", "version": "45.5.0" }');
      // Like Electron's install.js on success: the binary in dist/, its name in path.txt.
      writeFileSync(
        join(packageDir, 'install.js'),
        `const { appendFileSync, copyFileSync, chmodSync, mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
appendFileSync(join(__dirname, 'installs'), 'x');
mkdirSync(join(__dirname, 'dist'), { recursive: true });
copyFileSync(join(__dirname, 'stand-in'), join(__dirname, 'dist', 'electron'));
chmodSync(join(__dirname, 'dist', 'electron'), 0o755);
writeFileSync(join(__dirname, 'path.txt'), 'electron');
`,
      );
      standIn(join(packageDir, 'stand-in'), 0);
      const env = cleanEnv({ OBJECTOR_ELECTRON_DIR: packageDir, STAND_IN_RECORD: record });
      for (let run = 0; run < 2; run++) {
        const result = spawnSync(process.execPath, [START, 'preview', ...skipBuildOnceBuilt()], { encoding: 'utf8', env });
        expect(result.status).toBe(0);
        expect(readRecord(record).env.ELECTRON_EXEC_PATH).toBe(join(packageDir, 'dist', 'electron'));
        rmSync(record);
      }
      expect(readFileSync(join(packageDir, 'installs'), 'utf8')).toBe('x');
    },
    BUILD_TIMEOUT,
  );

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    posixOnly(
      `passes ${signal} on to the app and returns the app's exit code`,
      async () => {
        const record = join(dir, 'record.json');
        standIn(join(dir, 'electron-45', 'electron'), 'wait');
        const child = spawn(process.execPath, [START, 'preview', ...skipBuildOnceBuilt()], {
          stdio: 'ignore',
          env: cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'electron-45'), STAND_IN_RECORD: record }),
        });
        const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
        while (!existsSync(record)) await new Promise((wait) => setTimeout(wait, 100));
        child.kill(signal); // to the launcher only, not to its process group
        expect(await exited).toBe(40);
        expect(readRecord(record).signal).toBe(signal);
      },
      BUILD_TIMEOUT,
    );
  }
});
