/**
 * Settings to keep switched ON (Tumblr, WordPress.com, Substack, Medium: `settingGoal: 'on'`) are
 * spoken of as such everywhere a setting's state is told outside the card: the tray menu, the
 * re-check reminders, the history, the complaint letter and the calendar; settings to switch off
 * (LinkedIn) keep their words. In every language, no "on" text may equal its "off" text.
 */
import { describe, expect, it } from 'vitest';
import { buildTrayView } from '@shared/tray/menu-model';
import { reminderText } from '@shared/tray/reminder-text';
import { dueReminders } from '@shared/domain/reminders';
import { accountTimeline } from '@shared/proof/timeline';
import { complaintText } from '@shared/proof/complaint';
import { datesAhead } from '@shared/proof/calendar';
import { authorityById } from '@shared/proof/authorities';
import { loadMessages } from '@shared/i18n/load';
import { LOCALES, type AppState } from '@shared/domain/types';
import { accountId, stateWith } from '../../support/domain-fixtures';
import { LINKEDIN, TODAY, catalogWith, days, on, step } from './campaign-fixtures';

const TUMBLR = 'tumblr-third-party-sharing';
const catalog = catalogWith();
const en = await loadMessages('en');

/** Tumblr (switch on) and LinkedIn (switch off), both switched as asked on `at`. */
function switched(at: Date): AppState {
  return stateWith({
    accounts: [on(1, 'tumblr', [TUMBLR], { label: 'Blog' }), on(2, 'linkedin', [LINKEDIN], { label: 'Work' })],
    events: [step(1, TUMBLR, at, { kind: 'submitted', source: 'person' }), step(2, LINKEDIN, at, { kind: 'submitted', source: 'person' })],
  });
}

const menuLabels = (state: AppState, now: Date): readonly string[] =>
  buildTrayView({ state, catalog, platform: 'linux', locale: 'en', messages: en, now }).menu.flatMap((item) =>
    'label' in item && typeof item.label === 'string' ? [item.label] : [],
  );

describe('a setting to switch on', () => {
  it('is "setting still off", then "switched on", then "check it is still on" in the tray menu', () => {
    const todo = stateWith({ accounts: [on(1, 'tumblr', [TUMBLR], { label: 'Blog' })] });
    expect(menuLabels(todo, TODAY)).toContain('Tumblr Blog: setting still off');
    expect(menuLabels(switched(TODAY), TODAY)).toContain('Tumblr Blog: switched on');
    expect(menuLabels(switched(TODAY), TODAY)).toContain('LinkedIn Work: switched off');
    const later = days(TODAY, 91);
    expect(menuLabels(switched(TODAY), later)).toContain('Tumblr Blog: check it is still on');
    expect(menuLabels(switched(TODAY), later)).toContain('LinkedIn Work: check it is still off');
  });

  it('gets a re-check reminder asking whether it is still on', () => {
    const state = stateWith({
      accounts: [on(1, 'tumblr', [TUMBLR], { label: 'Blog' })],
      events: [step(1, TUMBLR, TODAY, { kind: 'submitted', source: 'person' })],
    });
    const now = days(TODAY, 91);
    const [nudge] = dueReminders({ state, catalog, now });
    if (nudge?.kind !== 'nudge') throw new Error('no re-check nudge');
    const text = reminderText(nudge, state, { catalog, locale: 'en', messages: en });
    expect(text.title).toBe('Check that the setting is still on');
    expect(text.body).toMatch(/^Tumblr Blog: platforms sometimes switch “.+” back off\. One click records a fresh check\.$/);

    // Named among several, the line says "on" too; LinkedIn's says "off".
    const both = switched(TODAY);
    const [several] = dueReminders({ state: both, catalog, now });
    if (several?.kind !== 'nudge') throw new Error('no nudge');
    expect(reminderText(several, both, { catalog, locale: 'en', messages: en }).body.split('\n')).toEqual([
      'LinkedIn Work: check the setting is still off',
      'Tumblr Blog: check the setting is still on',
    ]);
  });

  it('is "switched on" and "still switched on" in the history, and in the complaint letter', () => {
    const state: AppState = {
      ...switched(days(TODAY, -100)),
      events: [
        ...switched(days(TODAY, -100)).events,
        step(1, TUMBLR, days(TODAY, -5), { kind: 'rechecked', source: 'person' }),
        step(2, LINKEDIN, days(TODAY, -5), { kind: 'rechecked', source: 'person' }),
      ],
    };
    const words = (accountN: number, campaignId: string) =>
      accountTimeline(state, accountId(accountN), campaignId, catalog, en, 'en').map((line) => line.text);
    expect(words(1, TUMBLR)).toEqual(['Setting switched on', 'Checked again: still switched on']);
    expect(words(2, LINKEDIN)).toEqual(['Setting switched off', 'Checked again: still switched off']);

    const authority = authorityById('ie-dpc');
    if (authority === undefined) throw new Error('no Irish DPC');
    const letter = (accountN: number, campaignId: string) =>
      complaintText({
        state,
        catalog,
        accountId: accountId(accountN),
        campaignId,
        authority,
        now: TODAY,
        t: en,
        locale: 'en',
        zone: 'Europe/Dublin',
      }) ?? '';
    expect(letter(1, TUMBLR)).toContain(', I switched on the setting Automattic offers');
    expect(letter(2, LINKEDIN)).toContain(', I switched off the setting LinkedIn offers');
  });

  it('asks in the calendar whether it is still on', () => {
    const dates = datesAhead(switched(TODAY), catalog, TODAY, 'en').filter((date) => date.kind === 'recheck');
    expect(dates.map((date) => date.summary)).toEqual([
      'Is the Tumblr setting still on? (Blog)',
      'Is the LinkedIn setting still off? (Work)',
    ]);
    expect(dates[0]?.description).toContain('check that it is still on');
  });
});

describe.each(LOCALES)('%s', (locale) => {
  it('has "on" words that differ from the "off" words', async () => {
    const t = await loadMessages(locale);
    const pairs: readonly (readonly [string, string])[] = [
      [t.tray.standing.settingToDoOn, t.tray.standing.settingToDo],
      [t.tray.standing.settingOn, t.tray.standing.settingOff],
      [t.tray.standing.settingRecheckOn, t.tray.standing.settingRecheck],
      [t.notifications.recheckTitleOn, t.notifications.recheckTitle],
      [t.notifications.recheckBodyOn({ account: 'A', setting: 'S' }), t.notifications.recheckBody({ account: 'A', setting: 'S' })],
      [t.notifications.item.recheckOn({ account: 'A' }), t.notifications.item.recheck({ account: 'A' })],
      [t.proof.stepSwitchedOn, t.proof.stepSwitchedOff],
      [t.proof.stepRecheckedOn, t.proof.stepRechecked],
      [t.calendar.recheckSummaryOn({ platform: 'P', label: 'L' }), t.calendar.recheckSummary({ platform: 'P', label: 'L' })],
    ];
    for (const [onWords, offWords] of pairs) {
      expect(onWords).not.toBe('');
      expect(onWords).not.toBe(offWords);
    }
  });
});
