/** At 400 px nothing is clipped: no sideways scrolling, no text cut off, in the list, a dialog and the settings. */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist } from './checklist-helpers';
import { todayDocument } from './seed';

test.use({ viewport: { width: 400, height: 900 } });

/** Elements whose content is wider than their box (text or controls cut off), by a short description. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || element.closest('svg') !== null) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > window.innerWidth + 1)
        found.push(`${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(box.right)}px`);
      else if (element.scrollWidth > element.clientWidth + 1 && style.overflowX !== 'visible' && element.clientWidth > 0)
        found.push(`${element.tagName.toLowerCase()}.${element.className} cuts its content`);
    }
    return found;
  });
}

test('the checklist, the browser guide and the settings fit in 400 px', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, todayDocument({ locale: 'de' }));
  await expect(page.getByTestId('campaign')).toHaveCount(3);
  await card(page, 'Marie (old account)').getByRole('button', { name: 'Nachweise' }).click();
  expect(await clipped(page)).toEqual([]);
  await card(page, '@marie').getByRole('button', { name: 'Einstellung öffnen' }).click();
  await expect(page.getByTestId('browser-guide')).toBeVisible();
  expect(await clipped(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('open-settings').click();
  expect(await clipped(page)).toEqual([]);
});

test('the browser version says which controls need the desktop app instead of looking active', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, todayDocument());
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('reminders-enabled')).toBeDisabled();
  await expect(page.getByTestId('reminders-enabled')).not.toBeChecked();
  await expect(page.getByTestId('reminders-browser')).toHaveText(
    'Reminders and notifications need the desktop app: a browser tab cannot show them once it is closed.',
  );
  await expect(page.getByRole('button', { name: 'For 1 week' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Start Objector when I log in' })).toBeDisabled();
  // Re-checks are about the data, not notifications: they work here too.
  await expect(page.getByTestId('recheck-reminders')).toBeEnabled();
});
