/** What reminder notifications say, in English and French, and where their click leads. */
import { describe, expect, it } from 'vitest';
import { reminderTarget, reminderText } from '@shared/tray/reminder-text';
import { dueReminders, type Reminder } from '@shared/domain/reminders';
import { loadMessages } from '@shared/i18n/load';
import { LOCALES } from '@shared/domain/types';
import { account, accountId, event, META, stateWith } from '../../support/domain-fixtures';
import { before, catalogOf } from './tray-fixtures';

const [en, fr] = await Promise.all([loadMessages('en'), loadMessages('fr')]);

const state = stateWith({ accounts: [account(1), account(2, { platform: 'instagram', label: '@marie', email: 'marie@example.org' })] });

function first(now: Date, s = state): Reminder {
  const [reminder] = dueReminders({ state: s, catalog: catalogOf(), now });
  if (reminder === undefined) throw new Error('no reminder due');
  return reminder;
}

describe('reminderText', () => {
  it('counts accounts and time left', () => {
    expect(reminderText(first(before(72)), state, en, 'en')).toEqual({
      title: 'Objection deadline: 3 days left',
      body: '2 accounts still to do, 3 days left',
    });
    expect(reminderText(first(before(72)), state, fr, 'fr').body).toBe('2 comptes à traiter, encore 3 jours');
  });

  it('names the one account left', () => {
    const one = stateWith({ accounts: [account(2, { platform: 'instagram', label: '@marie' })] });
    expect(reminderText(first(before(6), one), one, en, 'en').body).toBe('Instagram @marie is still to do, 6 hours left');
  });

  it('asks whether the company’s e-mail arrived for that account', () => {
    const sent = event(2, before(200).toISOString(), { kind: 'submitted', source: 'detected' });
    const s = stateWith({ accounts: [account(2, { platform: 'instagram', label: '@marie' })], events: [sent] });
    const reminder = dueReminders({ state: s, catalog: catalogOf(), now: before(198) }).find((r) => r.kind === 'check-email');
    if (reminder === undefined) throw new Error('no e-mail reminder');
    expect(reminderText(reminder, s, en, 'en')).toEqual({
      title: 'Check your e-mail',
      body: "Did Meta's e-mail arrive for Instagram @marie?",
    });
    expect(reminderText(reminder, s, fr, 'fr').body).toBe('L’e-mail de Meta est-il arrivé pour Instagram @marie\u202f?');
  });

  it('is honest after the deadline', () => {
    expect(reminderText(first(before(-2)), state, en, 'en').body).toContain('still protects what you post from now on');
  });
});

describe('reminderTarget', () => {
  it('opens the guide for one account, the checklist for several', () => {
    expect(reminderTarget(first(before(72)))).toEqual({ kind: 'checklist' });
    const one = stateWith({ accounts: [account(1)] });
    expect(reminderTarget(first(before(72), one))).toEqual({ kind: 'guide', accountId: accountId(1), campaignId: META });
  });
});

describe('every locale', () => {
  it('says no answer came for that account, and leads to the checklist, where what to do is', async () => {
    const { builtInCatalog } = await import('@shared/catalog/index');
    const sentAt = '2025-10-01T08:00:00.000Z';
    const s = stateWith({
      accounts: [account(2, { platform: 'facebook', label: 'Marie' })],
      events: [event(2, sentAt, { kind: 'submitted', source: 'person' })],
    });
    const now = new Date(Date.parse(sentAt) + 31 * 86_400_000);
    const reminder = dueReminders({ state: s, catalog: builtInCatalog(), now }).find((r) => r.kind === 'no-answer');
    if (reminder === undefined) throw new Error('no no-answer reminder');
    expect(reminderText(reminder, s, en, 'en')).toEqual({
      title: 'No answer yet',
      body: 'Meta has not answered the objection for Facebook Marie in the time it had. Open Objector to see what you can do.',
    });
    expect(reminderText(reminder, s, fr, 'fr').title).toBe('Toujours pas de réponse');
    expect(reminderTarget(reminder)).toEqual({ kind: 'checklist' });
    for (const locale of LOCALES) {
      const text = reminderText(reminder, s, await loadMessages(locale), locale);
      expect(text.body).toContain('Marie');
      expect(text.body).not.toMatch(/undefined|\{|\[object/);
    }
  });

  it.each(LOCALES)('has a complete text for every kind of reminder in %s', async (locale) => {
    const messages = await loadMessages(locale);
    const sent = event(2, before(200).toISOString(), { kind: 'submitted', source: 'person' });
    const cases: [Date, typeof state][] = [
      [before(72), state],
      [before(1), stateWith({ accounts: [account(1)] })],
      [before(-200), state],
      [before(199), stateWith({ accounts: [account(2, { email: 'a@example.org' })], events: [sent] })],
    ];
    for (const [now, s] of cases) {
      for (const reminder of dueReminders({ state: s, catalog: catalogOf(), now })) {
        const text = reminderText(reminder, s, messages, locale);
        for (const value of [text.title, text.body]) {
          expect(value.trim()).not.toBe('');
          expect(value).not.toMatch(/undefined|\{n\}|\[object/);
        }
      }
    }
  });
});
