import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist, savedText } from './checklist-helpers';
import { STATE_KEY, sampleDocument } from './seed';

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

test('export then import brings everything back after starting over', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, sampleDocument());
  await page.getByTestId('open-settings').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-data').click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; accounts: unknown[] };
  expect(exported.format).toBe('objector-export');
  expect(exported.accounts).toHaveLength(5);
  await expect(page.getByTestId('data-outcome')).toContainText('Saved to objector-export-');

  await page.getByTestId('reset').click();
  const confirm = page.getByRole('dialog', { name: 'Start over?' });
  await confirm.getByRole('button', { name: 'Remove everything' }).click();
  // Starting over brings back the first-run screens.
  await expect(page.getByTestId('onboarding')).toBeVisible();
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-start').click();
  await page.getByRole('dialog', { name: 'Add an account' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No accounts yet')).toBeVisible();

  await page.getByTestId('open-settings').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-data').click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('data-outcome')).toContainText('Imported 5 accounts and 6 steps.');
  await page.getByTestId('back').click();
  await expect(card(page, '@atelier.marie (shop)').getByTestId('status')).toHaveText('You said you sent it');
});

test('an unreadable saved state is kept aside, never wiped, and the person is told where', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, undefined);
  await page.evaluate((key) => window.localStorage.setItem(key, '{"schemaVersion": 3, "accounts": [tru'), STATE_KEY);
  await page.reload();
  const notice = page.getByTestId('store-notice');
  // Starting fresh means the first-run screens: the notice waits for the checklist.
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-start').click();
  // The first run ends on the add dialog: close it once it is really open (Escape before that is lost).
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(notice).toContainText('Your saved progress could not be read');
  await expect(notice).toContainText('objector.state.unreadable-');
  const kept = await page.evaluate(() =>
    Object.keys(window.localStorage)
      .filter((key) => key.startsWith('objector.state.unreadable-'))
      .map((key) => window.localStorage.getItem(key)),
  );
  expect(kept).toEqual(['{"schemaVersion": 3, "accounts": [tru']);
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
});
