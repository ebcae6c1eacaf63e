/** What reminder notifications say, in English and French, across campaigns, and where their click leads. */
import { describe, expect, it } from 'vitest';
import { reminderTarget, reminderText, type ReminderWords } from '@shared/tray/reminder-text';
import { dueReminders, type Reminder } from '@shared/domain/reminders';
import { loadMessages } from '@shared/i18n/load';
import { LOCALES, type AppState, type Catalog } from '@shared/domain/types';
import { account, accountId, event, META, stateWith } from '../../support/domain-fixtures';
import { before, catalogOf } from './tray-fixtures';
import { LINKEDIN, TODAY, X, catalogWith, days, on, step } from './campaign-fixtures';

const [en, fr] = await Promise.all([loadMessages('en'), loadMessages('fr')]);

const state = stateWith({ accounts: [account(1), account(2, { platform: 'instagram', label: '@marie', email: 'marie@example.org' })] });
const english = (catalog: Catalog = catalogOf()): ReminderWords => ({ catalog, locale: 'en', messages: en });
const french = (catalog: Catalog = catalogOf()): ReminderWords => ({ catalog, locale: 'fr', messages: fr });

function first(now: Date, s: AppState = state, catalog: Catalog = catalogOf()): Reminder {
  const [reminder] = dueReminders({ state: s, catalog, now });
  if (reminder === undefined) throw new Error('no reminder due');
  return reminder;
}

describe('reminderText', () => {
  it('names the campaign, counts accounts and time left', () => {
    expect(reminderText(first(before(72)), state, english())).toEqual({
      title: 'Test campaign: 3 days left',
      body: '2 accounts still to do, 3 days left',
    });
    expect(reminderText(first(before(72)), state, french()).body).toBe('2 comptes à traiter, encore 3 jours');
  });

  it('names the one account left', () => {
    const one = stateWith({ accounts: [account(2, { platform: 'instagram', label: '@marie' })] });
    expect(reminderText(first(before(6), one), one, english()).body).toBe('Instagram @marie is still to do, 6 hours left');
  });

  it('asks whether the company’s e-mail arrived for that account', () => {
    const sent = event(2, before(200).toISOString(), { kind: 'submitted', source: 'detected' });
    const s = stateWith({ accounts: [account(2, { platform: 'instagram', label: '@marie' })], events: [sent] });
    const reminder = dueReminders({ state: s, catalog: catalogOf(), now: before(198) }).find((r) => r.kind === 'check-email');
    if (reminder === undefined) throw new Error('no e-mail reminder');
    expect(reminderText(reminder, s, english())).toEqual({
      title: 'Check your e-mail',
      body: "Did Meta's e-mail arrive for Instagram @marie?",
    });
    expect(reminderText(reminder, s, french()).body).toMatch(/^L’e-mail de Meta est-il arrivé pour Instagram @marie/);
  });

  it('after the date, says honestly what objecting still does (the catalog’s words)', () => {
    const one = stateWith({ accounts: [account(1)] });
    expect(reminderText(first(before(-2), one), one, english())).toEqual({
      title: 'Still to do: Facebook Account 1',
      body: 'Test campaign. Still useful',
    });
  });

  it('one nudge names several things across campaigns, one line each', () => {
    const real = catalogWith();
    const s = stateWith({
      accounts: [on(1, 'facebook', [META]), on(3, 'linkedin', [LINKEDIN]), on(4, 'x', [X])],
      events: [
        step(1, META, days(TODAY, -45), { kind: 'submitted', source: 'person' }),
        step(3, LINKEDIN, days(TODAY, -100), { kind: 'submitted', source: 'person' }),
      ],
    });
    const text = reminderText(first(TODAY, s, real), s, english(real));
    expect(text).toEqual({
      title: 'Objector: 3 things need you',
      body: ['Facebook facebook 1: no answer yet', 'LinkedIn linkedin 3: check the setting is still off', 'X x 4: still to do'].join('\n'),
    });
  });

  it('a nudge about one re-check says which setting to check, in the platform’s words', () => {
    const real = catalogWith();
    const s = stateWith({
      accounts: [on(3, 'linkedin', [LINKEDIN])],
      events: [step(3, LINKEDIN, days(TODAY, -100), { kind: 'submitted', source: 'person' })],
    });
    const text = reminderText(first(TODAY, s, real), s, english(real));
    expect(text.title).toBe('Check that the setting is still off');
    expect(text.body).toMatch(/^LinkedIn linkedin 3: platforms sometimes switch “.+” back on\. One click records a fresh check\.$/);
  });

  it('a nudge about one follow-up names the company and the account, and leads to the checklist', () => {
    const real = catalogWith();
    const s = stateWith({
      accounts: [on(1, 'facebook', [META])],
      events: [step(1, META, new Date('2026-10-01T10:00:00Z'), { kind: 'submitted', source: 'person' })],
    });
    expect(reminderText(first(TODAY, s, real), s, english(real))).toEqual({
      title: 'No answer yet',
      body: 'Meta has not answered the objection for Facebook facebook 1 in the time it had. Open Objector to see what you can do.',
    });
    expect(reminderTarget(first(TODAY, s, real))).toEqual({ kind: 'checklist' });
  });
});

