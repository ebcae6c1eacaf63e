/**
 * Proof and follow-up in the browser backend: the confirmation e-mail dropped on a card becomes
 * checked proof (kept in IndexedDB), a complaint is written, edited and copied, and the calendar
 * file downloads and parses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, test } from '../support/browser-fixtures';
import { card, openChecklist } from './checklist-helpers';
import { CAMPAIGN, emptyDocument, seedId } from './seed';

const DAY = 86_400_000;
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

/** Jean (Facebook) sent five days ago; Marie (Facebook) sent forty days ago, no answer since. */
function followUpDocument() {
  const account = (n: number, label: string) => ({
    id: seedId(n),
    platform: 'facebook',
    label,
    email: null,
    groupId: null,
    campaignIds: [CAMPAIGN],
    createdAt: ago(60),
  });
  const sent = (n: number, accountN: number, at: string) => ({
    id: seedId(1000 + n),
    accountId: seedId(accountN),
    campaignId: CAMPAIGN,
    kind: 'submitted',
    source: 'person',
    at,
  });
  return { ...emptyDocument(), accounts: [account(1, 'Jean'), account(2, 'Marie')], events: [sent(1, 1, ago(5)), sent(2, 2, ago(40))] };
}

/** Drops a file on `selector` as a person dragging it from their file manager would. */
async function dropFile(page: Page, selector: string, name: string, bytes: Buffer): Promise<void> {
  await page.locator(selector).evaluate(
    (element, [fileName, data]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: 'message/rfc822' }));
      element.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [name, [...bytes]] as const,
  );
}

const email = (name: string): Buffer => readFileSync(join(import.meta.dirname, '../fixtures/email', name));

test('an .eml dropped on a card is checked proof: the stronger confidence shows, the file is kept', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, followUpDocument());
  const jean = card(page, 'Jean');
  await expect(jean.getByTestId('status')).toHaveText('You said you sent it');
  await dropFile(page, `[data-account-id="${seedId(1)}"]`, 'objection.eml', email('plain-en.eml'));
  // The first file loads the MIME parser: give it time on a busy machine.
  await expect(jean.getByTestId('proof-file-ok')).toContainText('Confirmed by Meta’s e-mail, file checked', { timeout: 20_000 });
  await expect(jean.getByTestId('status')).toHaveText('Confirmed by Meta’s e-mail, file checked');
  await jean.locator('[data-action="proof"]').click();
  await expect(jean.getByTestId('proof')).toContainText('E-mail checked by the app');
  await expect(jean.getByTestId('history')).toContainText('Confirmed by Meta’s e-mail');

  // The same after a reload: the record is in the saved state, the file in IndexedDB.
  await page.reload();
  await expect(card(page, 'Jean').getByTestId('status')).toHaveText('Confirmed by Meta’s e-mail, file checked');
});

test('a look-alike sender changes nothing unless the person keeps the file as their own proof', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, followUpDocument());
  const jean = card(page, 'Jean');
  await dropFile(page, `[data-account-id="${seedId(1)}"]`, 'fake.eml', email('lookalike-sender.eml'));
  await expect(jean.getByTestId('proof-file-doubt')).toContainText('facebookmail.com.evil.example', { timeout: 20_000 });
  await expect(jean.getByTestId('status')).toHaveText('You said you sent it');
  await jean.locator('[data-action="keep-proof-file"]').click();
  await expect(jean.getByTestId('status')).toHaveText('Confirmed by Meta’s e-mail, your own file kept');
});

