import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/browser-fixtures';
import { card, firstRun, openChecklist, savedText } from './checklist-helpers';
import { STATE_KEY, sampleDocument, todayDocument } from './seed';

test('a bad import file shows readable errors and changes nothing', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, sampleDocument());
  const before = await savedText(page);
  await page.getByTestId('open-settings').click();

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-data').click();
  const bad = { format: 'objector-export', version: 1, exportedAt: 'yesterday', accounts: [{ id: 'x' }], groups: [], events: [] };
  await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const outcome = page.getByTestId('data-outcome');
  await expect(outcome).toContainText('This file could not be imported. Nothing was changed.');
  await expect(outcome.getByRole('listitem').first()).toBeVisible();
  await expect(outcome).toContainText('exportedAt');

  const notJson = page.waitForEvent('filechooser');
  await page.getByTestId('import-data').click();
  await (await notJson).setFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(outcome).toContainText('Nothing was changed.');

  expect(await savedText(page)).toBe(before);
  await page.getByTestId('back').click();
  await expect(page.getByTestId('account')).toHaveCount(5);
});

test("the problems of a bad import file are in the person's language, with the file's own field names", async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, sampleDocument({ locale: 'de' }));
  await page.getByTestId('open-settings').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-data').click();
  const bad = { format: 'objector-export', version: 1, exportedAt: 'yesterday', accounts: [{ id: 'x' }], groups: [], events: [] };
  await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const outcome = page.getByTestId('data-outcome');
  await expect(outcome.getByRole('listitem').filter({ hasText: 'exportedAt' })).toHaveText(
    'exportedAt: muss ein Datum mit Uhrzeit wie 2025-05-26T22:00:00Z sein',
  );
  await expect(outcome.getByRole('listitem').filter({ hasText: 'settings' }).first()).toHaveText('settings: fehlt');
  await expect(outcome).not.toContainText('must');

  const tooNew = page.waitForEvent('filechooser');
  await page.getByTestId('import-data').click();
  const newer = Buffer.from(JSON.stringify({ format: 'objector-export', version: 9 }));
  await (await tooNew).setFiles({ name: 'newer.json', mimeType: 'application/json', buffer: newer });
  await expect(outcome.getByRole('listitem')).toHaveText(/neueren Version von Objector exportiert \(Format 9\)/);
});

test('an import says what it will change and asks; the data before it can be put back', async ({ page, webUrl }) => {
  // The file: today's five accounts, exported in French and dark.
  await openChecklist(page, webUrl, todayDocument({ locale: 'fr', theme: 'dark' }));
  await page.getByTestId('open-settings').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-data').click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; version: number; accounts: unknown[] };
  expect(exported).toMatchObject({ format: 'objector-export', version: 2 });
  expect(exported.accounts).toHaveLength(5);

  // Here, in English: X's account not added yet, an old page instead, LinkedIn not switched off.
  const today = todayDocument();
  const here = {
    ...today,
    accounts: [
      ...today.accounts.filter((account) => account.label !== '@marie'),
      { ...today.accounts[0], id: '00000000-0000-4000-8000-000000000099', label: 'Old page', groupId: null },
    ],
    events: today.events.filter((event) => event.campaignId !== 'linkedin-genai-2025'),
  };
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STATE_KEY, JSON.stringify(here)] as const);
  await page.reload();
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('before-import')).toHaveCount(0);

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-data').click();
  await (await chooser).setFiles(file);
  const preview = page.getByRole('dialog', { name: 'Import this file?' });
  const changes = preview.getByTestId('import-preview');
  await expect(changes.locator('[data-change="accounts"]')).toContainText('Accounts: 5 in the file.');
  await expect(changes.locator('[data-change="accounts"]')).toHaveText(
    'Accounts: 5 in the file. New here: @marie. Gone after the import: Old page.',
  );
  // Steps: the file has LinkedIn's, which are not here (the app records no step by itself).
  await expect(changes.locator('[data-change="steps"]')).toHaveText('Steps: 3 here, 4 in the file.');
  await expect(changes.locator('[data-change="proof"]')).toHaveText('Proof records: 0 here, 0 in the file.');
  await expect(changes.locator('[data-change="settings"]')).toHaveText('Settings that change: language and appearance.');
  await expect(preview).toContainText('A copy of what is here now is kept first');

  // Cancel changes nothing.
  const before = await savedText(page);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  expect(await savedText(page)).toBe(before);

  const again = page.waitForEvent('filechooser');
  await page.getByTestId('import-data').click();
  await (await again).setFiles(file);
  await preview.getByRole('button', { name: 'Import' }).click();
  // The file brought French: the success message follows the language.
  await expect(page.getByTestId('data-outcome')).toHaveText('5 comptes importés, avec 4 étapes.');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // The state before the import is kept and can be put back, after asking.
  await expect(page.getByTestId('before-import')).toContainText('1 décembre 2026');
  await page.getByTestId('restore').click();
  const restore = page.getByRole('dialog', { name: 'Remettre les données d’avant l’import\u202f?' });
  await restore.getByRole('button', { name: 'La remettre' }).click();
  // The kept copy was in English: the message follows the language again.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('data-outcome')).toContainText('The data from before the import of 1 December 2026');
  await page.getByTestId('back').click();
  await expect(card(page, 'Old page')).toBeVisible();
  await expect(card(page, '@marie')).toHaveCount(0);
  await expect(card(page, 'Marie at work').getByTestId('status')).toHaveText('Not switched off yet');
});

test('an unreadable saved state is kept aside, never wiped, and the person is told where, in words they recognise', async ({
  page,
  webUrl,
}) => {
  await openChecklist(page, webUrl, undefined);
  await page.evaluate((key) => window.localStorage.setItem(key, '{"schemaVersion": 3, "accounts": [tru'), STATE_KEY);
  await page.reload();
  const notice = page.getByTestId('store-notice');
  // Starting fresh means the first-run screens: the notice waits for the checklist.
  await firstRun(page);
  await expect(notice).toContainText('Your saved progress could not be read');
  await expect(notice).toContainText(`in the storage of this site (${new URL(webUrl).host}), dated 1 December 2026`);
  await expect(notice).not.toContainText('objector.state');
  const kept = await page.evaluate(() =>
    Object.keys(window.localStorage)
      .filter((key) => key.startsWith('objector.state.unreadable-'))
      .map((key) => window.localStorage.getItem(key)),
  );
  expect(kept).toEqual(['{"schemaVersion": 3, "accounts": [tru']);
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
});
