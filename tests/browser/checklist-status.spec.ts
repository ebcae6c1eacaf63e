import { expect, test } from '../support/browser-fixtures';
import { PNG_PIXEL, addAccount, card, openChecklist, openedUrls, savedEvents } from './checklist-helpers';
import { emptyDocument, todayDocument } from './seed';

test('each step of a form changes the status, in words that say how sure we are; the guide comes first', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, emptyDocument());
  await addAccount(page, { platform: 'Facebook', label: 'Marie' });

  const marie = card(page, 'Marie');
  const chip = marie.getByTestId('status');
  await expect(chip).toHaveText('Not filed yet');

  // The browser guide: the same steps as the desktop panel, the text to copy, the way by hand.
  // The card's own button (Meta's further form, offered beside it, has one too).
  await marie.locator('.card-cta').getByRole('button', { name: 'Open the form' }).click();
  const guide = page.getByRole('dialog', { name: 'Marie on Facebook' });
  await expect(guide.locator('[data-step]')).toHaveCount(6);
  await expect(guide.locator('[aria-current="step"]')).toHaveAttribute('data-step', 'sign-in');
  await expect(guide.getByTestId('guide-objection-text')).not.toBeEmpty();
  await expect(guide.getByRole('button', { name: 'Copy the text' })).toBeVisible();
  await expect(guide.getByRole('heading', { name: 'If the link does not work' })).toBeVisible();
  await expect(guide.getByRole('heading', { name: 'What next' })).toBeVisible();
  await guide.getByRole('button', { name: 'Open the page on Facebook' }).click();
  expect(await openedUrls(page)).toEqual(['https://www.facebook.com/help/contact/6359191084165019']);
  await expect(chip).toHaveText('Form opened, not sent yet');
  await expect(guide.locator('[aria-current="step"]')).toHaveAttribute('data-step', 'press-send');
  await guide.getByRole('button', { name: 'I sent it' }).click();
  await expect(guide).toHaveCount(0);
  await expect(chip).toHaveText('You said you sent it');
  await expect(marie).toContainText('Meta usually confirms by e-mail within a day. If nothing has come by 31 December 2026');
  // Sent and waiting for the answer: nothing is needed now.
  await expect(page.getByTestId('progress')).toContainText('Done: 1 of 1');

  await marie.getByRole('button', { name: 'I got Meta’s e-mail' }).click();
  // The person's word only: no e-mail file was given (see proof.spec.ts for the checked file).
  await expect(chip).toHaveText('Confirmed by Meta’s e-mail (you said so)');
  await expect(page.getByTestId('progress')).toContainText('Nothing needs you now.');

  // No one-click undo: "Mark as not done" is a quiet link, and it asks first.
  await expect(marie.locator('.card-cta')).toHaveCount(0);
  await marie.getByRole('button', { name: 'Mark as not done…' }).click();
  const ask = page.getByRole('dialog', { name: 'Mark “Marie” as not done?' });
  await expect(ask).toContainText('Its history and its proof are kept.');
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(chip).toHaveText('Confirmed by Meta’s e-mail (you said so)');
  await marie.getByRole('button', { name: 'Mark as not done…' }).click();
  await ask.getByRole('button', { name: 'Mark as not done' }).click();
  await expect(chip).toHaveText('Not filed yet');

  // Not applicable: the campaign's own reasons, nothing chosen until the person chooses.
  await marie.getByRole('button', { name: 'Not applicable…' }).click();
  const na = page.getByRole('dialog', { name: 'Does “Marie” not need an objection?' });
  // Meta's four reasons in catalog v3, and the person's own.
  await expect(na.getByRole('radio')).toHaveCount(5);
  for (const radio of await na.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await na.getByRole('button', { name: 'Mark as not applicable' }).click();
  await expect(na.getByText('Please choose a reason.')).toBeVisible();
  await na.getByRole('radio', { name: 'Another reason, in my words' }).check();
  await na.getByRole('button', { name: 'Mark as not applicable' }).click();
  await expect(na.getByText('Please write a short reason.')).toBeVisible();
  await na.getByLabel('The reason, in your words').fill('I never post anything');
  await na.getByRole('button', { name: 'Mark as not applicable' }).click();
  await expect(chip).toHaveText('Not applicable: I never post anything');
});

test('covered by its Accounts Center group; no answer after a month says what to do; a refusal is recorded', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, todayDocument());
  await expect(card(page, 'Marie (personal)').getByTestId('status')).toHaveText('Confirmed by Meta’s e-mail (you said so)');
  const covered = card(page, '@marie.photos');
  await expect(covered.getByTestId('status')).toHaveText('Covered by your Accounts Center group');
  await expect(covered).toContainText('The objection confirmed for “Marie (personal)” also covers this account.');

  const old = card(page, 'Marie (old account)');
  await expect(old.getByTestId('status')).toHaveText('No answer yet');
  await expect(old).toContainText('Sent on 12 October 2026, and Meta has not confirmed it within 30 days.');
  const followUp = old.getByTestId('card-follow-up');
  await expect(followUp).toContainText('What you can do');
  await expect(followUp).toContainText('complain to a data protection authority');
  await expect(followUp.getByRole('button', { name: 'Complain to a data protection authority…' })).toBeVisible();
  // The person notes "no answer" themselves, in the proof panel (proof.spec.ts): nothing is recorded for them.
  expect((await savedEvents(page)).some((event) => event.kind === 'no-answer')).toBe(false);

  await old.getByRole('button', { name: 'Meta refused or asked for more…' }).click();
  const refusal = page.getByRole('dialog', { name: 'What did Meta answer?' });
  await refusal.getByLabel('Their answer, in a few words').fill('They ask for a copy of my ID');
  await refusal.getByRole('button', { name: 'Record their answer' }).click();
  await expect(old.getByTestId('status')).toHaveText('Refused by Meta');
  await expect(old).toContainText('You noted on 1 December 2026: “They ask for a copy of my ID”.');
  await expect(followUp).toHaveAttribute('data-follow-up', 'refused');

  await covered.getByRole('button', { name: 'File anyway' }).click();
  await page
    .getByRole('dialog', { name: '@marie.photos on Instagram' })
    .getByRole('button', { name: 'Open the page on Instagram' })
    .click();
  expect(await openedUrls(page)).toEqual(['https://help.instagram.com/contact/233964459562201']);
  await expect(covered.getByTestId('status')).toHaveText('Covered by your Accounts Center group');
});

