/**
 * Helpers for the checklist specs: open the checklist with a seeded saved state (the browser
 * backend's localStorage), record instead of follow `window.open` (no test reaches a real site),
 * and move focus with the keyboard only.
 */
import type { Locator, Page } from '@playwright/test';
import { waitForApp } from '../support/browser-fixtures';
import { STATE_KEY } from './seed';

/** Opens the checklist; with `doc`, that saved state is in localStorage before the app starts. */
export async function openChecklist(page: Page, webUrl: string, doc?: unknown): Promise<Page> {
  await page.addInitScript(() => {
    const opened: string[] = [];
    Object.assign(window, { __opened: opened });
    window.open = (url?: string | URL) => {
      opened.push(String(url));
      return null;
    };
  });
  await page.goto(`${webUrl}/index.html?view=checklist`);
  if (doc !== undefined) {
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STATE_KEY, JSON.stringify(doc)] as const);
    await page.reload();
  }
  await waitForApp(page);
  return page;
}

/** The URLs the page asked to open in a new tab. */
export function openedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
}

/** The saved state's raw text. */
export function savedText(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), STATE_KEY);
}

/** The card of the account called `label`. */
export function card(page: Page, label: string): Locator {
  return page.getByTestId('account').filter({ has: page.getByRole('heading', { name: label, exact: true }) });
}

/** Presses Tab (up to `max` times) until `target` has the focus. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}
