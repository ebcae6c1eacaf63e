/** The tray's pure view: menu model, tooltip and title, for every state and every locale. */
import { describe, expect, it } from 'vitest';
import { buildTrayView, MAX_ACCOUNT_LINES, type TrayInput, type TrayMenuItem } from '@shared/tray/menu-model';
import { settingsPatchFor } from '@shared/tray/menu-actions';
import { buildCountdownView } from '@shared/domain/countdown-view';
import { loadMessages } from '@shared/i18n/load';
import { LOCALES, type AppState } from '@shared/domain/types';
import { DEFAULT_SETTINGS } from '@shared/domain/defaults';
import { account, accountId, event, META, stateWith } from '../../support/domain-fixtures';
import { before, campaign, catalogOf } from './tray-fixtures';

const en = await loadMessages('en');

const catalog = catalogOf();

function input(state: AppState, now: Date, overrides: Partial<TrayInput> = {}): TrayInput {
  return {
    countdown: buildCountdownView(campaign(), now, en, 'en'),
    state,
    catalog,
    campaignId: META,
    platform: 'win32',
    messages: en,
    now,
    ...overrides,
  };
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
      '2 days left',
      'Facebook Account 1: to do',
      'Instagram @marie: sent, check your e-mail',
      'Facebook Account 3: confirmed',
      'Open next form (Facebook Account 1)',
      'Open checklist',
      'Pause reminders',
      'For 1 day',
      'For 1 week',
      'Until I turn them back on',
      'Start at login',
      'Quit Objector',
    ]);
    expect(view.tooltip).toBe('Objector: 2 days left\n1 account still to do');
    expect(view.title).toBeNull();
    expect(view.menu[0]).toEqual({ kind: 'label', label: '2 days left' });
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

  it('hides "Open next form" when nothing needs action, and says all is done', () => {
    const done = stateWith({ accounts: [account(3)], events: [confirmed] });
    const view = buildTrayView(input(done, before(-10)));
    expect(view.icon).toBe('done');
    expect(labels(view.menu).some((label) => label.startsWith('Open next form'))).toBe(false);
    expect(view.tooltip).toContain('Every account is done');
  });

  it('is idle with no accounts, and says so', () => {
    const view = buildTrayView(input(stateWith({}), before(500), { platform: 'linux' }));
    expect(view.icon).toBe('idle');
    // Linux trays show no tooltip: the progress line is in the menu.
    expect(labels(view.menu).slice(0, 2)).toEqual(['20 days left', 'No accounts yet: add them in the checklist']);
  });

  it('shows the passed deadline and the countdown beside the icon on macOS', () => {
    const view = buildTrayView(input(three, before(-30), { platform: 'darwin' }));
    expect(view.icon).toBe('passed-todo');
    expect(view.title).toBe('deadline passed 30 hours ago');
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
    expect(menu.filter((item) => item.kind === 'action' && item.action.kind === 'open-guide')).toHaveLength(MAX_ACCOUNT_LINES + 1);
    expect(menu).toContainEqual({ kind: 'action', label: '…and 8 more', action: { kind: 'open-checklist' } });
  });

  it.each(LOCALES)('has every label translated in %s, in every state', async (locale) => {
    const messages = await loadMessages(locale);
    const states = [stateWith({}), three, stateWith({ accounts: [account(3)], events: [confirmed] })];
    for (const state of states) {
      for (const now of [before(500), before(50), before(1), before(-100)]) {
        for (const platform of ['linux', 'darwin', 'win32'] as const) {
          const view = buildTrayView(input(state, now, { messages, platform, countdown: null }));
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
