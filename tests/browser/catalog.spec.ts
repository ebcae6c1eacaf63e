/**
 * The catalog in the browser version (issue 11): the new platforms in the first run and its add dialog,
 * "Links checked on …" on each campaign, settings that say which catalog is in use, and a signed
 * newer catalog loaded from a file that changes what the app shows after a restart, while a bad
 * one changes nothing. The build under test trusts one key of this run's own
 * (tests/support/browser-global-setup.ts); the project's key is never used.
 */
import { Buffer } from 'node:buffer';
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser-fixtures';
import { builtInCatalog } from '../../src/shared/catalog/index';
import { catalogWithMastodon, signedUpdate } from '../support/signed-catalogs';
import { campaign, openChecklist } from './checklist-helpers';
import { CAMPAIGNS, emptyDocument, todayDocument } from './seed';

const secret = (): Uint8Array => base64.decode(process.env.OBJECTOR_TEST_CATALOG_SECRET ?? '');
const sign = (text: string): string => base64.encode(ed25519.sign(new TextEncoder().encode(text), secret()));
const builtIn = builtInCatalog();

async function openSettings(page: Page): Promise<void> {
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('settings-updates')).toBeVisible();
}

/** Picks files in the "Load a catalog update…" chooser. */
async function load(page: Page, files: readonly { name: string; text: string }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('load-catalog-update').click();
  await (await chooser).setFiles(files.map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })));
}

test('the first run offers every platform of the catalog with its own mark, and its add dialog too', async ({ page, openApp }) => {
  await openApp('checklist');
  // The first run asks which platforms the person uses: every platform a campaign of the catalog targets.
  const first = page.getByTestId('onboarding');
  for (const platform of builtIn.platforms) await expect(first.getByRole('checkbox', { name: platform.name, exact: true })).toBeVisible();
  expect(await first.locator('.choices-platform').getByRole('checkbox').count()).toBe(builtIn.platforms.length);
  // Each built-in platform has a mark of its own, not the neutral initial.
  expect(await first.locator('.choices-platform svg text').count()).toBe(0);
  await first.getByRole('checkbox', { name: 'Substack', exact: true }).check();
  while ((await page.getByTestId('onboarding-start').count()) === 0) await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-start').click();

  // It ends on the checklist, with Substack ready to add; the add dialog offers every platform too.
  await page.getByTestId('ready-to-add').getByRole('button', { name: 'Add an account on Substack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  for (const platform of builtIn.platforms) await expect(dialog.getByRole('radio', { name: platform.name, exact: true })).toBeVisible();
  expect(await dialog.locator('.choices-platform').getByRole('radio').count()).toBe(builtIn.platforms.length);
  expect(await dialog.locator('.choices-platform svg text').count()).toBe(0);
  await expect(dialog.getByRole('radio', { name: 'Substack', exact: true })).toBeChecked();
  await dialog.getByLabel('Name').fill('My newsletter');
  await dialog.getByRole('button', { name: 'Add an account' }).click();
  await expect(page.getByTestId('account')).toContainText('Substack');
});

test('each campaign says when its links were checked (its oldest check); no fetch prompt in the browser version', async ({
  page,
  webUrl,
}) => {
  await openChecklist(page, webUrl, todayDocument());
  // WhatsApp's form, the Meta campaign's least recently checked address, was checked on 1 May 2025.
  await expect(campaign(page, CAMPAIGNS.meta).getByTestId('links-checked')).toHaveText('Links checked on 1 May 2025');
  await expect(page.getByTestId('updates-prompt')).toHaveCount(0);
});

test('settings say which catalog is in use, and that only the desktop app fetches', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, emptyDocument());
  await openSettings(page);
  await expect(page.getByTestId('catalog-in-use')).toHaveText(
    `Catalog of links in use: version ${builtIn.version}, published 1 December 2026. It is built into this version of Objector.`,
  );
  await expect(page.getByTestId('catalog-checks')).toBeDisabled();
  await expect(page.getByTestId('app-updates')).toBeDisabled();
  await expect(page.getByTestId('settings-updates')).toContainText('Only the desktop app checks by itself.');
  await expect(page.getByTestId('settings-updates')).toContainText('232a cdf0 742c 3e25');
});

test('a signed newer catalog loaded from a file is used after a restart; the new platform appears', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, emptyDocument());
  await openSettings(page);
  const update = signedUpdate(sign, catalogWithMastodon(builtIn.version + 1));
  await load(page, [{ name: 'objector-catalog.json', text: update.bundle }]);
  await expect(page.getByTestId('catalog-outcome')).toHaveText(
    `Catalog version ${builtIn.version + 1} was accepted. It will be used from the next start.`,
  );
  await expect(page.getByTestId('catalog-pending')).toHaveText(
    `Version ${builtIn.version + 1} is ready: it will be used from the next start.`,
  );

  await page.reload();
  await openSettings(page);
  await expect(page.getByTestId('catalog-in-use')).toContainText(`version ${builtIn.version + 1}`);
  await expect(page.getByTestId('catalog-in-use')).toContainText('It was loaded from a file on');
  await page.getByTestId('back').click();
  await page.getByTestId('add-account').click();
  await expect(page.getByRole('dialog').getByRole('radio', { name: 'Mastodon', exact: true })).toBeVisible();
});

test('a document with its .sig, picked together, is accepted too', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, emptyDocument());
  await openSettings(page);
  const update = signedUpdate(sign, catalogWithMastodon(builtIn.version + 1));
  await load(page, [
    { name: 'catalog.json', text: update.document },
    { name: 'catalog.json.sig', text: `${update.signature}\n` },
  ]);
  await expect(page.getByTestId('catalog-outcome')).toContainText('was accepted');
});

test('a bad update changes nothing and says why in one sentence, in the person’s language', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, emptyDocument({ locale: 'de' }));
  await page.getByTestId('open-settings').click();
  const update = signedUpdate(sign, catalogWithMastodon(builtIn.version + 1));
  await load(page, [{ name: 'objector-catalog.json', text: update.bundle.replace('Mastodon', 'Mastodom') }]);
  await expect(page.getByTestId('catalog-outcome')).toHaveText(
    'Dieses Update ist nicht mit dem Schlüssel des Projekts signiert, oder es wurde nach dem Signieren verändert. Es wurde nichts geändert.',
  );
  await load(page, [{ name: 'catalog.json', text: update.document }]);
  await expect(page.getByTestId('catalog-outcome')).toHaveText(
    'Die Signaturdatei (.sig) wurde neben diesem Katalog nicht gefunden. Es wurde nichts geändert.',
  );
  const older = signedUpdate(sign, catalogWithMastodon(builtIn.version));
  await load(page, [{ name: 'objector-catalog.json', text: older.bundle }]);
  await expect(page.getByTestId('catalog-outcome')).toHaveText(
    'Dieses Update ist nicht neuer als der verwendete Katalog. Es wurde nichts geändert.',
  );
  await page.reload();
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('catalog-in-use')).toContainText(`Version ${builtIn.version},`);
  expect(await page.evaluate(() => window.localStorage.getItem('objector.catalog-update'))).toBeNull();
});
