/**
 * Helpers for the checklist specs: open the checklist with a seeded saved state (the browser
 * backend's localStorage), record instead of follow `window.open` (no test reaches a real site),
 * and move focus with the keyboard only.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, waitForApp } from '../support/browser-fixtures';
import { SCREENSHOT_NOW, STATE_KEY } from './seed';

/** Options of `openChecklist`. */
export interface OpenOptions {
  /** The fixed time the page sees; default today, 1 December 2026. */
  readonly now?: string | null;
}

/**
 * Opens the checklist; with `doc`, that saved state is in localStorage before the app starts. The
 * page's clock is fixed at `now` (today by default), so dates in the seeds read the same on every run.
 */
export async function openChecklist(page: Page, webUrl: string, doc?: unknown, { now = SCREENSHOT_NOW }: OpenOptions = {}): Promise<Page> {
  if (now !== null) await page.clock.setFixedTime(new Date(now));
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

/** The steps saved in this browser's storage (empty when nothing is saved yet). */
export async function savedEvents(page: Page): Promise<readonly { readonly kind: string; readonly source?: string }[]> {
  const text = await savedText(page);
  if (text === null) return [];
  const doc = JSON.parse(text) as { events?: readonly { kind: string; source?: string }[] };
  return doc.events ?? [];
}

/** The section of the campaign `campaignId`. */
export function campaign(page: Page, campaignId: string): Locator {
  return page.locator(`[data-testid="campaign"][data-campaign-id="${campaignId}"]`);
}

/** Passes the first-run screens, ticking the platforms named (by their brand name). */
export async function firstRun(page: Page, platforms: readonly string[] = []): Promise<void> {
  await expect(page.getByTestId('onboarding')).toBeVisible();
  for (const name of platforms) await page.getByRole('checkbox', { name, exact: true }).check();
  for (let step = 0; step < 3; step++) await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-start').click();
}

/** Adds an account through the add dialog (already open, or opened with the list's button). */
export async function addAccount(
  page: Page,
  {
    platform,
    label,
    email,
    group,
  }: { platform?: string; label: string; email?: string; group?: 'new' | 'same' | null; groupName?: string },
  groupName = 'Marie',
): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  if (!(await dialog.isVisible())) await page.getByTestId('add-account').first().click();
  if (platform !== undefined) await dialog.getByRole('radio', { name: platform, exact: true }).check();
  await dialog.getByLabel('Name', { exact: true }).fill(label);
  if (email !== undefined) await dialog.getByLabel('E-mail address (optional)').fill(email);
  if (group === 'new') {
    await dialog.getByRole('radio', { name: 'A new group' }).check();
    await dialog.getByLabel('Name of the new group').fill(groupName);
  }
  if (group === 'same') await dialog.getByRole('radio', { name: 'Same group as…' }).check();
  await dialog.getByRole('button', { name: 'Add an account' }).click();
  await expect(dialog).toBeHidden();
}

/** A small PNG (1×1 pixel), as a screenshot a person would attach. */
export const PNG_PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Presses Tab (up to `max` times) until `target` has the focus. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}
