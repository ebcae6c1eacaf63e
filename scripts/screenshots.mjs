// Regenerates docs/screenshots/checklist-{en,fr}-{light,dark}.png and checklist-{de,pl}-light.png
// (German: the longest words; Polish: four plural forms): builds the renderer for the
// browser, serves it on 127.0.0.1, seeds a sample state and a fixed clock, and photographs the checklist.
// Usage: node scripts/screenshots.mjs [outDir]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { buildWeb } from './build-web.mjs';
import { serveStatic } from './static-server.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { SCREENSHOT_NOW, STATE_KEY, sampleDocument } from '../tests/browser/seed.ts';

const outDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'docs', 'screenshots'));
const webDir = mkdtempSync(join(tmpdir(), 'objector-shots-'));
mkdirSync(outDir, { recursive: true });
await buildWeb(webDir, true);
const server = await serveStatic(webDir);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const shots = [
    ['en', 'light'],
    ['en', 'dark'],
    ['fr', 'light'],
    ['fr', 'dark'],
    ['de', 'light'],
    ['pl', 'light'],
  ];
  for (const [locale, theme] of shots) {
    const context = await browser.newContext({
      viewport: { width: 960, height: 1180 },
      deviceScaleFactor: 1,
      locale,
      colorScheme: theme,
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(SCREENSHOT_NOW));
    const doc = JSON.stringify(sampleDocument({ locale, theme }));
    await page.addInitScript(([key, value]) => globalThis.localStorage.setItem(key, value), [STATE_KEY, doc]);
    await page.goto(`${server.url}/index.html?view=checklist`);
    await page.getByTestId('account').first().waitFor();
    await page.getByTestId('countdown').and(page.locator(':not([data-phase="loading"])')).waitFor();
    const file = join(outDir, `checklist-${locale}-${theme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(webDir, { recursive: true, force: true });
}
