import { expect, test } from '../support/browser-fixtures';
import { openChecklist } from './checklist-helpers';
import { emptyDocument } from './seed';

test('the checklist shows the countdown through the browser backend', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, emptyDocument());
  const countdown = page.getByTestId('countdown');
  // The Meta deadline (27 May 2025, 00:00 Paris) has passed: the honest wording, not a countdown.
  await expect(countdown).toHaveAttribute('data-phase', 'passed');
  await expect(countdown).toContainText(/deadline passed .+ ago/);
  await expect(page.getByText('Deadline: 27 May 2025 at 00:00 (Paris time)')).toBeVisible();
  const honest = page.getByTestId('passed-honest');
  await expect(honest).toContainText('protects what you post from now on');
  await expect(honest).toContainText('may already have been used');
});

test('before the deadline the countdown counts down, with no "passed" message', async ({ page, webUrl }) => {
  await page.clock.setFixedTime(new Date('2025-05-25T10:00:00Z'));
  await openChecklist(page, webUrl, emptyDocument());
  const countdown = page.getByTestId('countdown');
  await expect(countdown).toHaveAttribute('data-phase', 'due-soon');
  await expect(countdown).toHaveText('36 hours left');
  await expect(page.getByTestId('passed-honest')).toHaveCount(0);
});