test('proof in the browser: one clear sentence, the day the e-mail came, and a picture of it kept as own proof', async ({
  page,
  webUrl,
}) => {
  await openChecklist(page, webUrl, todayDocument());
  const old = card(page, 'Marie (old account)');
  const toggle = old.getByRole('button', { name: 'Proof', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const proof = old.getByTestId('proof');
  await expect(proof.getByTestId('proof-none')).toHaveText(
    'No proof kept yet. In a browser, Objector cannot capture the page: add a screenshot or a PDF yourself, and keep the platform’s confirmation e-mail.',
  );
  await expect(proof.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
  // A form's files go through the confirmation e-mail's drop zone, not the setting's "Add a screenshot".
  await expect(proof.getByTestId('add-proof-file')).toHaveCount(0);

  // The day Meta's e-mail came: recorded as confirmed by e-mail on that day, on the person's word.
  await proof.getByLabel('The day Meta’s confirmation e-mail came').fill('2026-10-14');
  await proof.getByRole('button', { name: 'Note it' }).click();
  await expect(old.getByTestId('status')).toHaveText('Confirmed by Meta’s e-mail (you said so)');
  await expect(proof).toContainText('Confirmed by Meta’s e-mail of 14 October 2026.');

  // A picture of the e-mail: the app cannot read it, the person may keep it as their own proof.
  const chooser = page.waitForEvent('filechooser');
  await proof.locator('[data-action="pick-proof-file"]').click();
  await (await chooser).setFiles({ name: 'mail.png', mimeType: 'image/png', buffer: PNG_PIXEL });
  await expect(proof.getByTestId('proof-file-doubt')).toContainText('The app cannot read a PDF or a picture', { timeout: 20_000 });
  await proof.locator('[data-action="keep-proof-file"]').click();
  await expect(old.getByTestId('status')).toHaveText('Confirmed by Meta’s e-mail, your own file kept');
  await expect(proof.locator('.proof-list').getByRole('listitem')).toHaveCount(1);
});

test('a setting (LinkedIn, X) is worded as a setting, never as a form', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, todayDocument());
  const x = card(page, '@marie');
  await expect(x.getByTestId('status')).toHaveText('Not switched off yet');
  await expect(x).toContainText('The setting is on unless you switch it off.');
  await x.getByRole('button', { name: 'Not applicable…' }).click();
  // X's own reason, and the person's: Meta's under-18 rule is Meta's.
  const na = page.getByRole('dialog', { name: 'Does “@marie” not need an objection?' });
  await expect(na.getByRole('radio')).toHaveCount(2);
  await expect(na.getByRole('radio', { name: 'no posts and no conversations with Grok' })).toBeVisible();
  await expect(na.getByRole('radio', { name: 'Another reason, in my words' })).toBeVisible();
  await expect(na.getByRole('radio', { name: /18/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await x.getByRole('button', { name: 'Open the setting' }).click();
  const guide = page.getByRole('dialog', { name: '@marie on X' });
  await expect(guide.locator('[data-step]')).toHaveCount(4);
  await guide.getByRole('button', { name: 'Open the page on X' }).click();
  await expect(x.getByTestId('status')).toHaveText('Not switched off yet');
  await expect(x).toContainText('Switch the setting off on the platform’s page, then say so here.');
  await guide.getByRole('button', { name: 'Close' }).click();
  await x.getByRole('button', { name: 'I switched it off' }).click();
  await expect(x.getByTestId('status')).toHaveText('You switched it off on 1 December 2026');
  await expect(x.getByRole('button', { name: /e-mail|sent/i })).toHaveCount(0);

  // A screenshot of the setting as proof: checked by its first bytes, kept with its fingerprint.
  await x.getByRole('button', { name: 'Proof', exact: true }).click();
  const proof = x.getByTestId('proof');
  await expect(proof.getByTestId('email-drop')).toHaveCount(0);
  const refused = page.waitForEvent('filechooser');
  await proof.getByTestId('add-proof-file').click();
  await (await refused).setFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('just text, not a picture') });
  await expect(proof).toContainText('Only pictures (PNG, JPEG, WebP) and PDF files can be kept as proof.');
  await expect(proof.locator('.proof-list')).toHaveCount(0);
  const kept = page.waitForEvent('filechooser');
  await proof.getByTestId('add-proof-file').click();
  await (await kept).setFiles({ name: 'setting.png', mimeType: 'image/png', buffer: PNG_PIXEL });
  await expect(proof).toContainText('The file is kept as proof.');
  await expect(proof.locator('.proof-list').getByRole('listitem')).toHaveCount(1);
  await expect(proof).toContainText('Your own file');
});
