/** Reminders in main: shown through the Notifier, routed on click, persisted, never repeated. */
import { beforeEach, describe, expect, it } from 'vitest';
import { appMock, FakeNotification, resetElectronMock } from '../../support/electron-mock';
import { setupReminders } from '../../../src/main/notifications/setup-reminders';
import { electronNotifier } from '../../../src/main/notifications/electron-notifier';
import { nodeNotifier, type NotifyFunction } from '../../../src/main/notifications/node-notifier-adapter';
import { createNotifier } from '../../../src/main/notifications/create-notifier';
import type { AppState } from '@shared/domain/types';
import { account, accountId, event, META, stateWith } from '../../support/domain-fixtures';
import { before } from '../shared/tray-fixtures';
import { english, harness } from './tray-harness';

const HOUR = 3_600_000;

function run(now: Date, initial: AppState) {
  const h = harness(now, initial);
  const opened: string[] = [];
  const reminders = setupReminders({
    state: h.state,
    ticker: h.ticker,
    catalog: h.catalog,
    clock: h.world.clock,
    language: () => english,
    notifier: electronNotifier({ platform: 'linux' }),
    openGuide: (id, campaignId) => opened.push(`guide ${id} ${campaignId}`),
    openChecklist: () => opened.push('checklist'),
  });
  return { h, opened, reminders };
}

function shown(index: number): FakeNotification {
  const notification = FakeNotification.shown[index];
  if (notification === undefined) throw new Error(`notification ${index} not shown`);
  return notification;
}

describe('setupReminders', () => {
  beforeEach(() => resetElectronMock());

  it('shows a due reminder at once, persists its key, and a click on several accounts opens the checklist', () => {
    const { h, opened } = run(before(50), stateWith({ accounts: [account(1), account(2)] }));
    expect(FakeNotification.shown.map((n) => n.options)).toEqual([
      { title: 'Test campaign: 2 days left', body: '2 accounts still to do, 2 days left' },
    ]);
    expect(h.state.get().remindersSent).toEqual(['deadline:meta-ai-training-eu-2025:3d']);
    shown(0).emit('click');
    expect(opened).toEqual(['checklist']);
  });

  it('wakes for the next step and opens the guide on the one account it is about', () => {
    const { h, opened } = run(before(30), stateWith({ accounts: [account(1)], remindersSent: ['deadline:meta-ai-training-eu-2025:3d'] }));
    expect(FakeNotification.shown).toHaveLength(0);
    h.world.advance(6 * HOUR + 1000);
    // The 6-hour cap wakes it exactly at the step: 24 hours are left then.
    expect(shown(0).options.body).toBe('Facebook Account 1 is still to do, 24 hours left');
    shown(0).emit('click');
    expect(opened).toEqual([`guide ${accountId(1)} ${META}`]);
    h.state.replace({ ...h.state.get(), accounts: [] });
    shown(0).emit('click');
    expect(opened.at(-1)).toBe('checklist');
  });

  it('asks about the e-mail an hour after a submission recorded while running', () => {
    const { h, opened } = run(before(200), stateWith({ accounts: [account(2, { platform: 'instagram', label: '@marie' })] }));
    FakeNotification.toasts = [];
    h.state.replace({ ...h.state.get(), events: [event(2, before(200).toISOString(), { kind: 'submitted', source: 'person' })] });
    h.world.advance(HOUR + 1000);
    expect(shown(0).options).toEqual({ title: 'Check your e-mail', body: "Did Meta's e-mail arrive for Instagram @marie?" });
    shown(0).emit('click');
    expect(opened).toEqual([`guide ${accountId(2)} ${META}`]);
  });

  it('never repeats after a restart, and never fires while paused', () => {
    const first = run(before(50), stateWith({ accounts: [account(1)] }));
    const saved = first.h.state.get();
    first.h.ticker.dispose();
    resetElectronMock();
    run(before(49), saved);
    expect(FakeNotification.shown).toHaveLength(0);
    resetElectronMock();
    const paused = {
      ...stateWith({ accounts: [account(1)] }),
      settings: { ...saved.settings, remindersPausedUntil: before(40).toISOString() },
    };
    const { h } = run(before(50), paused);
    expect(FakeNotification.shown).toHaveLength(0);
    h.world.advance(10 * HOUR + 1000);
    expect(FakeNotification.shown).toHaveLength(1);
  });
});

describe('notifiers', () => {
  beforeEach(() => resetElectronMock());

  it('Electron: sets the AppUserModelID on Windows and holds each notification until clicked or closed', () => {
    const notifier = electronNotifier({ platform: 'win32' });
    expect(appMock.appUserModelId).toBe('org.objector.app');
    let clicks = 0;
    notifier.show({ title: 'a', body: 'b', onClick: () => (clicks += 1) });
    notifier.show({ title: 'c', body: 'd', onClick: () => (clicks += 1) });
    expect(notifier.live()).toBe(2);
    shown(0).emit('click');
    shown(1).close();
    expect(clicks).toBe(1);
    expect(notifier.live()).toBe(0);
  });

  it('falls back to node-notifier when Electron cannot notify, and routes its click', async () => {
    FakeNotification.supported = false;
    expect(createNotifier().kind).toBe('node-notifier');
    const calls: Parameters<NotifyFunction>[] = [];
    const notify: NotifyFunction = (...args) => calls.push(args);
    const notifier = nodeNotifier({ notify });
    let clicked = false;
    notifier.show({ title: 'T', body: 'B', onClick: () => (clicked = true) });
    await Promise.resolve();
    await Promise.resolve();
    const [options, callback] = calls[0] ?? [];
    expect(options).toMatchObject({ title: 'T', message: 'B', wait: true });
    callback?.(null, 'activate');
    expect(clicked).toBe(true);
    expect(notifier.live()).toBe(0);
  });
});
