/** The tray's pure view: menu model, tooltip and title, for every state and every locale. */
import { describe, expect, it } from 'vitest';
import { buildTrayView, MAX_ACCOUNT_LINES, type TrayInput, type TrayMenuItem } from '@shared/tray/menu-model';
import { settingsPatchFor } from '@shared/tray/menu-actions';
import { loadMessages } from '@shared/i18n/load';
import { LOCALES, type AppState } from '@shared/domain/types';
import { DEFAULT_SETTINGS } from '@shared/domain/defaults';
import { account, accountId, event, META, stateWith } from '../../support/domain-fixtures';
import { before, catalogOf } from './tray-fixtures';
import { LINKEDIN, TODAY, WAVE, X, catalogWith, days, on, step } from './campaign-fixtures';

const en = await loadMessages('en');

const catalog = catalogOf();

function input(state: AppState, now: Date, overrides: Partial<TrayInput> = {}): TrayInput {
  return { state, catalog, platform: 'win32', locale: 'en', messages: en, now, ...overrides };
}

const labels = (items: readonly TrayMenuItem[]): string[] =>
  items.flatMap((item) => (item.kind === 'separator' ? [] : item.kind === 'submenu' ? [item.label, ...labels(item.items)] : [item.label]));

const sent = event(2, before(100).toISOString(), { kind: 'submitted', source: 'person' });
const confirmed = event(3, before(100).toISOString(), { kind: 'confirmed-on-page', url: 'https://www.facebook.com/' });
const three = stateWith({
  accounts: [account(1), account(2, { platform: 'instagram', label: '@marie' }), account(3)],
  events: [sent, confirmed],
});

