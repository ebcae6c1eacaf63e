import { expect, test } from '../support/browser-fixtures';
import { campaign, card, openChecklist } from './checklist-helpers';
import { CAMPAIGNS, todayDocument } from './seed';

test('switching the language to French, then German, then back to the system language', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, todayDocument({ locale: 'system' }));
  await expect(page.getByRole('heading', { name: 'Your accounts' })).toBeVisible();

  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('language')).toHaveValue('system');
  await expect(page.getByRole('option', { name: 'Same as this computer (English)' })).toBeAttached();
  await page.getByTestId('language').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByTestId('back').click();
  await expect(page.getByRole('heading', { name: 'Vos comptes' })).toBeVisible();
  await expect(campaign(page, CAMPAIGNS.meta).getByTestId('campaign-date')).toContainText(
    'Date passée\u202f: 27 mai 2025 à 00:00 (heure de Paris)',
  );
  await expect(campaign(page, CAMPAIGNS.x).getByTestId('countdown')).toHaveText('Pas de date limite');
  await expect(card(page, 'Marie at work').getByTestId('status')).toHaveText('Désactivé par vous le 22 novembre 2026');
  await expect(card(page, 'Marie (old account)').getByTestId('status')).toHaveText('Toujours sans réponse');
  await expect(card(page, '@marie.photos').getByRole('button', { name: 'M’opposer quand même' })).toBeVisible();
  await expect(page.getByTestId('progress')).toContainText('Fait\u202f: 3 sur 5');
  await expect(page).toHaveTitle('Objector : vos comptes');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vos comptes' })).toBeVisible();

  await page.getByTestId('open-settings').click();
  await page.getByTestId('language').selectOption('de');
  await page.getByTestId('back').click();
  await expect(page.getByRole('heading', { name: 'Ihre Konten' })).toBeVisible();
  await expect(card(page, 'Marie (personal)').getByTestId('status')).toHaveText('Per E-Mail von Meta bestätigt (laut Ihnen)');
  await expect(card(page, '@marie').getByTestId('status')).toHaveText('Noch nicht ausgeschaltet');
  await expect(campaign(page, CAMPAIGNS.linkedin).getByTestId('campaign-date')).toContainText(
    'Stichtag verstrichen: 3. November 2025 um 00:00 (Ortszeit Dublin)',
  );

  await page.getByTestId('open-settings').click();
  await page.getByTestId('language').selectOption('system');
  await page.getByTestId('back').click();
  await expect(page.getByRole('heading', { name: 'Your accounts' })).toBeVisible();
});

test('the system language is followed when the setting says so', async ({ browser, webUrl }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await openChecklist(page, webUrl, todayDocument({ locale: 'system' }));
  await expect(page.getByRole('heading', { name: 'Vos comptes' })).toBeVisible();
  await page.getByTestId('open-settings').click();
  await expect(page.getByRole('option', { name: 'Comme cet ordinateur (Français)' })).toBeAttached();
  await context.close();
});
