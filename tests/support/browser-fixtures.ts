/**
 * Fixtures for the browser suite: `webUrl` is the built renderer served on 127.0.0.1 by the
 * global set-up; `openApp` opens a screen with a clean localStorage and waits for it to render.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Fixtures {
  readonly webUrl: string;
  readonly openApp: (view?: 'checklist' | 'guide', search?: string) => Promise<Page>;
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
      await expect(page.locator('#root > *:not([aria-busy])').first()).toBeVisible();
      return page;
    });
  },
});

export { expect };
