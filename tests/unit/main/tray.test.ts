/** The tray in main, against the Electron mock: icon, tooltip, menu re-set on change, and actions. */
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeMenu, FakeNativeImage, FakeTray, resetElectronMock, asReal, type FakeMenuItem } from '../../support/electron-mock';
import type { NativeImage } from 'electron';
import { setupTray, type TrayDeps } from '../../../src/main/tray/tray';
import { loadTrayIcon } from '../../../src/main/tray/tray-icon';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TRAY_ICON_STATES, trayIconFile } from '@shared/tray/tray-state';
import { account, accountId, META, stateWith } from '../../support/domain-fixtures';
import { before } from '../shared/tray-fixtures';
import { english, harness, type Harness } from './tray-harness';

const HOUR = 3_600_000;

function start(h: Harness, platform: TrayDeps['platform'] = 'linux') {
  const opened: string[] = [];
  const handle = setupTray({
    state: h.state,
    ticker: h.ticker,
    catalog: h.catalog,
    clock: h.world.clock,
    language: () => english,
    openChecklist: () => opened.push('checklist'),
    openGuide: (id, campaignId) => opened.push(`guide ${id} ${campaignId}`),
    quit: () => opened.push('quit'),
    platform,
    loadIcon: (state, p) => asReal<NativeImage>(new FakeNativeImage(`${state}:${p}`)),
  });
  const tray = FakeTray.all[0];
  if (tray === undefined) throw new Error('no tray');
  return { handle, tray, opened };
}

function menuOf(tray: FakeTray): FakeMenuItem[] {
  if (tray.menu === null) throw new Error('no menu');
  return tray.menu.items;
}

function item(items: FakeMenuItem[], label: string): FakeMenuItem {
  const found = items.flatMap((i) => [i, ...(i.submenu ?? [])]).find((i) => i.label?.startsWith(label) === true);
  if (found === undefined) throw new Error(`no item ${label}`);
  return found;
}

describe('setupTray', () => {
  beforeEach(() => resetElectronMock());

  it('shows the icon, tooltip and menu for the current state', () => {
    const h = harness(before(10.5), stateWith({ accounts: [account(1)] }));
    const { tray } = start(h);
    expect((tray.image as FakeNativeImage).path).toBe('due-soon:linux');
    expect(tray.tooltip).toBe('Objector: Test campaign: 10 hours left\n1 account still to do');
    expect(menuOf(tray)[0]).toEqual({ label: 'Test campaign: 10 hours left', enabled: false });
  });

  it('re-sets the menu when the countdown or the state changes', () => {
    const h = harness(before(10.5), stateWith({ accounts: [account(1)] }));
    const { tray } = start(h);
    const first = tray.menu;
    h.world.advance(HOUR);
    expect(tray.menu).not.toBe(first);
    expect(menuOf(tray)[0]?.label).toBe('Test campaign: 9 hours left');
    h.state.dispatch({ kind: 'set-settings', patch: { startAtLogin: true } });
    expect(item(menuOf(tray), 'Start at login')).toMatchObject({ type: 'checkbox', checked: true });
  });

  it('runs the menu actions: guide, checklist, settings, quit', () => {
    const h = harness(before(50), stateWith({ accounts: [account(1)] }));
    const { tray, opened } = start(h);
    item(menuOf(tray), 'Facebook Account 1').click?.();
    item(menuOf(tray), 'Next to do').click?.();
    item(menuOf(tray), 'Open checklist').click?.();
    expect(opened).toEqual([`guide ${accountId(1)} ${META}`, `guide ${accountId(1)} ${META}`, 'checklist']);
    item(menuOf(tray), 'For 1 week').click?.();
    expect(h.state.get().settings.remindersPausedUntil).toBe(new Date(before(50).getTime() + 7 * 24 * HOUR).toISOString());
    item(menuOf(tray), 'Resume reminders').click?.();
    expect(h.state.get().settings.remindersPausedUntil).toBeNull();
    item(menuOf(tray), 'Start at login').click?.();
    expect(h.state.get().settings.startAtLogin).toBe(true);
    item(menuOf(tray), 'Quit').click?.();
    expect(opened.at(-1)).toBe('quit');
  });

  it('offers "Pause reminders" again when a one-day pause ends', () => {
    const h = harness(before(200), stateWith({ accounts: [account(1)] }));
    const { tray } = start(h);
    item(menuOf(tray), 'For 1 day').click?.();
    expect(() => item(menuOf(tray), 'Resume reminders')).not.toThrow();
    h.world.advance(24 * HOUR + 1000);
    expect(item(menuOf(tray), 'Pause reminders').submenu).toHaveLength(3);
  });

  it('sets the title on macOS and opens the checklist on a click elsewhere', () => {
    const h = harness(before(10.5), stateWith({ accounts: [account(1)] }));
    const mac = start(h, 'darwin');
    expect(mac.tray.title).toBe('10 hours left');
    expect((mac.tray.image as FakeNativeImage).path).toBe('due-soon:darwin');
    mac.handle.destroy();
    resetElectronMock();
    const win = start(harness(before(10.5), stateWith({})), 'win32');
    win.tray.emit('click');
    expect(win.opened).toEqual(['checklist']);
  });

  it('loads icons by platform from assets/tray', () => {
    expect((loadTrayIcon('todo', 'linux', '/a') as unknown as FakeNativeImage).path).toBe('/a/tray/todo.png');
    expect((loadTrayIcon('done', 'darwin', '/a') as unknown as FakeNativeImage).path).toBe('/a/tray/doneTemplate.png');
    expect((loadTrayIcon('passed-todo', 'win32', '/a') as unknown as FakeNativeImage).path).toBe('/a/tray/passed-todo.ico');
    expect(FakeMenu.applicationMenu).toBeNull();
  });

  it('finds every icon it may ask for in assets/tray', () => {
    for (const state of TRAY_ICON_STATES) {
      for (const platform of ['linux', 'darwin', 'win32'] as const) {
        expect(existsSync(join(process.cwd(), 'assets', 'tray', trayIconFile(state, platform))), `${state} ${platform}`).toBe(true);
      }
    }
  });
});
