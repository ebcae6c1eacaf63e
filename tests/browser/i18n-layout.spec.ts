/**
 * Every language fits: the first run and the checklist render at 400 px and at 1280 px without
 * horizontal scrolling and without a button, label or heading wider than its box, and axe finds
 * nothing. The longest languages (German, Polish, French…) decide. One page per language.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser-fixtures';
import { openChecklist } from './checklist-helpers';
import { emptyDocument, sampleDocument, STATE_KEY } from './seed';
import { LOCALES } from '../../src/shared/i18n/locale';

const WIDTHS = [400, 1280] as const;

// axe is slow on a busy machine: give each language room.
test.describe.configure({ timeout: 180_000 });

/** What does not fit at the current width: the page itself, or an element wider than its box. */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) problems.push(`the page scrolls sideways (${root.scrollWidth} > ${window.innerWidth} px)`);
    const selector = 'button, label, legend, h1, h2, h3, h4, a, select, [data-testid="status"], .chip';
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      // Visually hidden text (for screen readers) is clipped on purpose.
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).clipPath !== 'none') continue;
      const text = (element.textContent || '').trim().slice(0, 60);
      if (element.scrollWidth > element.clientWidth + 1)
        problems.push(`${element.tagName.toLowerCase()} “${text}” is cut (${element.scrollWidth} > ${element.clientWidth} px)`);
      if (box.right > window.innerWidth + 1 || box.left < -1) problems.push(`${element.tagName.toLowerCase()} “${text}” leaves the window`);
    }
    return problems;
  });
}

async function axeViolations(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) => `${screen}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

for (const locale of LOCALES) {
  test(`${locale}: the first run and the checklist fit at 400 and 1280 px, axe clean`, async ({ page, webUrl }) => {
    const problems: string[] = [];
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await openChecklist(page, webUrl, emptyDocument({ locale, onboardingDone: false }));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      for (let step = 1; step <= 3; step++) {
        await expect(page.getByTestId('onboarding-next').or(page.getByTestId('onboarding-start')).first()).toBeVisible();
        problems.push(...(await overflows(page)).map((problem) => `first run ${step} at ${width} px: ${problem}`));
        if (width === WIDTHS[0] && step === 1) problems.push(...(await axeViolations(page, 'first run')));
        if (step < 3) await page.getByTestId('onboarding-next').click();
      }
    }

    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
      STATE_KEY,
      JSON.stringify(sampleDocument({ locale })),
    ] as const);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await expect(page.getByTestId('account')).toHaveCount(5);
      await expect(page.getByTestId('countdown')).not.toHaveAttribute('data-phase', 'loading');
      problems.push(...(await overflows(page)).map((problem) => `checklist at ${width} px: ${problem}`));
      problems.push(...(await axeViolations(page, `checklist at ${width} px`)));
    }
    expect(problems).toEqual([]);
  });
}