describe('buildTrayView', () => {
  it('shows the countdown, one line per account, the next form, and the fixed commands', () => {
    const view = buildTrayView(input(three, before(50)));
    expect(view.icon).toBe('due-soon');
    expect(labels(view.menu)).toEqual([
      'Test campaign: 2 days left',
      'Facebook Account 1: to do',
      'Instagram @marie: sent, waiting for the answer',
      'Facebook Account 3: confirmed',
      'Next to do: Facebook Account 1',
      'Open checklist',
      'Pause reminders',
      'For 1 day',
      'For 1 week',
      'Until I turn them back on',
      'Start at login',
      'Quit Objector',
    ]);
    expect(view.tooltip).toBe('Objector: Test campaign: 2 days left\n1 account still to do');
    expect(view.title).toBeNull();
    expect(view.menu[0]).toEqual({ kind: 'label', label: 'Test campaign: 2 days left' });
  });

  it('opens the guide on an unfinished account, not on a finished one', () => {
    const menu = buildTrayView(input(three, before(50))).menu;
    const line = (text: string) => menu.find((item) => item.kind !== 'separator' && item.label.startsWith(text));
    expect(line('Facebook Account 1')).toMatchObject({
      kind: 'action',
      action: { kind: 'open-guide', accountId: accountId(1), campaignId: META },
    });
    expect(line('Instagram')).toMatchObject({ kind: 'action', action: { kind: 'open-guide', accountId: accountId(2) } });
    expect(line('Facebook Account 3')).toEqual({ kind: 'label', label: 'Facebook Account 3: confirmed' });
  });

  it('hides "Next to do" when nothing needs action, and says all is done', () => {
    const done = stateWith({ accounts: [account(3)], events: [confirmed] });
    const view = buildTrayView(input(done, before(-10)));
    expect(view.icon).toBe('done');
    expect(labels(view.menu).some((label) => label.startsWith('Next to do'))).toBe(false);
    expect(view.tooltip).toBe('Objector: Every account is done');
  });

  it('is idle with no accounts, says so, and counts down to nothing', () => {
    const view = buildTrayView(input(stateWith({}), before(500), { platform: 'linux' }));
    expect(view.icon).toBe('idle');
    expect(labels(view.menu)[0]).toBe('No accounts yet: add them in the checklist');
  });

  it('on Linux (no tooltip) puts the second line in the menu', () => {
    const view = buildTrayView(input(three, before(500), { platform: 'linux' }));
    expect(labels(view.menu).slice(0, 2)).toEqual(['Test campaign: 20 days left', '1 account still to do']);
  });

  it('after the date: no countdown, what is left instead, and a short count beside the icon on macOS', () => {
    const view = buildTrayView(input(three, before(-30), { platform: 'darwin' }));
    expect(view.icon).toBe('passed-todo');
    expect(labels(view.menu)[0]).toBe('1 account still to do');
    expect(view.title).toBe('1 to do');
  });

  it('offers "Resume reminders" while paused or off, and reflects start at login', () => {
    const paused = { ...three, settings: { ...DEFAULT_SETTINGS, remindersPausedUntil: 'forever', startAtLogin: true } };
    const menu = buildTrayView(input(paused, before(50))).menu;
    expect(menu).toContainEqual({ kind: 'action', label: 'Resume reminders', action: { kind: 'resume-reminders' } });
    expect(menu).toContainEqual({
      kind: 'checkbox',
      label: 'Start at login',
      checked: true,
      action: { kind: 'set-start-at-login', value: false },
    });
    const expired = { ...three, settings: { ...DEFAULT_SETTINGS, remindersPausedUntil: before(60).toISOString() } };
    expect(labels(buildTrayView(input(expired, before(50))).menu)).toContain('Pause reminders');
  });

  it('caps the account lines and links the rest to the checklist', () => {
    const many = stateWith({ accounts: Array.from({ length: 20 }, (_, i) => account(i + 1)) });
    const menu = buildTrayView(input(many, before(50))).menu;
    // One line per account shown, plus "Next to do".
    expect(menu.filter((item) => item.kind === 'action' && item.action.kind === 'open-guide')).toHaveLength(MAX_ACCOUNT_LINES + 1);
    expect(menu).toContainEqual({ kind: 'action', label: '…and 8 more', action: { kind: 'open-checklist' } });
  });

  it.each(LOCALES)('has every label translated in %s, in every state', async (locale) => {
    const messages = await loadMessages(locale);
    const states = [stateWith({}), three, stateWith({ accounts: [account(3)], events: [confirmed] })];
    for (const state of states) {
      for (const now of [before(500), before(50), before(1), before(-100)]) {
        for (const platform of ['linux', 'darwin', 'win32'] as const) {
          const view = buildTrayView(input(state, now, { messages, locale, platform }));
          for (const label of [...labels(view.menu), view.tooltip]) {
            expect(label.trim()).not.toBe('');
            expect(label).not.toMatch(/undefined|\[object|\{n\}/);
          }
        }
      }
    }
  });
});

describe('settingsPatchFor', () => {
  const now = new Date('2025-05-20T10:00:00Z');
  it('pauses for a day, a week, or until turned back on; resumes; toggles start at login', () => {
    expect(settingsPatchFor({ kind: 'pause-reminders', duration: 'day' }, now)).toEqual({
      remindersPausedUntil: '2025-05-21T10:00:00.000Z',
    });
    expect(settingsPatchFor({ kind: 'pause-reminders', duration: 'week' }, now)).toEqual({
      remindersPausedUntil: '2025-05-27T10:00:00.000Z',
    });
    expect(settingsPatchFor({ kind: 'pause-reminders', duration: 'forever' }, now)).toEqual({ remindersPausedUntil: 'forever' });
    expect(settingsPatchFor({ kind: 'resume-reminders' }, now)).toEqual({ remindersEnabled: true, remindersPausedUntil: null });
    expect(settingsPatchFor({ kind: 'set-start-at-login', value: true }, now)).toEqual({ startAtLogin: true });
    expect(settingsPatchFor({ kind: 'quit' }, now)).toBeNull();
  });
});

describe('the tray across campaigns', () => {
  const real = catalogWith();
  const today = (state: AppState, overrides: Partial<TrayInput> = {}) =>
    buildTrayView({ state, catalog: real, platform: 'win32', locale: 'en', messages: en, now: TODAY, ...overrides });
  const everyone = stateWith({
    accounts: [
      on(1, 'facebook', [META]),
      on(2, 'facebook', [META]),
      on(3, 'instagram', [META]),
      on(4, 'linkedin', [LINKEDIN]),
      on(5, 'x', [X]),
    ],
    events: [step(4, LINKEDIN, days(TODAY, -3), { kind: 'submitted', source: 'person' })],
  });

  it('today: no date ahead, so the first line says what is left, and every campaign has its lines', () => {
    const view = today(everyone);
    expect(view.icon).toBe('passed-todo');
    expect(view.tooltip).toBe('Objector: 4 accounts still to do');
    expect(labels(view.menu).slice(0, 6)).toEqual([
      '4 accounts still to do',
      'Facebook facebook 1: to do',
      'Facebook facebook 2: to do',
      'Instagram instagram 3: to do',
      'LinkedIn linkedin 4: switched off',
      'X x 5: setting still on',
    ]);
  });

  it('counts down only to the nearest date ahead of a campaign with something left', () => {
    const catalog = catalogWith({ [LINKEDIN]: days(TODAY, 12), [X]: days(TODAY, 5) });
    // X's date is nearer, but X is finished, and so is LinkedIn: no countdown.
    const xDone = { ...everyone, events: [...everyone.events, step(5, X, days(TODAY, -1), { kind: 'submitted', source: 'person' })] };
    expect(today(xDone, { catalog }).menu[0]).toEqual({ kind: 'label', label: '3 accounts still to do' });
    // LinkedIn not switched off yet: its date is the nearest ahead with something left.
    const linkedinLeft = { ...xDone, events: xDone.events.filter((event) => event.campaignId !== LINKEDIN) };
    const view = today(linkedinLeft, { catalog, platform: 'darwin' });
    expect(view.menu[0]).toEqual({ kind: 'label', label: 'LinkedIn generative AI training (2025): 12 days left' });
    expect(view.title).toBe('12 days left');
    expect(view.tooltip).toBe('Objector: LinkedIn generative AI training (2025): 12 days left\n4 accounts still to do');
  });

  it('says all is done with the next re-check, or that answers are awaited', () => {
    const off = stateWith({
      accounts: [on(4, 'linkedin', [LINKEDIN])],
      events: [step(4, LINKEDIN, days(TODAY, -10), { kind: 'submitted', source: 'person' })],
    });
    expect(today(off).tooltip).toBe(
      `Objector: All done, next re-check on ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(days(TODAY, 80))}`,
    );
    expect(today(off).icon).toBe('done');
    const waiting = stateWith({
      accounts: [on(1, 'facebook', [META])],
      events: [step(1, META, days(TODAY, -2), { kind: 'submitted', source: 'person' })],
    });
    expect(today(waiting).tooltip).toBe('Objector: Nothing to do now: waiting for 1 answer');
  });

  it('names the campaign on the lines of an account that takes part in several', () => {
    const catalog = catalogWith({}, days(TODAY, 30));
    const both = stateWith({ accounts: [on(1, 'facebook', [META, WAVE])] });
    const menu = labels(today(both, { catalog }).menu);
    expect(menu).toContain('Facebook facebook 1 (Meta AI training (EU, 2025)): to do');
    expect(menu).toContain('Facebook facebook 1 (Meta wave 2): to do');
    expect(menu[0]).toBe('Meta wave 2: 30 days left');
  });

  it('opens the guide on the campaign of the line, and on a re-check due', () => {
    const due = stateWith({
      accounts: [on(4, 'linkedin', [LINKEDIN])],
      events: [step(4, LINKEDIN, days(TODAY, -100), { kind: 'submitted', source: 'person' })],
    });
    const view = today(due);
    expect(view.menu).toContainEqual({
      kind: 'action',
      label: 'LinkedIn linkedin 4: check it is still off',
      action: { kind: 'open-guide', accountId: accountId(4), campaignId: LINKEDIN },
    });
    expect(view.tooltip).toBe('Objector: 1 account still to do');
  });
});
