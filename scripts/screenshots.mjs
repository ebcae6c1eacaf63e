// Regenerates docs/screenshots/checklist-{en,fr}-{light,dark}.png and checklist-{de,pl}-light.png (960 px;
// German: the longest words; Polish: four plural forms) and checklist-en-{400,1280}px.png:
// builds the renderer for the browser, serves it on 127.0.0.1, seeds today's situation (1 December 2026:
// Meta, LinkedIn and X side by side, real dates) with a fixed clock, and photographs the checklist.
// Usage: node scripts/screenshots.mjs [outDir]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { buildWeb } from './build-web.mjs';
import { serveStatic } from './static-server.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { SCREENSHOT_NOW, STATE_KEY, todayDocument } from '../tests/browser/seed.ts';

const outDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'docs', 'screenshots'));
const webDir = mkdtempSync(join(tmpdir(), 'objector-shots-'));
mkdirSync(outDir, { recursive: true });
await buildWeb(webDir, true);
const server = await serveStatic(webDir);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const shots = [
    ...['en', 'fr'].flatMap((locale) => ['light', 'dark'].map((theme) => ({ locale, theme, width: 960, name: `${locale}-${theme}` }))),
    ...['de', 'pl'].map((locale) => ({ locale, theme: 'light', width: 960, name: `${locale}-light` })),
    { locale: 'en', theme: 'light', width: 400, name: 'en-400px' },
    { locale: 'en', theme: 'light', width: 1280, name: 'en-1280px' },
  ];
  for (const { locale, theme, width, name } of shots) {
    const context = await browser.newContext({
      viewport: { width, height: 1180 },
      deviceScaleFactor: 1,
      locale,
      colorScheme: theme,
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(SCREENSHOT_NOW));
    const doc = JSON.stringify(todayDocument({ locale, theme }));
    await page.addInitScript(([key, value]) => globalThis.localStorage.setItem(key, value), [STATE_KEY, doc]);
    await page.goto(`${server.url}/index.html?view=checklist`);
    await page.getByTestId('account').first().waitFor();
    await page.getByTestId('countdown').and(page.locator(':not([data-phase="loading"])')).first().waitFor();
    const file = join(outDir, `checklist-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(webDir, { recursive: true, force: true });
}
