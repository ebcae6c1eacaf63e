import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist, savedText } from './checklist-helpers';
import { emptyDocument } from './seed';

test('add, group, edit and remove accounts; a reload keeps everything', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, emptyDocument());
  await expect(page.getByText('No accounts yet')).toBeVisible();

  // First account: an invalid e-mail is refused inline, and nothing is added.
  await page.getByTestId('add-account').click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await dialog.getByRole('radio', { name: 'Instagram' }).check();
  await dialog.getByLabel('Name').fill('@marie.photos');
  await dialog.getByLabel('E-mail address (optional)').fill('marie@');
  await dialog.getByRole('button', { name: 'Add an account' }).click();
  await expect(dialog.getByText('This does not look like an e-mail address')).toBeVisible();
  await expect(dialog.getByLabel('E-mail address (optional)')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('E-mail address (optional)').fill('marie@example.com');
  await dialog.getByRole('radio', { name: 'A new group' }).check();
  await dialog.getByLabel('Name of the new group').fill('Marie');
  await dialog.getByRole('button', { name: 'Add an account' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(page, '@marie.photos')).toContainText('marie@example.com');
  await expect(page.getByRole('heading', { name: 'Accounts Center: Marie' })).toBeVisible();

  // Second account in the same group, third one unlinked and without an e-mail.
  await page.getByTestId('add-account').click();
  await dialog.getByRole('radio', { name: 'Facebook' }).check();
  await dialog.getByLabel('Name').fill('Marie (personal)');
  await dialog.getByRole('radio', { name: 'Same group as…' }).check();
  await dialog.getByRole('button', { name: 'Add an account' }).click();
  await page.getByTestId('add-account').click();
  await dialog.getByLabel('Name').fill('Old page');
  await dialog.getByRole('button', { name: 'Add an account' }).click();
  await expect(dialog).toBeHidden();

  const marieGroup = page.getByTestId('group').filter({ has: page.getByRole('heading', { name: 'Accounts Center: Marie' }) });
  await expect(marieGroup.getByTestId('account')).toHaveCount(2);
  const unlinked = page.getByTestId('group').filter({ has: page.getByRole('heading', { name: 'Not linked to an Accounts Center' }) });
  await expect(unlinked.getByTestId('account')).toHaveCount(1);
  await expect(card(page, 'Old page')).toContainText('no e-mail given');
  await expect(page.getByTestId('progress')).toContainText('Done: 0 of 3');

  // Edit: rename, and take it out of the group.
  await card(page, 'Marie (personal)').getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit “Marie (personal)”' });
  await edit.getByLabel('Name').fill('Marie (Facebook)');
  await edit.getByRole('radio', { name: 'Not linked' }).check();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(unlinked.getByTestId('account')).toHaveCount(2);
  await expect(card(page, 'Marie (Facebook)')).toBeVisible();

  // Remove asks first; cancelling keeps the account.
  await card(page, 'Old page').getByRole('button', { name: 'Remove' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove “Old page”?' });
  await remove.getByRole('button', { name: 'Cancel' }).click();
  await expect(card(page, 'Old page')).toBeVisible();
  await card(page, 'Old page').getByRole('button', { name: 'Remove' }).click();
  await remove.getByRole('button', { name: 'Remove account' }).click();
  await expect(card(page, 'Old page')).toHaveCount(0);

  const before = await savedText(page);
  await page.reload();
  await expect(card(page, '@marie.photos')).toBeVisible();
  await expect(card(page, 'Marie (Facebook)')).toBeVisible();
  await expect(page.getByTestId('account')).toHaveCount(2);
  expect(await savedText(page)).toBe(before);
});

test('the label is required and a new group needs a name', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, emptyDocument());
  await page.getByTestId('add-account').click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await dialog.getByRole('radio', { name: 'A new group' }).check();
  await dialog.getByRole('button', { name: 'Add an account' }).click();
  await expect(dialog.getByText('Please give this account a name.')).toBeVisible();
  await expect(dialog.getByText('Please give the group a name.')).toBeVisible();
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('account')).toHaveCount(0);
});

test('only accounts Meta’s Accounts Center links are asked about it, and a LinkedIn account can never join a group', async ({
  page,
  webUrl,
}) => {
  await openChecklist(page, webUrl, emptyDocument());
  await page.getByTestId('add-account').click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  const question = dialog.getByRole('group', { name: 'Accounts Center' });
  await dialog.getByRole('radio', { name: 'Facebook', exact: true }).check();
  await expect(question).toBeVisible();
  await expect(question).toContainText('Are Facebook and Instagram accounts linked in Meta’s Accounts Center?');
  await dialog.getByRole('radio', { name: 'A new group' }).check();
  await dialog.getByLabel('Name of the new group').fill('Marie');
  await dialog.getByRole('radio', { name: 'LinkedIn', exact: true }).check();
  await expect(question).toHaveCount(0);
  await dialog.getByLabel('Name', { exact: true }).fill('Marie at work');
  await dialog.getByRole('button', { name: 'Add an account' }).click();
  await expect(dialog).toBeHidden();
  const saved = JSON.parse((await savedText(page)) ?? '{}') as { accounts: { groupId: string | null }[]; groups: unknown[] };
  expect(saved.accounts[0]?.groupId).toBeNull();
  expect(saved.groups).toEqual([]);
  await card(page, 'Marie at work').getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit “Marie at work”' }).getByRole('group', { name: 'Accounts Center' })).toHaveCount(0);
});
