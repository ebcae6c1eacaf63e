/**
 * The daily catalog check against a real HTTP server on 127.0.0.1 (issue 11): a valid update is
 * kept for the next start; a 404, a slow answer, a huge body or a bad signature change nothing and
 * the app keeps working; and the server sees exactly one plain request: no cookie, no header but
 * Host, a plain User-Agent and Connection.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { builtInCatalog } from '@shared/catalog/index';
import { defaultState } from '@shared/domain/defaults';
import type { FetchConsent } from '@shared/domain/types';
import { resetElectronMock } from '../../support/electron-mock';
import { memoryStorage } from '../../support/memory-storage';
import { catalogWithMastodon, signedUpdate, testSigner } from '../../support/signed-catalogs';
import { createStateService } from '../../../src/main/state/state-service';
import { createCatalogService } from '../../../src/main/catalog/catalog-service';
import { fileCheckLog } from '../../../src/main/catalog/check-log';
import { setupDailyCatalogCheck } from '../../../src/main/catalog/daily-catalog-check';
import { httpGet } from '../../../src/main/catalog/http-get';

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

type Answer = (response: ServerResponse) => void;

let server: Server;
let base = '';
let answer: Answer = (response) => response.end();
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      answer(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const builtIn = builtInCatalog();
const signer = testSigner();
const now = new Date('2026-12-01T12:00:00Z');
let dataDir = '';

beforeEach(() => {
  resetElectronMock();
  seen.length = 0;
  dataDir = mkdtempSync(join(tmpdir(), 'objector-daily-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function setup(consent: FetchConsent = 'allowed', options: { timeoutMs?: number; maxBytes?: number } = {}) {
  const clock = { now: () => now };
  const state = createStateService(
    memoryStorage({ ...defaultState(), settings: { ...defaultState().settings, catalogUpdates: consent } }),
    builtIn,
    clock,
  );
  const catalogs = createCatalogService({ dataDir, builtIn, clock, trustedKeys: signer.trustedKeys });
  const log = fileCheckLog(dataDir);
  const check = setupDailyCatalogCheck({
    state,
    catalog: catalogs,
    clock,
    get: httpGet,
    url: `${base}/releases/latest/download/objector-catalog.json`,
    userAgent: 'Objector/0.1.0',
    log,
    startDelayMs: 60_000,
    ...options,
  });
  return { state, catalogs, log, check };
}

function expectOnePlainRequest(): void {
  expect(seen).toHaveLength(1);
  const [request] = seen;
  expect(request).toMatchObject({ method: 'GET', url: '/releases/latest/download/objector-catalog.json', body: '' });
  expect(Object.keys(request?.headers ?? {}).sort()).toEqual(['connection', 'host', 'user-agent']);
  expect(request?.headers['user-agent']).toBe('Objector/0.1.0');
  expect(request?.headers.cookie).toBeUndefined();
}

describe('the daily catalog check', () => {
  it('keeps a valid newer catalog for the next start, from one plain request', async () => {
    const update = signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1));
    answer = (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(update.bundle);
    const { catalogs, check } = setup();
    expect(await check.runIfDue()).toEqual({ kind: 'accepted', version: builtIn.version + 1 });
    expectOnePlainRequest();
    // Used from the next start, not under the running app.
    expect(catalogs.inUse()).toMatchObject({ origin: 'built-in', pending: { version: builtIn.version + 1, origin: 'download' } });
    const restarted = createCatalogService({ dataDir, builtIn, clock: { now: () => now }, trustedKeys: signer.trustedKeys });
    expect(restarted.inUse()).toMatchObject({ origin: 'download', acceptedAt: now.toISOString() });
    expect(restarted.inUse().catalog.platforms.at(-1)?.name).toBe('Mastodon');
    check.stop();
  });

  it('follows the release download’s redirect, still with nothing but the request', async () => {
    const update = signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1));
    answer = (response) => {
      if (seen.at(-1)?.url.startsWith('/releases/')) response.writeHead(302, { location: '/assets/objector-catalog.json' }).end();
      else response.writeHead(200).end(update.bundle);
    };
    const { check } = setup();
    expect(await check.runIfDue()).toEqual({ kind: 'accepted', version: builtIn.version + 1 });
    expect(seen.map((request) => request.url)).toEqual([
      '/releases/latest/download/objector-catalog.json',
      '/assets/objector-catalog.json',
    ]);
    for (const request of seen) expect(Object.keys(request.headers).sort()).toEqual(['connection', 'host', 'user-agent']);
    check.stop();
  });

  it.each([
    ['a 404', (response) => response.writeHead(404).end('Not Found'), { kind: 'unreachable' }],
    [
      'an answer that is not a bundle',
      (response) => response.writeHead(200).end('<html>maintenance</html>'),
      { kind: 'refused', reason: 'unreadable' },
    ],
    [
      'an invalid signature',
      (response) => {
        const update = signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1));
        response.writeHead(200).end(update.bundle.replace('Mastodon', 'Mastodom'));
      },
      { kind: 'refused', reason: 'untrusted' },
    ],
    [
      'the catalog already in use',
      (response) => response.writeHead(200).end(signedUpdate(signer.sign, catalogWithMastodon(builtIn.version)).bundle),
      { kind: 'up-to-date' },
    ],
  ] as const satisfies readonly (readonly [string, Answer, object])[])(
    '%s changes nothing, and the app keeps working',
    async (_name, reply, result) => {
      answer = reply;
      const { catalogs, check, state } = setup();
      expect(await check.runIfDue()).toEqual(result);
      expectOnePlainRequest();
      expect(catalogs.inUse()).toMatchObject({ origin: 'built-in', pending: null });
      expect(createCatalogService({ dataDir, builtIn, clock: { now: () => now }, trustedKeys: signer.trustedKeys }).inUse().origin).toBe(
        'built-in',
      );
      expect(state.dispatch({ kind: 'set-settings', patch: { theme: 'dark' } }).ok).toBe(true);
      check.stop();
    },
  );

  it('gives up on a slow answer after its timeout', async () => {
    answer = (response) => setTimeout(() => response.writeHead(200).end('late'), 2_000);
    const { check } = setup('allowed', { timeoutMs: 200 });
    const started = Date.now();
    expect(await check.runIfDue()).toEqual({ kind: 'unreachable' });
    expect(Date.now() - started).toBeLessThan(1_500);
    expectOnePlainRequest();
    check.stop();
  });

  it('stops reading a huge body at its limit', async () => {
    answer = (response) => {
      response.writeHead(200);
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const more = (): void => {
        while (sent < 200 && response.write(chunk)) sent += 1;
        if (sent < 200 && !response.destroyed) response.once('drain', more);
        else response.end();
      };
      more();
    };
    const { check } = setup('allowed', { maxBytes: 256 * 1024 });
    expect(await check.runIfDue()).toEqual({ kind: 'refused', reason: 'too-large' });
    check.stop();
  });

  it('stops at a declared Content-Length above the limit without reading the body', async () => {
    answer = (response) => response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).end();
    const { check } = setup('allowed', { maxBytes: 1024 });
    expect(await check.runIfDue()).toEqual({ kind: 'refused', reason: 'too-large' });
    check.stop();
  });

  it.each(['ask', 'refused'] as const)('sends nothing at all while the person’s answer is “%s”', async (consent) => {
    answer = (response) => response.writeHead(200).end('{}');
    const { check } = setup(consent);
    expect(await check.runIfDue()).toBeNull();
    expect(seen).toEqual([]);
    check.stop();
  });

  it('checks at most once a day, and remembers it across a restart', async () => {
    answer = (response) => response.writeHead(404).end();
    const first = setup();
    await first.check.runIfDue();
    expect(await first.check.runIfDue()).toBeNull();
    first.check.stop();
    const second = setup();
    expect(await second.check.runIfDue()).toBeNull();
    expect(seen).toHaveLength(1);
    expect(second.log.read().catalog).toEqual({ at: now.toISOString(), result: { kind: 'unreachable' } });
    second.check.stop();
  });

  it('starts checking once the person allows it', async () => {
    answer = (response) => response.writeHead(404).end();
    const { check, state } = setup('ask');
    expect(await check.runIfDue()).toBeNull();
    state.dispatch({ kind: 'set-settings', patch: { catalogUpdates: 'allowed' } });
    expect(await check.runIfDue()).toEqual({ kind: 'unreachable' });
    expect(seen).toHaveLength(1);
    check.stop();
  });
});