describe('reminderTarget', () => {
  it('opens the guide for one account, the checklist for several', () => {
    expect(reminderTarget(first(before(72)))).toEqual({ kind: 'checklist' });
    const one = stateWith({ accounts: [account(1)] });
    expect(reminderTarget(first(before(72), one))).toEqual({ kind: 'guide', accountId: accountId(1), campaignId: META });
    expect(reminderTarget(first(before(-72), one))).toEqual({ kind: 'guide', accountId: accountId(1), campaignId: META });
    expect(reminderTarget(first(before(-72)))).toEqual({ kind: 'checklist' });
  });
});

describe('every locale', () => {
  it('says no answer came for that account, and leads to the checklist, where what to do is', async () => {
    const { builtInCatalog } = await import('@shared/catalog/index');
    const catalog = builtInCatalog();
    const sentAt = '2025-10-01T08:00:00.000Z';
    const s = stateWith({
      accounts: [account(2, { platform: 'facebook', label: 'Marie' })],
      events: [event(2, sentAt, { kind: 'submitted', source: 'person' })],
    });
    const now = new Date(Date.parse(sentAt) + 31 * 86_400_000);
    const reminder = dueReminders({ state: s, catalog, now }).find((r) => r.kind === 'nudge');
    if (reminder?.kind !== 'nudge' || reminder.items.length !== 1) throw new Error('no nudge about the one answer missing');
    expect(reminderText(reminder, s, english(catalog))).toEqual({
      title: 'No answer yet',
      body: 'Meta has not answered the objection for Facebook Marie in the time it had. Open Objector to see what you can do.',
    });
    expect(reminderText(reminder, s, french(catalog)).title).toBe('Toujours pas de réponse');
    expect(reminderTarget(reminder)).toEqual({ kind: 'checklist' });
    for (const locale of LOCALES) {
      const text = reminderText(reminder, s, { catalog, locale, messages: await loadMessages(locale) });
      expect(text.body).toContain('Marie');
      expect(text.body).not.toMatch(/undefined|\{|\[object/);
    }
  });

  it.each(LOCALES)('has a complete text for every kind of reminder in %s', async (locale) => {
    const messages = await loadMessages(locale);
    const real = catalogWith();
    const sent = event(2, before(200).toISOString(), { kind: 'submitted', source: 'person' });
    const busy = stateWith({
      accounts: [
        on(1, 'facebook', [META]),
        on(2, 'instagram', [META]),
        on(3, 'linkedin', [LINKEDIN]),
        on(4, 'x', [X]),
        on(6, 'facebook', [META]),
      ],
      events: [
        step(2, META, days(TODAY, -45), { kind: 'submitted', source: 'person' }),
        step(3, LINKEDIN, days(TODAY, -100), { kind: 'submitted', source: 'person' }),
        step(6, META, days(TODAY, -3), { kind: 'submitted', source: 'person' }),
        step(6, META, days(TODAY, -1), { kind: 'platform-refused', note: 'no' }),
      ],
    });
    const cases: [Date, AppState, Catalog][] = [
      [before(72), state, catalogOf()],
      [before(1), stateWith({ accounts: [account(1)] }), catalogOf()],
      [before(-200), state, catalogOf()],
      [before(199), stateWith({ accounts: [account(2, { email: 'a@example.org' })], events: [sent] }), catalogOf()],
      [TODAY, busy, real],
      ...busy.accounts.map((one): [Date, AppState, Catalog] => [TODAY, { ...busy, accounts: [one] }, real]),
    ];
    let seen = 0;
    for (const [now, s, catalog] of cases) {
      for (const reminder of dueReminders({ state: s, catalog, now })) {
        seen += 1;
        const text = reminderText(reminder, s, { catalog, locale, messages });
        for (const value of [text.title, text.body]) {
          expect(value.trim()).not.toBe('');
          expect(value).not.toMatch(/undefined|\{n\}|\{\w+\}|\[object/);
        }
      }
    }
    expect(seen).toBeGreaterThan(8);
  });
});
