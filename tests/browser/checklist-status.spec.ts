import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist, openedUrls } from './checklist-helpers';
import { emptyDocument, sampleDocument } from './seed';

test('each step changes the status, in words that say how sure we are', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, emptyDocument());
  await page.getByTestId('add-account').click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await dialog.getByRole('radio', { name: 'Facebook' }).check();
  await dialog.getByLabel('Name').fill('Marie');
  await dialog.getByRole('button', { name: 'Add an account' }).click();

  const marie = card(page, 'Marie');
  const chip = marie.getByTestId('status');
  await expect(chip).toHaveText('Not filed yet');

  await marie.getByRole('button', { name: 'Open the form' }).click();
  await expect(chip).toHaveText('Form opened, not sent yet');
  expect(await openedUrls(page)).toEqual(['https://www.facebook.com/help/contact/6359191084165019']);
  await expect(page.getByText('The form opened in a new tab.')).toBeVisible();
  await expect(marie).toContainText(/Last step less than a minute ago/);

  await marie.getByRole('button', { name: 'I sent it' }).click();
  await expect(chip).toHaveText('You said you sent it');
  await expect(marie).toContainText('Meta usually sends a confirmation e-mail within a day.');

  await marie.getByRole('button', { name: 'I got Meta’s e-mail' }).click();
  // The person's word only: no e-mail file was given (see proof.spec.ts for the checked file).
  await expect(chip).toHaveText('Confirmed by Meta’s e-mail (you said so)');
  await expect(page.getByTestId('progress')).toContainText('1 of 1 account done');
  await expect(page.getByTestId('progress')).toContainText('Every account is done.');

  await marie.getByRole('button', { name: 'Reopen' }).click();
  await expect(chip).toHaveText('Not filed yet');

  await marie.getByRole('button', { name: 'Not applicable…' }).click();
  const na = page.getByRole('dialog', { name: 'Does “Marie” not need an objection?' });
  await na.getByRole('radio', { name: 'other reason' }).check();
  await na.getByRole('button', { name: 'Mark as not applicable' }).click();
  await expect(na.getByText('Please write a short reason.')).toBeVisible();
  await na.getByLabel('The reason, in your words').fill('I never post anything');
  await na.getByRole('button', { name: 'Mark as not applicable' }).click();
  await expect(chip).toHaveText('Not applicable: I never post anything');
});

test('an account covered by its Accounts Center group says so and offers to file anyway', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, sampleDocument());
  await expect(card(page, 'Marie (personal)').getByTestId('status')).toHaveText('Confirmed by Meta’s e-mail (you said so)');
  const covered = card(page, '@marie.photos');
  await expect(covered.getByTestId('status')).toHaveText('Covered by your Accounts Center group');
  await expect(covered).toContainText('The objection confirmed for “Marie (personal)” also covers this account.');
  await expect(card(page, '@atelier.marie (shop)').getByTestId('status')).toHaveText('You said you sent it');
  await expect(card(page, '@leo.skate (son)').getByTestId('status')).toHaveText('Not applicable: under 18');
  await expect(page.getByTestId('progress')).toContainText('3 of 5 accounts done');
  await expect(page.getByTestId('progress')).toContainText('Next: Marie (old account)');

  await covered.getByRole('button', { name: 'File anyway' }).click();
  expect(await openedUrls(page)).toEqual(['https://help.instagram.com/contact/233964459562201']);
  await expect(covered.getByTestId('status')).toHaveText('Covered by your Accounts Center group');
});

test('proof: the browser says plainly that saved screenshots need the desktop app', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, sampleDocument());
  const marie = card(page, 'Marie (personal)');
  const toggle = marie.getByRole('button', { name: 'Proof', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(marie.getByTestId('proof-browser')).toContainText('need the Objector desktop app');
  await expect(marie.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
});

test('a setting to switch off (LinkedIn) is worded as a setting, not a form, and asks for proof instead of an e-mail', async ({
  page,
  webUrl,
}) => {
  await openChecklist(page, webUrl, emptyDocument());
  await page.getByTestId('add-account').click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await dialog.getByRole('radio', { name: 'LinkedIn' }).check();
  await dialog.getByLabel('Name').fill('Marie at work');
  await dialog.getByRole('button', { name: 'Add an account' }).click();

  const marie = card(page, 'Marie at work');
  const chip = marie.getByTestId('status');
  await marie.getByRole('button', { name: 'Open the setting' }).click();
  expect((await openedUrls(page))[0]).toMatch(/^https:\/\/www\.linkedin\.com\//);
  await marie.getByRole('button', { name: 'I switched it off' }).click();
  await expect(chip).toHaveText('You said you switched it off');
  await expect(marie).toContainText('Open the setting again to save proof that it is off.');
  await expect(marie.getByRole('button', { name: 'Open the setting again' })).toBeVisible();
  await expect(marie.getByRole('button', { name: /e-mail/ })).toHaveCount(0);
});
