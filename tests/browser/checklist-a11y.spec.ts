import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist } from './checklist-helpers';
import { emptyDocument, sampleDocument } from './seed';

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) => `${screen}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

// axe is slow on a busy machine: give each screen room.
test.describe.configure({ timeout: 120_000 });

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the first-run screens (${theme})`, async ({ page, webUrl }) => {
    await openChecklist(page, webUrl, { ...emptyDocument({ theme, onboardingDone: false }) });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const step of [1, 2, 3]) {
      await expect(page.getByText(`Step ${step} of 3`)).toBeVisible();
      await expectNoViolations(page, `onboarding ${step}`);
      if (step < 3) await page.getByTestId('onboarding-next').click();
    }
  });

  test(`axe finds no violations on the checklist and its dialogs (${theme})`, async ({ page, webUrl }) => {
    await openChecklist(page, webUrl, emptyDocument({ theme }));
    await expectNoViolations(page, 'empty list');

    await openChecklist(page, webUrl, sampleDocument({ theme }));
    await expect(page.getByTestId('countdown')).not.toHaveAttribute('data-phase', 'loading');
    await card(page, 'Marie (personal)').getByRole('button', { name: 'Proof', exact: true }).click();
    await expectNoViolations(page, 'list');

    await page.getByTestId('add-account').click();
    const add = page.getByRole('dialog', { name: 'Add an account' });
    await add.getByRole('radio', { name: 'A new group' }).check();
    await add.getByRole('button', { name: 'Add an account' }).click();
    await expect(add.getByText('Please give this account a name.')).toBeVisible();
    await expectNoViolations(page, 'add dialog with errors');
    await add.getByRole('button', { name: 'Cancel' }).click();

    await card(page, 'Marie (old account)').getByRole('button', { name: 'Not applicable…' }).click();
    await expectNoViolations(page, 'not-applicable dialog');
    await page.keyboard.press('Escape');

    await card(page, 'Marie (old account)').getByRole('button', { name: 'Remove' }).click();
    await expectNoViolations(page, 'remove dialog');
    await page.keyboard.press('Escape');
  });

  test(`axe finds no violations in the settings (${theme})`, async ({ page, webUrl }) => {
    await openChecklist(page, webUrl, sampleDocument({ theme }));
    await page.getByTestId('open-settings').click();
    await expectNoViolations(page, 'settings');
    await page.getByRole('button', { name: 'For 1 week' }).click();
    await expect(page.getByText('Reminders are paused until')).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-data').click();
    await (await chooser).setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
    await expect(page.getByTestId('data-outcome')).toBeVisible();
    await expectNoViolations(page, 'settings, paused, import errors');
    await page.getByTestId('reset').click();
    await expectNoViolations(page, 'reset dialog');
  });
}
