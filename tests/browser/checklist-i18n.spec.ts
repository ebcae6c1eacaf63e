import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist } from './checklist-helpers';
import { sampleDocument } from './seed';

test('switching the language to French, then German, then back to the system language', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, sampleDocument({ locale: 'system' }));
  await expect(page.getByRole('heading', { name: 'Your accounts' })).toBeVisible();

  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('language')).toHaveValue('system');
  await expect(page.getByRole('option', { name: 'Same as this computer (English)' })).toBeAttached();
  await page.getByTestId('language').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByTestId('back').click();
  await expect(page.getByRole('heading', { name: 'Vos comptes' })).toBeVisible();
  await expect(page.getByText('Échéance\u202f: 27 mai 2025 à 00:00 (heure de Paris)')).toBeVisible();
  await expect(page.getByTestId('countdown')).toHaveText(/^échéance dépassée depuis \d+ (an|ans|mois|jours?)\b/);
  await expect(card(page, '@atelier.marie (shop)').getByTestId('status')).toHaveText('Vous avez indiqué l’avoir envoyé');
  await expect(card(page, '@marie.photos').getByRole('button', { name: 'M’opposer quand même' })).toBeVisible();
  await expect(page.getByTestId('progress')).toContainText('3 comptes sur 5 traités');
  await expect(page).toHaveTitle('Objector\u202f: vos comptes');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vos comptes' })).toBeVisible();

  await page.getByTestId('open-settings').click();
  await page.getByTestId('language').selectOption('de');
  await page.getByTestId('back').click();
  await expect(page.getByRole('heading', { name: 'Ihre Konten' })).toBeVisible();
  await expect(card(page, 'Marie (personal)').getByTestId('status')).toHaveText('Per E-Mail von Meta bestätigt (laut Ihnen)');
  await expect(page.getByText('Frist: 27. Mai 2025 um 00:00 (Ortszeit Paris)')).toBeVisible();

  await page.getByTestId('open-settings').click();
  await page.getByTestId('language').selectOption('system');
  await page.getByTestId('back').click();
  await expect(page.getByRole('heading', { name: 'Your accounts' })).toBeVisible();
});

test('the system language is followed when the setting says so', async ({ browser, webUrl }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await openChecklist(page, webUrl, sampleDocument({ locale: 'system' }));
  await expect(page.getByRole('heading', { name: 'Vos comptes' })).toBeVisible();
  await page.getByTestId('open-settings').click();
  await expect(page.getByRole('option', { name: 'Comme cet ordinateur (Français)' })).toBeAttached();
  await context.close();
});
