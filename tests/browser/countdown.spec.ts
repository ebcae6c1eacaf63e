import { expect, test } from '../support/browser-fixtures';
import { campaign, openChecklist } from './checklist-helpers';
import { CAMPAIGNS, todayDocument } from './seed';

test('today, each campaign shows its own date in its zone, said once, and what objecting still does', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, todayDocument());
  const meta = campaign(page, CAMPAIGNS.meta);
  await expect(meta.getByTestId('campaign-date')).toHaveText('Date passed: 27 May 2025 at 00:00 (Paris time)1 year and 6 months ago');
  await expect(meta.getByTestId('countdown')).toHaveAttribute('data-phase', 'passed');
  await expect(meta.getByTestId('campaign-gains')).toContainText('it protects what you post from now on');
  // Said once: no second "deadline passed" banner.
  await expect(meta.getByText(/deadline passed/i)).toHaveCount(0);
  await expect(campaign(page, CAMPAIGNS.linkedin).getByTestId('countdown')).toHaveText('1 year ago');
  await expect(campaign(page, CAMPAIGNS.x).getByTestId('countdown')).toHaveAttribute('data-phase', 'no-deadline');
});

test('before a date the section counts down to it', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, todayDocument(), { now: '2025-05-25T10:00:00Z' });
  const countdown = campaign(page, CAMPAIGNS.meta).getByTestId('countdown');
  await expect(countdown).toHaveAttribute('data-phase', 'due-soon');
  await expect(countdown).toHaveText('36 hours left');
  await expect(campaign(page, CAMPAIGNS.meta).getByTestId('campaign-date')).toContainText('Deadline: 27 May 2025 at 00:00 (Paris time)');
  await expect(campaign(page, CAMPAIGNS.linkedin).getByTestId('countdown')).toHaveText('161 days left');
});
