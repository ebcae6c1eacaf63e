/**
 * A moved form noticed on fixture pages (issue 11): the guide's probe runs in Chromium on invented
 * Facebook-like pages served on 127.0.0.1 (one of them behind a real HTTP redirect), and the pure
 * drift decision judges what it returned, with each local address standing for the Facebook
 * address it imitates. Then the fallback order across a whole run of addresses.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { builtInCatalog, targetFor } from '../../src/shared/catalog/index';
import { entryUrlsOf } from '../../src/shared/guide/entries';
import { driftVerdict, nextAfterDrift, stageOf, type DriftVerdict } from '../../src/shared/guide/drift';
import { looksLikeFormOrConfirmation } from '../../src/shared/domain/detection';
import { isLoginUrl } from '../../src/shared/domain/navigation';
import { PAGE_PROBE, readProbeResult } from '../../src/shared/domain/probe';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const catalog = builtInCatalog();
const target = targetFor(catalog, 'meta-ai-training-eu-2025', 'facebook');
if (target === undefined) throw new Error('no facebook target');
const facebook = target;
const entries = entryUrlsOf(facebook);

/** Local fixture address → the Facebook address it stands for. */
const STANDS_FOR: Readonly<Record<string, string>> = {
  '/form-en.html': entries[0] ?? '',
  '/form-fr-lang.html': 'https://fr-fr.facebook.com/help/contact/6359191084165019',
  '/unavailable-en.html': entries[0] ?? '',
  '/help-centre-home.html': 'https://www.facebook.com/help/contact/712876720715583',
  '/news-feed.html': 'https://www.facebook.com/',
  '/login.html': 'https://www.facebook.com/login/?next=x',
};

let server: Server;
let base = '';
test.beforeAll(async () => {
  server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      // The old form's address now sends people to the news feed, as a moved page does.
      if (path === '/help/contact/moved') return void response.writeHead(302, { location: '/news-feed.html' }).end();
      try {
        const body = await readFile(join(FIXTURES, path.replace(/^\/+/, '').replace(/\.\./g, '')));
        response.writeHead(200, { 'content-type': path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8' }).end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Opens `path`, lets it settle, probes it as the guide does, and judges it as address `index`. */
async function judge(page: Page, path: string, index = 0): Promise<DriftVerdict> {
  const response = await page.goto(`${base}${path}`);
  const landed = new URL(page.url()).pathname;
  const url = STANDS_FOR[landed];
  if (url === undefined) throw new Error(`no Facebook address for ${landed}`);
  const probed = readProbeResult(await page.evaluate(PAGE_PROBE));
  expect(probed).not.toBeNull();
  const text = probed?.text ?? '';
  return driftVerdict({
    target: facebook,
    url,
    text,
    lang: probed?.lang ?? '',
    httpStatus: response?.status() ?? null,
    settled: true,
    stage: stageOf(entries[index] ?? '', facebook.entryUrls),
    login: isLoginUrl(url, 'facebook', catalog),
    confirmationLike: looksLikeFormOrConfirmation(text, 'facebook', catalog),
  });
}

test.describe('the drift notice on fixture pages', () => {
  test('an “unavailable” page: the link seems to have changed', async ({ page }) => {
    expect(await judge(page, '/unavailable-en.html')).toEqual({ kind: 'changed', reason: 'unavailable' });
  });

  test('a page without the form’s markers (its e-mail field and Send button)', async ({ page }) => {
    expect(await judge(page, '/help-centre-home.html', 1)).toEqual({ kind: 'changed', reason: 'markers-missing' });
  });

  test('a redirect to the home page', async ({ page }) => {
    expect(await judge(page, '/help/contact/moved')).toEqual({ kind: 'changed', reason: 'outside-paths' });
    expect(new URL(page.url()).pathname).toBe('/news-feed.html');
  });

  test('the real form, in English and in French (its own language’s markers), and a sign-in page: no notice', async ({ page }) => {
    expect(await judge(page, '/form-en.html')).toEqual({ kind: 'fine' });
    expect(await judge(page, '/form-fr-lang.html')).toEqual({ kind: 'fine' });
    expect(await judge(page, '/login.html')).toEqual({ kind: 'undecided' });
  });
});

test('the fallback order: each changed address leads to the next, the Privacy Center pages last, then the manual path', async ({
  page,
}) => {
  // What each of the target's addresses shows in this run: the forms moved, then the Privacy Center pages too.
  const shows = ['/unavailable-en.html', '/help-centre-home.html', '/help/contact/moved', '/help/contact/moved', '/help/contact/moved'];
  const visited: string[] = [];
  let index = 0;
  for (;;) {
    visited.push(entries[index] ?? '');
    const verdict = await judge(page, shows[index] ?? '', index);
    expect(verdict.kind, `address ${index}`).toBe('changed');
    const next = nextAfterDrift(index, entries, facebook.entryUrls);
    if (next.kind === 'manual') break;
    index = next.index;
  }
  expect(visited).toEqual([
    'https://www.facebook.com/help/contact/6359191084165019',
    'https://www.facebook.com/help/contact/712876720715583',
    'https://www.facebook.com/privacy/genai',
    'https://www.facebook.com/privacy/guide/genai',
    'https://www.facebook.com/privacy/center',
  ]);
  expect(visited.map((url) => stageOf(url, facebook.entryUrls))).toEqual([
    'entry',
    'entry',
    'privacy-center',
    'privacy-center',
    'privacy-center',
  ]);
  expect(facebook.manualPath.en).toContain('Privacy Center');
});
