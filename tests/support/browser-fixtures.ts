/**
 * Fixtures for the browser suite: `webUrl` is the built renderer served on 127.0.0.1 by the
 * global set-up; `openApp` opens a screen with a clean localStorage and waits for it to render.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Fixtures {
  readonly webUrl: string;
  readonly openApp: (view?: 'checklist' | 'guide', search?: string) => Promise<Page>;
}

/**
 * Waits until the app has rendered a screen. A worker's first page compiles the browser backend's
 * chunk (the built-in catalog in 24 languages) from cold: on a loaded 2-core machine that has taken
 * over 5 s (2.4–4.4 s measured at load 4), so the first render gets 15 s; render speed itself is
 * measured by `npm run bench`, not here.
 */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('#root > *:not([aria-busy])').first()).toBeVisible({ timeout: 15_000 });
}

export const test = base.extend<Fixtures>({
  webUrl: async ({}, use) => {
    const url = process.env.OBJECTOR_WEB_URL;
    if (url === undefined) throw new Error('OBJECTOR_WEB_URL is not set: run through playwright.browser.config.ts');
    await use(url);
  },
  openApp: async ({ page, webUrl }, use) => {
    await use(async (view = 'checklist', search = '') => {
      await page.goto(`${webUrl}/index.html?view=${view}${search}`);
      await waitForApp(page);
      return page;
    });
  },
});

export { expect };
