import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist, openedUrls, tabTo } from './checklist-helpers';

test('keyboard only: first run, add an account, open its form through the guide, record each step, settings and back', async ({
  page,
  webUrl,
}) => {
  await openChecklist(page, webUrl);
  await expect(page.getByTestId('onboarding')).toBeVisible();

  // The platforms question: Space ticks a box.
  await tabTo(page, page.getByRole('checkbox', { name: 'Instagram', exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Instagram', exact: true })).toBeChecked();
  // Four first-run screens; each moves focus to its title.
  await tabTo(page, page.getByTestId('onboarding-next'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Where things stand today' })).toBeFocused();
  await tabTo(page, page.getByTestId('onboarding-next'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'What an objection does, and what it does not' })).toBeFocused();
  await tabTo(page, page.getByTestId('onboarding-next'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nothing leaves this computer' })).toBeFocused();
  await tabTo(page, page.getByTestId('onboarding-start'));
  await page.keyboard.press('Enter');

  // The platform chosen is ready to add; the add dialog opens on it, focus inside.
  await tabTo(page, page.getByRole('button', { name: 'Add an account on Instagram' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await expect(dialog.getByRole('radio', { name: 'Instagram' })).toBeFocused();
  await expect(dialog.getByRole('radio', { name: 'Instagram' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Marie');
  await page.keyboard.press('Tab');
  await page.keyboard.type('marie@example.com');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const marie = card(page, 'Marie');
  await tabTo(page, marie.getByRole('button', { name: 'Open the form' }));
  await page.keyboard.press('Enter');
  const guide = page.getByRole('dialog', { name: 'Marie on Instagram' });
  await expect(guide.getByRole('button', { name: 'Open the page on Instagram' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await openedUrls(page)).toHaveLength(1);
  await expect(marie.getByTestId('status')).toHaveText('Form opened, not sent yet');
  await tabTo(page, guide.getByRole('button', { name: 'I sent it' }));
  await page.keyboard.press('Enter');
  await expect(guide).toHaveCount(0);
  await expect(marie.getByTestId('status')).toHaveText('You said you sent it');

  // A dialog gives the focus back to the button that opened it.
  const edit = marie.getByRole('button', { name: 'Edit' });
  await tabTo(page, edit);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Edit “Marie”' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(edit).toBeFocused();

  await tabTo(page, page.getByTestId('open-settings'), 60);
  await page.keyboard.press('Enter');
  // Tab enters the theme group on its checked radio; the arrow keys choose.
  await tabTo(page, page.getByRole('radio', { name: 'Same as this computer' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await tabTo(page, page.getByTestId('back'), 60);
  await page.keyboard.press('Enter');
  await expect(marie).toBeVisible();
});
