/**
 * Renderer benchmark.
 *   renderer_initial_js_gzip_kb   gzip size (KiB) of the JS the checklist window loads before it can
 *                                 show anything, in a production build: the entry and its static
 *                                 imports, the checklist screen chunk and its imports, the English
 *                                 messages and the English date-fns locale. The browser backend is
 *                                 left out (the desktop app never loads it; it carries the built-in
 *                                 catalog). Goal < 60.
 *   render_200_accounts_ms        first render of 200 accounts in Chromium through the browser
 *                                 backend with a seeded localStorage, measured in the page between
 *                                 the list's performance marks (median of 5 page loads).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { rendererConfig } from '../../vite.renderer.config';
import { serveStatic } from '../static-server';
import { chromiumLaunchOptions } from '../../tests/support/chromium';
import { STATE_KEY, manyAccountsDocument } from '../../tests/browser/seed';
import { median } from './measure';

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly isEntry?: boolean;
}
type Manifest = Readonly<Record<string, ManifestChunk>>;

/** The manifest key of the chunk built from `source` (a path under src/). */
function keyOf(manifest: Manifest, source: string): string {
  const key = Object.keys(manifest).find((candidate) => candidate.replace(/^(\.\.\/)+/, '').endsWith(source));
  if (key === undefined) throw new Error(`no chunk for ${source} in the build manifest`);
  return key;
}

/** Every JS file `keys` load, following static imports. */
function closure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) return;
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return files;
}

function initialJsKb(outDir: string): number {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true);
  if (entry === undefined) throw new Error('no entry in the build manifest');
  const keys = [
    entry,
    keyOf(manifest, 'checklist/checklist-screen.tsx'),
    keyOf(manifest, 'shared/i18n/messages/en.js'),
    keyOf(manifest, 'date-fns/locale/en-GB.js'),
  ];
  let bytes = 0;
  for (const file of closure(manifest, keys)) bytes += gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  return Math.round((bytes / 1024) * 10) / 10;
}

async function render200Ms(outDir: string): Promise<number> {
  const server = await serveStatic(outDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const doc = JSON.stringify(manyAccountsDocument(200));
  const durations: number[] = [];
  try {
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage();
      await page.addInitScript(([key, value]) => globalThis.localStorage.setItem(key, value), [STATE_KEY, doc] as const);
      await page.goto(`${server.url}/index.html?view=checklist`);
      await page.locator('[data-testid="account"]').nth(199).waitFor();
      const ms = await page.evaluate(() => {
        const measure = performance.measure('accounts', 'objector:accounts-render-start', 'objector:accounts-render-end');
        return measure.duration;
      });
      durations.push(ms);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return Math.round(median(durations) * 10) / 10;
}

/** Builds the renderer once, then measures its initial JS and its first render of 200 accounts. */
export default async function run(): Promise<Record<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), 'objector-bench-web-'));
  try {
    const config = rendererConfig(outDir);
    // The bench runs inside Vite's module runner, which leaves NODE_ENV=development behind: built
    // that way, Preact and the libraries would ship their development code, which no person runs.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ ...config, mode: 'production', configFile: false, logLevel: 'warn', build: { ...config.build, manifest: true } });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    return { renderer_initial_js_gzip_kb: initialJsKb(outDir), render_200_accounts_ms: await render200Ms(outDir) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
