// The launcher behind `npm start` and `npm run dev` (entry: scripts/start.mjs): finds the Electron
// binary (scripts/electron-binary.mjs), downloads it with Electron's installer when it is not there
// (scripts/electron-install.mjs), and either says plainly why the app cannot start or builds and
// starts it with electron-vite, which reads the binary from ELECTRON_EXEC_PATH.
//
// OBJECTOR_ROOT (the project folder) and OBJECTOR_ELECTRON_DIR (the electron package folder) are
// there for the tests; by default they are this project and the electron package it installed.
// OBJECTOR_ELECTRON_STALL_SECONDS shortens the download's no-data limit (default 30 s).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT, electronPackageDir, findElectronBinary } from './electron-binary.mjs';
import { DEFAULT_STALL_SECONDS, installElectron } from './electron-install.mjs';

const MODES = new Map([
  ['preview', 'npm start'],
  ['dev', 'npm run dev'],
]);
const FORWARDED = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * What a person reads when Electron cannot be had: what failed, on one line, and the three ways
 * forward. `command` is what they ran (`npm start` or `npm run dev`).
 * @param {string} reason
 * @param {string} command
 */
export function cannotStartMessage(reason, command) {
  return [
    '',
    'Objector cannot start the desktop app: there is no Electron binary.',
    `  What failed: ${reason}`,
    '',
    'Three ways forward:',
    `  1. Download Electron through a mirror:   ELECTRON_MIRROR=https://your.mirror/electron/ ${command}`,
    `  2. Use an Electron 45 already on disk:   ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder ${command}`,
    '  3. Use the browser version of the app:   npm run preview',
    '     (the same checklist in your browser, without the tray, the notifications, the guided window',
    '     and the automatic proof: each form opens in a new tab and you record each step yourself)',
    '',
  ].join('\n');
}

const packageVersion = (dir) => {
  try {
    return String(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version);
  } catch {
    return 'unknown';
  }
};

/**
 * Runs the launcher for `argv` (`[mode, ...electron-vite options]`, mode `preview` or `dev`) and
 * resolves to the exit code: the app's own, 128 + n when it died of signal n, 1 when Electron
 * cannot be had, 2 for an unknown mode.
 * @param {readonly string[]} argv
 * @param {NodeJS.ProcessEnv} [env]
 */
export async function launchApp(argv, env = process.env) {
  const [mode = 'preview', ...rest] = argv;
  const command = MODES.get(mode);
  if (command === undefined) {
    console.error(`Usage: node scripts/start.mjs preview|dev [electron-vite options] (not "${mode}")`);
    return 2;
  }
  const root = env.OBJECTOR_ROOT || PROJECT_ROOT;
  const packageDir = env.OBJECTOR_ELECTRON_DIR || electronPackageDir(root);

  let current = null;
  let interrupted = null;
  for (const signal of FORWARDED) {
    process.on(signal, () => {
      interrupted = signal;
      if (current === null) process.exit(128 + (constants.signals[signal] ?? 0));
      if (current.exitCode === null && current.signalCode === null) current.kill(signal);
    });
  }

  let binary = findElectronBinary({ env, packageDir });
  if (!binary.found && binary.installable && packageDir !== null) {
    const version = packageVersion(packageDir);
    console.error(`Electron ${version} is not downloaded yet: downloading it once with Electron's installer…`);
    const stallSeconds = Number(env.OBJECTOR_ELECTRON_STALL_SECONDS) || DEFAULT_STALL_SECONDS;
    const installed = await installElectron(packageDir, { env, stallSeconds, onChild: (child) => (current = child) });
    current = null;
    if (interrupted !== null) return 128 + (constants.signals[interrupted] ?? 0);
    const after = installed.ok ? findElectronBinary({ env, packageDir }) : null;
    binary =
      after === null
        ? { found: false, reason: `Electron's installer could not get Electron ${version}: ${installed.reason}`, installable: false }
        : after.found
          ? after
          : { ...after, reason: `Electron's installer finished, but ${after.reason}` };
    if (binary.found) console.error(`Electron ${version} is ready.`);
  }
  if (!binary.found) {
    console.error(cannotStartMessage(binary.reason, command));
    return 1;
  }

  let electronVite;
  try {
    electronVite = join(
      dirname(createRequire(join(root, 'package.json')).resolve('electron-vite/package.json')),
      'bin',
      'electron-vite.js',
    );
  } catch {
    console.error('Objector cannot start: electron-vite is not installed here (run npm install first).');
    return 1;
  }
  console.error(`Using Electron at ${binary.path} (${binary.source === 'download' ? 'downloaded' : `from ${binary.source}`}).`);
  const child = spawn(process.execPath, [electronVite, mode, ...rest], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ELECTRON_EXEC_PATH: binary.path },
  });
  current = child;
  return new Promise((resolvePromise) => {
    child.on('error', (error) => {
      console.error(`Objector cannot start electron-vite: ${error.message}`);
      resolvePromise(1);
    });
    child.on('close', (code, signal) => resolvePromise(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}
