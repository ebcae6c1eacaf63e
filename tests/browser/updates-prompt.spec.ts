/**
 * The one-time question about fetching (issue 11), in the desktop app (played by
 * tests/browser/desktop-double.ts): asked while the answer is "ask", each answer goes to settings,
 * and it is never shown once answered.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/browser-fixtures';
import type { Snapshot } from '../../src/shared/ipc/contract';
import { desktopCalls, desktopSnapshot, installDesktopDouble, oneFacebookAccount } from './desktop-double';

function asking(appUpdatesSupported: boolean): Snapshot {
  const state = oneFacebookAccount();
  const snapshot = desktopSnapshot({ ...state, settings: { ...state.settings, catalogUpdates: 'ask', appUpdates: 'ask' } });
  return { ...snapshot, updates: { ...snapshot.updates, appUpdatesSupported } };
}

test('asks about the catalog (and app updates in an installed app), and records the answers', async ({ page, openApp }) => {
  await installDesktopDouble(page, asking(true), null);
  await openApp('checklist');
  const prompt = page.getByTestId('updates-prompt');
  await expect(prompt.getByRole('heading', { name: 'Keep the links up to date?' })).toBeVisible();
  await expect(prompt).toContainText('nothing about you is sent');
  expect((await new AxeBuilder({ page }).include('[data-testid="updates-prompt"]').analyze()).violations).toEqual([]);
  await page.getByTestId('prompt-catalogUpdates').getByRole('button', { name: 'Yes, allow' }).click();
  await page.getByTestId('prompt-appUpdates').getByRole('button', { name: 'No, thanks' }).click();
  const patches = (await desktopCalls(page)).filter((call) => call.method === 'dispatch').map((call) => call.arg);
  expect(patches).toEqual([
    { kind: 'set-settings', patch: { catalogUpdates: 'allowed' } },
    { kind: 'set-settings', patch: { appUpdates: 'refused' } },
  ]);
});

test('does not ask about app updates where they cannot run, and not at all once answered', async ({ page, openApp }) => {
  await installDesktopDouble(page, asking(false), null);
  await openApp('checklist');
  await expect(page.getByTestId('prompt-catalogUpdates')).toBeVisible();
  await expect(page.getByTestId('prompt-appUpdates')).toHaveCount(0);

  const answered = desktopSnapshot(oneFacebookAccount());
  const other = await page.context().newPage();
  await installDesktopDouble(other, answered, null);
  await other.goto(page.url());
  await expect(other.getByTestId('account')).toBeVisible();
  await expect(other.getByTestId('updates-prompt')).toHaveCount(0);
});
