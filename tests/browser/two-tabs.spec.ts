/**
 * The browser version open in two tabs: one localStorage, two writers. Each change is made on
 * the latest saved state under the tabs' lock, so neither tab overwrites the other, and each tab
 * shows the other's changes.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist, savedText } from './checklist-helpers';
import { STATE_KEY, emptyDocument } from './seed';

async function addAccount(page: Page, label: string): Promise<void> {
  await page.getByTestId('add-account').click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await dialog.getByRole('radio', { name: 'Facebook' }).check();
  await dialog.getByLabel('Name').fill(label);
  await dialog.getByRole('button', { name: 'Add an account' }).click();
  await expect(dialog).toBeHidden();
}

test('two tabs never overwrite each other, and each follows the other', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, emptyDocument());
  const other = await page.context().newPage();
  await openChecklist(other, webUrl);
  await addAccount(page, 'From the first tab');
  await addAccount(other, 'From the second tab');
  // The second tab added on top of the first tab's account, not over it.
  const saved = JSON.parse((await savedText(page)) ?? '{}') as { accounts: { label: string }[] };
  expect(saved.accounts.map((account) => account.label)).toEqual(['From the first tab', 'From the second tab']);
  // And both tabs show both, without a reload.
  for (const tab of [page, other]) {
    await expect(card(tab, 'From the first tab')).toBeVisible();
    await expect(card(tab, 'From the second tab')).toBeVisible();
  }
});

test('a settings checkbox shows the person’s choice at once while another tab holds the lock, and goes back only when the save is refused', async ({
  page,
  webUrl,
}) => {
  await openChecklist(page, webUrl, emptyDocument());
  await page.getByTestId('open-settings').click();
  const recheck = page.getByTestId('recheck-reminders');
  await expect(recheck).toBeChecked();

  // Another tab holds the tabs' lock (as while it saves): this tab's save waits for it.
  const other = await page.context().newPage();
  await openChecklist(other, webUrl);
  await other.evaluate(
    () =>
      new Promise<void>((held) => {
        void navigator.locks.request('objector.state', () => {
          held();
          return new Promise<void>((release) => Object.assign(window, { __release: release }));
        });
      }),
  );
  const recheckSaved = async (): Promise<boolean> =>
    (JSON.parse((await savedText(page)) ?? '{}') as { settings: { recheckReminders?: boolean } }).settings.recheckReminders !== false;
  await recheck.click();
  await expect(recheck).not.toBeChecked();
  // Meanwhile the other tab saves a change of its own: this tab takes it up and shows it...
  await other.evaluate((key) => {
    const saved = JSON.parse(window.localStorage.getItem(key) ?? '{}') as { settings: Record<string, unknown> };
    window.localStorage.setItem(key, JSON.stringify({ ...saved, settings: { ...saved.settings, theme: 'dark' } }));
  }, STATE_KEY);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // ...and the box still shows the person's choice, though it is not saved yet.
  await expect(recheck).not.toBeChecked();
  expect(await recheckSaved()).toBe(true);
  await other.evaluate(() => (window as unknown as { __release: () => void }).__release());
  await expect.poll(recheckSaved).toBe(false);
  await expect(recheck).not.toBeChecked();

  // The browser refuses to save: the box goes back, and says why.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await recheck.click();
  await expect(page.getByRole('alert')).toContainText('Your progress could not be saved');
  await expect(recheck).not.toBeChecked();
});
