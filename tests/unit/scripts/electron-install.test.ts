/**
 * Getting Electron through its own installer (scripts/electron-install.mjs): the one-line reason
 * as a table, then Electron's real install.js (a copy in a temp folder, with the project's
 * @electron/get) against mirrors on 127.0.0.1: one that answers 404, one that never answers, one
 * that sends slowly. No test reaches the internet.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../scripts/electron-binary.mjs';
import { installElectron, installerReason } from '../../../scripts/electron-install.mjs';

const FETCH_FAILED = [
  '2026-12-01T20:07:09.694Z @electron/get:index Downloading https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip to /tmp/electron-download-6LcIZY/electron-v45.5.0-linux-x64.zip with options: undefined',
  'TypeError: fetch failed',
  '    at node:internal/deps/undici/undici:15456:13',
  '    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)',
  '',
].join('\n');

describe('installerReason', () => {
  it('keeps the error line of the stack and adds the address the installer tried', () => {
    expect(installerReason(FETCH_FAILED, 1, null)).toBe(
      'TypeError: fetch failed (https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip)',
    );
  });

  it('does not repeat an address the error already names', () => {
    const stderr =
      '@electron/get:index Downloading http://m/v45.5.0/e.zip to /t/e.zip\nHTTPError: Response code 404 (Not Found) for http://m/v45.5.0/e.zip\n    at x (y.js:1:1)\n';
    expect(installerReason(stderr, 1, null)).toBe('HTTPError: Response code 404 (Not Found) for http://m/v45.5.0/e.zip');
  });

  it('takes the last line when there is no stack, and says how the installer ended when it wrote nothing', () => {
    expect(installerReason('warning: something\nError: Electron builds are not available on platform: aix\n', 1, null)).toBe(
      'Error: Electron builds are not available on platform: aix',
    );
    expect(installerReason('', 3, null)).toBe('the installer exited with code 3');
    expect(installerReason('', null, 'SIGKILL')).toBe('the installer was stopped (SIGKILL)');
  });

  it('keeps a very long reason to one bounded line', () => {
    const reason = installerReason(`Error: ${'x'.repeat(1000)}\n    at y (z.js:1:1)`, 1, null);
    expect(reason).toHaveLength(300);
    expect(reason).not.toContain('\n');
  });
});

/** A terminal-like sink that keeps what the installer's progress wrote. */
class Terminal extends Writable {
  readonly isTTY = true;
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe("installElectron with Electron's real installer", () => {
  let dir = '';
  let packageDir = '';
  let server: Server | null = null;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'objector-install-'));
    packageDir = join(dir, 'node_modules', 'electron');
    mkdirSync(packageDir, { recursive: true });
    for (const name of ['package.json', 'install.js', 'checksums.json']) {
      cpSync(join(PROJECT_ROOT, 'node_modules', 'electron', name), join(packageDir, name));
    }
    // install.js requires @electron/get (and its extractor) from the project, as it would in place.
    symlinkSync(join(PROJECT_ROOT, 'node_modules', '@electron'), join(dir, 'node_modules', '@electron'), 'junction');
    symlinkSync(join(PROJECT_ROOT, 'node_modules', '@electron-internal'), join(dir, 'node_modules', '@electron-internal'), 'junction');
  });

  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((done) => (server === null ? done(null) : server.close(done)));
    server = null;
    rmSync(dir, { recursive: true, force: true });
  });

  /** Serves `answer` on 127.0.0.1 and returns the mirror address for it. */
  async function mirror(answer: (response: ServerResponse) => void): Promise<string> {
    server = createServer((_request, response) => answer(response));
    await new Promise((done) => server?.listen(0, '127.0.0.1', () => done(null)));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  /** The environment of a person who set only ELECTRON_MIRROR, with a cache of their own. */
  function envWith(mirrorUrl: string): NodeJS.ProcessEnv {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/electron/i.test(key)));
    return { ...env, ELECTRON_MIRROR: mirrorUrl, electron_config_cache: join(dir, 'cache') };
  }

  it("reports the mirror's 404 in the installer's own words, from the address ELECTRON_MIRROR gave", async () => {
    const url = await mirror((response) => response.writeHead(404).end('not here'));
    const result = await installElectron(packageDir, { env: envWith(url), out: new Terminal() });
    expect(result).toEqual({
      ok: false,
      reason: `HTTPError: Response code 404 (Not Found) for ${url}v45.5.0/electron-v45.5.0-${process.platform}-${process.arch}.zip`,
    });
    expect(existsSync(join(packageDir, 'path.txt'))).toBe(false);
  });

  it('stops a download that receives nothing, after the stall limit', async () => {
    const url = await mirror(() => undefined); // accepts the connection, never answers
    const result = await installElectron(packageDir, { env: envWith(url), stallSeconds: 1, out: new Terminal() });
    expect(result).toEqual({
      ok: false,
      reason: `the download of ${url}v45.5.0/electron-v45.5.0-${process.platform}-${process.arch}.zip received nothing for 1 s, so it was stopped`,
    });
  });

  it('lets a slow download go on while bytes arrive, and shows how much came', async () => {
    const url = await mirror((response) => {
      response.writeHead(200, { 'content-type': 'application/zip' });
      let sent = 0;
      const timer = setInterval(() => {
        response.write(Buffer.alloc(200_000, 1));
        if (++sent === 6) {
          clearInterval(timer);
          response.end();
        }
      }, 300);
    });
    const terminal = new Terminal();
    const result = await installElectron(packageDir, { env: envWith(url), stallSeconds: 3, out: terminal });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/checksum/i); // the installer's own check refused the bytes
    expect(terminal.text).toMatch(/downloaded \d+\.\d MB/);
  });
});
