/**
 * The drift notice as the guide panel shows it (issue 11), in the real built renderer with the
 * desktop api played by tests/browser/desktop-double.ts: why the link seems changed, where the
 * guide went, and the report a person copies or opens as an issue in their own browser, which
 * carries nothing about them. Also "Links checked on …" with its sources.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/browser-fixtures';
import type { GuideView } from '../../src/shared/ipc/contract';
import { PROJECT_NEW_ISSUE_URL } from '../../src/shared/project';
import { desktopCalls, desktopSnapshot, installDesktopDouble, oneFacebookAccount } from './desktop-double';

const view = (patch: Partial<GuideView> = {}): GuideView => ({
  accountId: '00000000-0000-4000-8000-000000000001',
  campaignId: 'meta-ai-training-eu-2025',
  targetId: 'facebook',
  platform: 'facebook',
  mechanism: 'form',
  url: 'https://www.facebook.com/help/contact/712876720715583',
  loading: false,
  entryIndex: 1,
  entryCount: 5,
  problem: null,
  detection: null,
  lastEvidence: null,
  drift: {
    reason: 'outside-paths',
    addressTried: 'https://www.facebook.com/help/contact/6359191084165019',
    entryIndex: 0,
    urlSeen: 'https://www.facebook.com/…',
    pageLang: 'fr-FR',
  },
  ...patch,
});

test('says the link seems to have changed, where the guide went, and offers a report with nothing about the person', async ({
  page,
  openApp,
}) => {
  await installDesktopDouble(page, desktopSnapshot(oneFacebookAccount()), view());
  await openApp('guide');
  const notice = page.getByTestId('drift-notice');
  await expect(notice.getByRole('heading', { name: 'This link seems to have changed' })).toBeVisible();
  await expect(notice).toContainText('It led to another page, for example the home page.');
  await expect(page.getByTestId('drift-moved-on')).toHaveText('Objector moved on to address 2 of 5.');

  await notice.getByText('Tell the project about it').click();
  const report = page.getByTestId('drift-report');
  await expect(report).toBeVisible();
  const text = await report.inputValue();
  expect(text).toContain('- Catalog: version 3 (published 2026-12-01T00:00:00Z)');
  expect(text).toContain('- Target: meta-ai-training-eu-2025 / facebook');
  expect(text).toContain('- Address tried: https://www.facebook.com/help/contact/6359191084165019 (1 of 5)');
  expect(text).toContain('- Page seen (query removed): https://www.facebook.com/…');
  expect(text).toContain('- App language: en');
  expect(text).toContain('- App version: 0.1.0');
  for (const personal of ['Marie', 'marie@example.com', '00000000-0000-4000-8000-000000000001']) expect(text).not.toContain(personal);

  await page.getByTestId('drift-copy').click();
  await expect(page.getByTestId('guide-message')).toHaveText('Copied');
  expect((await desktopCalls(page)).filter((call) => call.method === 'copyText')).toEqual([{ method: 'copyText', arg: { text } }]);

  const open = page.getByTestId('drift-open');
  await expect(open).toHaveAttribute('target', '_blank');
  const href = new URL((await open.getAttribute('href')) ?? '');
  expect(`${href.origin}${href.pathname}`).toBe(PROJECT_NEW_ISSUE_URL);
  expect(href.searchParams.get('body')).toBe(text);

  expect((await new AxeBuilder({ page }).include('[data-testid="drift-notice"]').analyze()).violations).toEqual([]);
});

test('after the last address, the notice stands beside the manual path and the own browser', async ({ page, openApp }) => {
  await installDesktopDouble(
    page,
    desktopSnapshot(oneFacebookAccount()),
    view({
      entryIndex: 4,
      problem: 'all-entries-failed',
      drift: {
        reason: 'unavailable',
        addressTried: 'https://www.facebook.com/privacy/center',
        entryIndex: 4,
        urlSeen: 'https://www.facebook.com/privacy/center',
        pageLang: 'en',
      },
    }),
  );
  await openApp('guide');
  await expect(page.getByTestId('drift-notice')).toContainText('The page says the content is not available.');
  await expect(page.getByTestId('drift-moved-on')).toHaveCount(0);
  const problem = page.getByTestId('guide-problem');
  await expect(problem).toHaveAttribute('data-problem', 'all-entries-failed');
  await expect(problem).toContainText('Privacy Center');
  await expect(problem.getByRole('button', { name: 'Open in my own browser' })).toBeVisible();
});

test.describe('in French', () => {
  test('the notice and the links-checked line speak French', async ({ page, openApp }) => {
    await installDesktopDouble(
      page,
      desktopSnapshot(oneFacebookAccount('fr')),
      view({
        drift: {
          reason: 'markers-missing',
          addressTried: 'https://www.facebook.com/help/contact/6359191084165019',
          entryIndex: 0,
          urlSeen: 'https://www.facebook.com/…',
          pageLang: 'fr-FR',
        },
      }),
    );
    await openApp('guide');
    await expect(page.getByTestId('drift-notice').getByRole('heading')).toHaveText('Ce lien semble avoir changé');
    await expect(page.getByTestId('drift-notice')).toContainText('La page ne montre pas le formulaire ou le réglage attendu.');
    const checked = page.getByTestId('links-checked');
    await expect(checked.locator('summary')).toHaveText('Liens vérifiés le 1 octobre 2026');
    await checked.locator('summary').click();
    await expect(checked).toContainText('L’application Facebook renvoie toujours par défaut au formulaire d’opposition');
    await expect(checked).toContainText('Meta newsroom, 14 avril 2025');
  });
});

test('without a drift, the panel shows no notice, and lists the steps of the catalog’s target', async ({ page, openApp }) => {
  await installDesktopDouble(page, desktopSnapshot(oneFacebookAccount()), view({ drift: null, entryIndex: 0 }));
  await openApp('guide');
  await expect(page.getByTestId('guide-panel')).toBeVisible();
  await expect(page.getByTestId('drift-notice')).toHaveCount(0);
  await expect(page.getByTestId('links-checked').locator('summary')).toHaveText('Links checked on 1 October 2026');
});
