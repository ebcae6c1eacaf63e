// Downloads the Electron binary through Electron's own installer (`install-electron`, the
// package's install.js): it honours ELECTRON_MIRROR and friends, Electron's download cache and its
// checksums, and writes `path.txt`. electron-vite never calls it (alex8088/electron-vite#904), so the
// launcher does. Plain JavaScript that old Node versions can run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long the download may go without a byte before the launcher gives up on it. */
export const DEFAULT_STALL_SECONDS = 30;

// Lines of @electron/get's debug log (DEBUG=@electron/get:index) around the network part.
const DOWNLOAD_STARTS = /@electron\/get:index Downloading (\S+) to /;
const DOWNLOAD_ENDS = /@electron\/get:index attempting to validate artifact/;

/**
 * The installer's own reason, on one line, from what it wrote to stderr. install.js prints
 * `err.stack`, so the reason is the last line before the first stack frame ("TypeError: fetch
 * failed", "HTTPError: Response code 404 (Not Found) for https://…"). The launcher turns on
 * @electron/get's debug log, whose "Downloading <url> to" line adds the address it tried.
 * @param {string} stderr
 * @param {number | null} code
 * @param {NodeJS.Signals | null} signal
 */
export function installerReason(stderr, code, signal) {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim());
  const url = DOWNLOAD_STARTS.exec(stderr)?.[1];
  const firstFrame = lines.findIndex((line) => /^at\s/.test(line));
  const before = (firstFrame === -1 ? lines : lines.slice(0, firstFrame)).filter((line) => line !== '' && !line.includes('@electron/get:'));
  let reason = before[before.length - 1];
  if (reason === undefined) {
    reason = signal !== null ? `the installer was stopped (${signal})` : `the installer exited with code ${code ?? 1}`;
  }
  if (reason.length > 300) reason = `${reason.slice(0, 299)}…`;
  return url === undefined || reason.includes(url) ? reason : `${reason} (${url})`;
}

/** Bytes in a folder tree; missing or vanishing entries count as nothing. */
function treeSize(dir) {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    try {
      total += entry.isDirectory() ? treeSize(path) : statSync(path).size;
    } catch {
      // removed while we looked: the installer moves its download into the cache
    }
  }
  return total;
}

/** A folder's change time in ms, or -1 when it does not exist. */
function changedAt(dir) {
  try {
    return statSync(dir).mtimeMs;
  } catch {
    return -1;
  }
}

/** DEBUG for the installer: the person's own namespaces plus @electron/get's download log. */
const debugNamespaces = (own) => (own === undefined || own === '' ? '@electron/get:index' : `${own},@electron/get:index`);

const megabytes = (bytes) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * Runs `<packageDir>/install.js` with this Node and resolves to `{ ok: true }` or `{ ok: false, reason }`.
 * Progress: the installer downloads into a private temp folder (its TMPDIR), whose size is shown as
 * it grows (in place on a terminal, every 10 s otherwise). Bound: once the download has begun, when
 * that folder has not grown for `stallSeconds`, the installer is stopped (undici alone would wait
 * 300 s for a server that accepts and never answers); not while it checks or unzips (`dist/` changes).
 * @param {string} packageDir
 * @param {{ readonly env?: NodeJS.ProcessEnv, readonly stallSeconds?: number, readonly out?: { readonly isTTY?: boolean, write(text: string): unknown }, readonly onChild?: (child: import('node:child_process').ChildProcess) => void }} [options]
 * @returns {Promise<{ readonly ok: true } | { readonly ok: false, readonly reason: string }>}
 */
export function installElectron(packageDir, options = {}) {
  const env = options.env ?? process.env;
  const stallMs = (options.stallSeconds ?? DEFAULT_STALL_SECONDS) * 1000;
  const out = options.out ?? process.stderr;
  const temp = mkdtempSync(join(tmpdir(), 'objector-electron-'));
  const dist = join(packageDir, 'dist');
  const distAtStart = changedAt(dist);
  const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
    cwd: packageDir,
    env: { ...env, TMPDIR: temp, TMP: temp, TEMP: temp, ELECTRON_GET_NO_PROGRESS: '1', DEBUG: debugNamespaces(env.DEBUG) },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  options.onChild?.(child);
  let stderr = '';
  let downloading = false;
  let size = 0;
  let lastGrowth = Date.now();
  let lastLine = lastGrowth;
  let stalled = false;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    // The watchdog guards the network part only: from @electron/get's "Downloading <url>" to its
    // "attempting to validate artifact" (checking, caching and unzipping are local and bounded).
    if (!downloading && DOWNLOAD_STARTS.test(stderr)) lastGrowth = Date.now();
    downloading = DOWNLOAD_STARTS.test(stderr) && !DOWNLOAD_ENDS.test(stderr);
  });

  const timer = setInterval(() => {
    const now = Date.now();
    const current = treeSize(temp);
    if (current !== size) lastGrowth = now;
    size = current;
    if (size > 0 && out.isTTY) out.write(`\r  downloaded ${megabytes(size)}   `);
    else if (size > 0 && now - lastLine >= 10_000) {
      out.write(`  downloaded ${megabytes(size)}\n`);
      lastLine = now;
    }
    const extracting = changedAt(dist) !== distAtStart;
    if (downloading && !stalled && !extracting && now - lastGrowth >= stallMs) {
      stalled = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }
  }, 500);

  return new Promise((resolvePromise) => {
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      clearInterval(timer);
      if (size > 0 && out.isTTY) out.write('\n');
      rmSync(temp, { recursive: true, force: true });
      resolvePromise(result);
    };
    child.on('error', (error) => finish({ ok: false, reason: `the installer could not start (${error.message})` }));
    child.on('close', (code, signal) => {
      if (code === 0) finish({ ok: true });
      else if (stalled) {
        const from = DOWNLOAD_STARTS.exec(stderr)?.[1];
        finish({
          ok: false,
          reason: `the download${from === undefined ? '' : ` of ${from}`} received nothing for ${stallMs / 1000} s, so it was stopped`,
        });
      } else finish({ ok: false, reason: installerReason(stderr, code, signal) });
    });
  });
}
