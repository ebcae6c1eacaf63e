import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/browser-fixtures';

test('the guide screen explains, in a browser, that the guided form needs the desktop app', async ({ openApp }) => {
  const page = await openApp('guide');
  const notice = page.getByTestId('guide-desktop-only');
  await expect(notice).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The guided form needs the desktop app');
  await expect(notice).toContainText('protected session');
  await expect(page.getByRole('link', { name: 'Open the checklist' })).toHaveAttribute('href', '?view=checklist');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });

  test('the notice follows the system language and theme', async ({ openApp }) => {
    const page = await openApp('guide');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le formulaire guidé nécessite l’application pour ordinateur');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});
