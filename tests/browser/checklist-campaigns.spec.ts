/**
 * The situation people are in today (1 December 2026), in the browser version: a person with two
 * Facebook accounts (one in an Accounts Center with Instagram), Instagram, LinkedIn and X goes
 * through the first run, adds the accounts, finishes LinkedIn's setting, and sees each campaign's
 * section with its own date, and one overall line counting all five.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/browser-fixtures';
import { PNG_PIXEL, addAccount, campaign, card, openChecklist, openedUrls, savedEvents, savedText } from './checklist-helpers';
import { CAMPAIGNS } from './seed';

test('first run for today, five accounts on three campaigns, LinkedIn’s setting finished in the browser', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl);

  // First run: which platforms, then where things stand today, from the catalog.
  await expect(page.getByRole('heading', { name: 'Which platforms do you use?' })).toBeVisible();
  for (const name of ['Facebook', 'Instagram', 'WhatsApp', 'LinkedIn', 'X'])
    await expect(page.getByRole('checkbox', { name, exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Instagram', exact: true }).check();
  await page.getByRole('checkbox', { name: 'LinkedIn', exact: true }).check();
  await page.getByRole('checkbox', { name: 'X', exact: true }).check();
  await page.getByTestId('onboarding-next').click();
  const today = page.getByTestId('today');
  await expect(today.locator(`[data-campaign-id="${CAMPAIGNS.meta}"]`)).toContainText('date passed on 27 May 2025');
  await expect(today.locator(`[data-campaign-id="${CAMPAIGNS.meta}"]`)).toContainText('it protects what you post from now on');
  await expect(today.locator(`[data-campaign-id="${CAMPAIGNS.linkedin}"]`)).toContainText('The setting is on unless you switch it off.');
  await expect(today.locator(`[data-campaign-id="${CAMPAIGNS.x}"]`)).toContainText('no deadline');
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-start').click();

  // The checklist, with the chosen platforms ready to add.
  const ready = page.getByTestId('ready-to-add');
  await expect(ready.getByRole('button')).toHaveText([
    'Add an account on Facebook',
    'Add an account on Instagram',
    'Add an account on LinkedIn',
    'Add an account on X',
    'I have added them all',
  ]);
  await ready.getByRole('button', { name: 'Add an account on Facebook' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await expect(dialog.getByRole('radio', { name: 'Facebook', exact: true })).toBeChecked();
  await addAccount(page, { label: 'Marie (personal)', email: 'marie@example.com', group: 'new' });
  await ready.getByRole('button', { name: 'Add an account on Facebook' }).click();
  await expect(dialog).toBeVisible();
  await addAccount(page, { label: 'Marie (old account)' });
  await ready.getByRole('button', { name: 'Add an account on Instagram' }).click();
  await expect(dialog).toBeVisible();
  await addAccount(page, { label: '@marie.photos', group: 'same' });
  // LinkedIn and X are not linked in Meta's Accounts Center: the dialog does not ask.
  await ready.getByRole('button', { name: 'Add an account on LinkedIn' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Accounts Center' })).toHaveCount(0);
  await addAccount(page, { label: 'Marie at work' });
  await ready.getByRole('button', { name: 'Add an account on X' }).click();
  await expect(dialog).toBeVisible();
  await addAccount(page, { label: '@marie' });
  await ready.getByRole('button', { name: 'I have added them all' }).click();
  await expect(ready).toHaveCount(0);

  // One section per campaign, each with its own date in its zone, or none.
  await expect(page.getByTestId('campaign')).toHaveCount(3);
  await expect(campaign(page, CAMPAIGNS.meta).getByRole('heading', { level: 2 })).toHaveText('Meta AI training (EU, 2025)');
  await expect(campaign(page, CAMPAIGNS.meta).getByTestId('campaign-date')).toContainText('Date passed: 27 May 2025 at 00:00 (Paris time)');
  await expect(campaign(page, CAMPAIGNS.linkedin).getByTestId('campaign-date')).toContainText(
    'Date passed: 3 November 2025 at 00:00 (Dublin time)',
  );
  await expect(campaign(page, CAMPAIGNS.x).getByTestId('campaign-date')).toHaveText('No deadline');
  await expect(campaign(page, CAMPAIGNS.meta).getByTestId('account')).toHaveCount(3);
  await expect(campaign(page, CAMPAIGNS.meta).getByRole('heading', { name: 'Accounts Center: Marie' })).toBeVisible();
  // Groups are Meta's: LinkedIn's and X's sections have none.
  await expect(campaign(page, CAMPAIGNS.linkedin).getByTestId('group')).toHaveCount(0);
  await expect(page.getByTestId('progress')).toContainText('Done: 0 of 5');

  // LinkedIn's setting, in the browser: the guide first, then the page in a new tab.
  const work = card(page, 'Marie at work');
  await expect(work.getByTestId('status')).toHaveText('Not switched off yet');
  await work.getByRole('button', { name: 'Open the setting' }).click();
  const guide = page.getByRole('dialog', { name: 'Marie at work on LinkedIn' });
  await expect(guide.getByRole('heading', { name: 'Steps' })).toBeVisible();
  await expect(guide.getByRole('heading', { name: 'If the link does not work' })).toBeVisible();
  expect(await openedUrls(page)).toEqual([]);
  await guide.getByRole('button', { name: 'Open the page on LinkedIn' }).click();
  expect((await openedUrls(page))[0]).toMatch(/^https:\/\/www\.linkedin\.com\//);
  await expect(guide.getByTestId('guide-message')).toContainText('The page is open in another tab.');
  // Back from the tab: a screenshot as proof (optional), then "I switched it off".
  const chooser = page.waitForEvent('filechooser');
  await guide.getByRole('button', { name: 'Add a screenshot…' }).click();
  await (await chooser).setFiles({ name: 'linkedin setting.png', mimeType: 'image/png', buffer: PNG_PIXEL });
  await expect(guide.getByTestId('guide-message')).toHaveText('The file is kept as proof.');
  await guide.getByRole('button', { name: 'I switched it off' }).click();
  await expect(guide).toHaveCount(0);
  await expect(work.getByTestId('status')).toHaveText('You switched it off on 1 December 2026');
  await expect(work).toContainText('Next check that it is still off: 1 March 2027.');
  await expect(work.getByRole('button', { name: 'Proof (1)' })).toBeVisible();
  await expect(campaign(page, CAMPAIGNS.linkedin).getByTestId('campaign-progress')).toHaveText('Done: 1 of 1');

  // Finished, and it stays finished after a reload; the overall line counts all five.
  await expect(page.getByTestId('progress')).toContainText('Done: 1 of 5');
  await expect(page.getByTestId('progress')).toContainText('3 campaigns');
  const saved = await savedText(page);
  await page.reload();
  await expect(card(page, 'Marie at work').getByTestId('status')).toHaveText('You switched it off on 1 December 2026');
  await expect(page.getByTestId('progress')).toContainText('Done: 1 of 5');
  expect(await savedText(page)).toBe(saved);

  // The proof file is kept in this browser and comes back whole (its own bytes, its own name).
  await card(page, 'Marie at work').getByRole('button', { name: 'Proof (1)' }).click();
  const proof = card(page, 'Marie at work').getByTestId('proof');
  await expect(proof).toContainText('Your own file');
  await expect(proof.getByText(/^fingerprint [0-9a-f]{12}$/)).toBeVisible();
  const download = page.waitForEvent('download');
  await proof.getByRole('button', { name: 'Open PNG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('linkedin-setting.png');
  expect(readFileSync(await file.path())).toEqual(PNG_PIXEL);
});

test('a setting’s re-check falls due after 90 days, and one click records a fresh check', async ({ page, webUrl }) => {
  const doc = {
    schemaVersion: 4,
    accounts: [
      {
        id: '00000000-0000-4000-8000-000000000014',
        platform: 'linkedin',
        label: 'Marie at work',
        email: null,
        groupId: null,
        campaignIds: [CAMPAIGNS.linkedin],
        createdAt: '2026-08-01T08:00:00.000Z',
      },
    ],
    groups: [],
    events: [
      {
        id: '00000000-0000-4000-8000-000000002001',
        accountId: '00000000-0000-4000-8000-000000000014',
        campaignId: CAMPAIGNS.linkedin,
        kind: 'submitted',
        source: 'person',
        at: '2026-08-20T10:00:00.000Z',
      },
    ],
    evidence: [],
    settings: {
      locale: 'en',
      theme: 'light',
      remindersEnabled: true,
      remindersPausedUntil: null,
      startAtLogin: false,
      onboardingDone: true,
      catalogUpdates: 'ask',
      appUpdates: 'ask',
      recheckReminders: true,
      country: null,
    },
    remindersSent: [],
  };
  await openChecklist(page, webUrl, doc);
  const work = card(page, 'Marie at work');
  await expect(work.getByTestId('status')).toHaveText('Time to check it is still off');
  await expect(work).toContainText('Platforms sometimes switch settings back on. Last seen off on 20 August 2026');
  await expect(page.getByTestId('progress')).toContainText('Done: 0 of 1');
  await work.getByRole('button', { name: 'It is still off' }).click();
  await expect(work.getByTestId('status')).toHaveText('You switched it off on 1 December 2026');
  await expect(page.getByTestId('progress')).toContainText('Done: 1 of 1');
  expect((await savedEvents(page)).at(-1)).toMatchObject({ kind: 'rechecked', source: 'person' });

  // Re-checks can be switched off in the settings: then a switched-off setting stays finished.
  await page.getByTestId('open-settings').click();
  await page.getByTestId('recheck-reminders').click();
  await expect(page.getByTestId('recheck-reminders')).not.toBeChecked();
  await page.getByTestId('back').click();
  await expect(card(page, 'Marie at work')).toContainText('Done. Re-checks are switched off in the settings.');
});
