import { expect, test } from '../support/browser-fixtures';

test('the checklist shows the countdown through the browser backend', async ({ openApp }) => {
  const page = await openApp('checklist');
  const countdown = page.getByTestId('countdown');
  // The Meta deadline (27 May 2025, 00:00 Paris) has passed: the honest wording, not a countdown.
  await expect(countdown).toHaveAttribute('data-phase', 'passed');
  await expect(countdown).toContainText(/deadline passed .+ ago/);
});
