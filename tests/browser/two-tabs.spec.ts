/**
 * The browser version open in two tabs: one localStorage, two writers. Each change is made on
 * the latest saved state under the tabs' lock, so neither tab overwrites the other, and each tab
 * shows the other's changes.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist, savedText } from './checklist-helpers';
import { emptyDocument } from './seed';

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
