import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist } from './checklist-helpers';
import { emptyDocument, todayDocument } from './seed';

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) => `${screen}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

// axe is slow on a busy machine: give each screen room.
test.describe.configure({ timeout: 180_000 });

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the first-run screens (${theme})`, async ({ page, webUrl }) => {
    await openChecklist(page, webUrl, { ...emptyDocument({ theme, onboardingDone: false }) });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('checkbox', { name: 'LinkedIn', exact: true }).check();
    for (const step of [1, 2, 3, 4]) {
      await expect(page.getByText(`Step ${step} of 4`)).toBeVisible();
      await expectNoViolations(page, `onboarding ${step}`);
      if (step < 4) await page.getByTestId('onboarding-next').click();
    }
    await page.getByTestId('onboarding-start').click();
    await expect(page.getByTestId('ready-to-add')).toBeVisible();
    await expectNoViolations(page, 'ready to add');
  });

  test(`axe finds no violations on the checklist and its dialogs (${theme})`, async ({ page, webUrl }) => {
    await openChecklist(page, webUrl, emptyDocument({ theme }));
    await expectNoViolations(page, 'empty list');

    await openChecklist(page, webUrl, todayDocument({ theme }));
    await expect(page.getByTestId('campaign')).toHaveCount(3);
    await card(page, 'Marie (old account)').getByRole('button', { name: 'Proof', exact: true }).click();
    await expectNoViolations(page, 'list, with a follow-up and a proof panel');

    await page.getByTestId('add-account').click();
    const add = page.getByRole('dialog', { name: 'Add an account' });
    await add.getByRole('radio', { name: 'A new group' }).check();
    await add.getByRole('button', { name: 'Add an account' }).click();
    await expect(add.getByText('Please give this account a name.')).toBeVisible();
    await expectNoViolations(page, 'add dialog with errors');
    await add.getByRole('button', { name: 'Cancel' }).click();

    await card(page, '@marie').getByRole('button', { name: 'Open the setting' }).click();
    await expect(page.getByTestId('browser-guide')).toBeVisible();
    await expectNoViolations(page, 'browser guide of a setting');
    await page.keyboard.press('Escape');

    await card(page, '@marie').getByRole('button', { name: 'Not applicable…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark as not applicable' }).click();
    await expectNoViolations(page, 'not-applicable dialog with its error');
    await page.keyboard.press('Escape');

    await card(page, 'Marie (personal)').getByRole('button', { name: 'Mark as not done…' }).click();
    await expectNoViolations(page, 'mark-as-not-done dialog');
    await page.keyboard.press('Escape');

    // The card's own action (its open proof panel has the same button).
    await card(page, 'Marie (old account)').locator('.card-tools [data-action="refused"]').click();
    await expectNoViolations(page, 'refusal dialog');
    await page.keyboard.press('Escape');

    await card(page, 'Marie (old account)').getByRole('button', { name: 'Remove' }).click();
    await expectNoViolations(page, 'remove dialog');
    await page.keyboard.press('Escape');
  });

  test(`axe finds no violations in the settings and the import preview (${theme})`, async ({ page, webUrl }) => {
    await openChecklist(page, webUrl, todayDocument({ theme }));
    await page.getByTestId('open-settings').click();
    await expectNoViolations(page, 'settings');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-data').click();
    await (await chooser).setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
    await expect(page.getByTestId('data-outcome')).toBeVisible();
    await expectNoViolations(page, 'settings, import errors');
    const good = page.waitForEvent('filechooser');
    await page.getByTestId('import-data').click();
    const { schemaVersion: _version, remindersSent: _sent, ...state } = todayDocument({ theme: 'light' });
    const doc = { format: 'objector-export', version: 2, exportedAt: '2026-11-30T10:00:00.000Z', ...state };
    await (await good).setFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await expect(page.getByTestId('import-preview')).toBeVisible();
    await expectNoViolations(page, 'import preview');
    await page.keyboard.press('Escape');
    await page.getByTestId('reset').click();
    await expectNoViolations(page, 'reset dialog');
  });
}
