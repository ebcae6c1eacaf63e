/**
 * The page-text probe and `detectConfirmation` together, against invented Meta-like pages served on
 * 127.0.0.1: the probe runs in the page (as it will in the account view's isolated world), the
 * detection runs here in Node with the page's real address swapped for the Meta URL it stands for.
 */
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { detectConfirmation, type ConfirmationMatch } from '../../src/shared/domain/detection';
import { PAGE_TEXT_LIMIT, PAGE_TEXT_PROBE } from '../../src/shared/domain/probe';
import type { Locale } from '../../src/shared/domain/types';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const FORM_URL = 'https://www.facebook.com/help/contact/6359191084165019';
const LOGIN_URL = 'https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact%2F6359191084165019';

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveStatic(FIXTURES);
});
test.afterAll(async () => {
  await server.close();
});

/** Runs the probe in the page and checks what detection makes of it. */
async function detect(page: Page, url = FORM_URL): Promise<ConfirmationMatch | null> {
  const text: unknown = await page.evaluate(PAGE_TEXT_PROBE);
  expect(typeof text).toBe('string');
  return detectConfirmation({ text: text as string, url, platform: 'facebook' });
}

const pages: readonly (readonly [file: string, url: string, locale: Locale | null])[] = [
  ['form-en.html', FORM_URL, null],
  ['form-fr.html', 'https://fr-fr.facebook.com/help/contact/6359191084165019', null],
  ['login.html', LOGIN_URL, null],
  ['login.html', FORM_URL, null],
  ['confirmation-en.html', FORM_URL, 'en'],
  ['confirmation-fr.html', FORM_URL, 'fr'],
  ['confirmation-it.html', FORM_URL, 'it'],
  ['confirmation-de.html', FORM_URL, 'de'],
];

for (const [file, url, locale] of pages) {
  test(`${file} as ${new URL(url).pathname}: ${locale === null ? 'no match' : `a ${locale} confirmation`}`, async ({ page }) => {
    await page.goto(`${server.url}/${file}`);
    const match = await detect(page, url);
    if (locale === null) {
      expect(match).toBeNull();
    } else {
      expect(match).toMatchObject({ platform: 'facebook', campaignId: 'meta-ai-training-eu-2025', locale, via: 'text' });
      expect(match?.excerpt.length).toBeLessThanOrEqual(200);
    }
  });
}

test('a form replaced in place without navigation: no match before Send, a match after', async ({ page }) => {
  await page.goto(`${server.url}/in-place.html`);
  const address = page.url();
  expect(await detect(page)).toBeNull();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#panel')).toHaveAttribute('data-state', 'sent');
  expect(page.url()).toBe(address);
  const match = await detect(page);
  expect(match).toMatchObject({ locale: 'en', via: 'text' });
  expect(match?.excerpt).toMatch(/honour your objection|received your request|email with the details/);
});

test('the probe reads visible text only, changes nothing, and stops at one million characters', async ({ page }) => {
  await page.goto(`${server.url}/form-en.html`);
  const before = await page.content();
  const text = await page.evaluate<string>(PAGE_TEXT_PROBE);
  expect(text).toContain('Object to your information being used for AI at Meta');
  expect(text).not.toContain('We will honour your objection'); // in a hidden element
  expect(text).not.toContain('__helpFormReady'); // in a script
  expect(await page.content()).toBe(before);

  await page.evaluate(() => {
    const big = document.createElement('p');
    big.textContent = 'word '.repeat(300_000);
    document.body.append(big);
  });
  const bounded = await page.evaluate<string>(PAGE_TEXT_PROBE);
  expect(bounded.length).toBe(PAGE_TEXT_LIMIT);
});

test('the probe returns an empty text for a page without a body', async ({ page }) => {
  await page.goto(`${server.url}/help.css`);
  await page.evaluate(() => document.body.remove());
  expect(await page.evaluate(PAGE_TEXT_PROBE)).toBe('');
});