test('write, edit and copy a complaint, then record that it was sent', async ({ page, webUrl, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webUrl });
  await openChecklist(page, webUrl, followUpDocument());
  const marie = card(page, 'Marie');
  await marie.locator('[data-action="proof"]').click();
  await marie.locator('[data-action="complain"]').click();
  const dialog = page.getByTestId('complaint-dialog');
  await dialog.getByTestId('complaint-country').selectOption('FR');
  await expect(dialog.getByText('Commission nationale de l’informatique et des libertés (CNIL): your country’s authority')).toBeVisible();
  const text = dialog.getByTestId('complaint-text');
  await expect(text).toHaveValue(/To: Data Protection Commission/);
  await expect(text).toHaveValue(/Article 12\(3\) GDPR/);
  await expect(text).toHaveValue(/https:\/\/www\.facebook\.com\/help\/contact\/6359191084165019/);
  await text.fill(`${await text.inputValue()}\nI live in Lyon.`);
  await dialog.locator('[data-action="copy-complaint"]').click();
  await expect(dialog.getByText('Copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('To: Data Protection Commission');
  expect(copied).toMatch(/I live in Lyon\.$/);
  await expect(dialog.locator('[data-action="open-authority"]')).toHaveAttribute('href', 'https://forms.dataprotection.ie/contact');
  await dialog.locator('[data-action="save-complaint"]').click();
  await expect(dialog.getByText('Saved with your proof: it will be in the proof pack.')).toBeVisible();
  await dialog.locator('[data-action="complaint-sent"]').click();
  await expect(marie.getByTestId('history')).toContainText('Complaint sent to Data Protection Commission');
  const saved = await page.evaluate(() => window.localStorage.getItem('objector.state') ?? '{}');
  expect((JSON.parse(saved) as { settings: { country: string } }).settings.country).toBe('FR');
});

test('a month without answer shows the follow-up: "No answer yet", what to do, and the step recorded', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, followUpDocument());
  const jean = card(page, 'Jean');
  await jean.locator('[data-action="proof"]').click();
  // Five days after sending, Meta still has time.
  await expect(jean.getByTestId('follow-up')).toHaveAttribute('data-follow-up', 'waiting');
  await expect(jean.getByTestId('follow-up')).toContainText('Meta has until');
  await expect(jean.getByTestId('no-answer')).toHaveCount(0);

  const marie = card(page, 'Marie');
  // The card itself says so, with what can be done and the complaint one click away.
  await expect(marie.getByTestId('status')).toHaveText('No answer yet');
  await expect(marie.getByTestId('card-follow-up')).toContainText('What you can do');
  await expect(marie.getByTestId('card-follow-up').locator('[data-action="complain"]')).toBeVisible();
  await expect(jean.getByTestId('card-follow-up')).toHaveCount(0);
  await marie.locator('[data-action="proof"]').click();
  // The proof panel holds the rest; the card's short version steps aside.
  await expect(marie.getByTestId('card-follow-up')).toHaveCount(0);
  const notice = marie.getByTestId('no-answer');
  await expect(notice).toContainText('No answer yet');
  await expect(notice).toContainText('Look once more in your mailbox, spam folder included, for an e-mail from Meta');
  await marie.locator('[data-action="record-no-answer"]').click();
  await expect(marie.getByTestId('history')).toContainText('No answer by the end of the waiting time');
  await expect(notice).toContainText('You noted that no answer came');
  await expect(marie.locator('[data-action="record-no-answer"]')).toHaveCount(0);

  // A recorded step: it is in the saved state.
  const saved = await page.evaluate(() => window.localStorage.getItem('objector.state') ?? '{}');
  const events = (JSON.parse(saved) as { events: { kind: string; accountId: string }[] }).events;
  expect(events.filter((event) => event.kind === 'no-answer').map((event) => event.accountId)).toEqual([seedId(2)]);
});

test('record the platform’s refusal: it shows in the history', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, followUpDocument());
  const marie = card(page, 'Marie');
  await marie.locator('[data-action="proof"]').click();
  await marie.locator('[data-action="record-refusal"]').click();
  await page.getByLabel('Their answer, in a few words').fill('They asked for a copy of my ID');
  await page.getByRole('button', { name: 'Record their answer' }).click();
  await expect(marie.getByTestId('history')).toContainText('Meta refused or asked for more: “They asked for a copy of my ID”');
  await expect(marie.getByTestId('follow-up')).toHaveAttribute('data-follow-up', 'refused');
  await expect(marie.getByTestId('no-answer')).toHaveCount(0);
});

test('export the calendar file: it downloads and parses, one event per date ahead', async ({ page, webUrl }) => {
  await openChecklist(page, webUrl, followUpDocument());
  const download = page.waitForEvent('download');
  await page.locator('[data-action="calendar"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('objector-dates.ics');
  const text = readFileSync(await file.path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  expect(events.map((event) => event.summary)).toEqual(['Has Meta answered? (Jean)']);
  expect(events[0]?.uid).toBe(`follow-up-${seedId(1)}-${CAMPAIGN}@objector.invalid`);
  await expect(page.getByText(/Calendar file downloaded: objector-dates\.ics/)).toBeVisible();
});
