/** Start at login: the Linux autostart file in a temporary HOME, login items on macOS and Windows. */
import { beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appMock, resetElectronMock } from '../../support/electron-mock';
import { setupAutostart } from '../../../src/main/autostart/autostart';
import { autostartCommand, autostartFilePath, desktopEntry, quoteExecArg } from '../../../src/main/autostart/linux-desktop-file';
import { createStateService } from '../../../src/main/state/state-service';
import { memoryStorage } from '../../support/memory-storage';
import { stateWith } from '../../support/domain-fixtures';
import { catalogOf } from '../shared/tray-fixtures';

const clock = { now: () => new Date('2025-05-20T10:00:00Z') };
const newState = (startAtLogin = false) =>
  createStateService(memoryStorage({ ...stateWith({}), settings: { ...stateWith({}).settings, startAtLogin } }), catalogOf(), clock);

describe('Linux autostart file', () => {
  beforeEach(() => resetElectronMock());

  it('is written when the setting goes on and removed when it goes off', () => {
    const home = mkdtempSync(join(tmpdir(), 'objector-home-'));
    const state = newState();
    setupAutostart({ state, platform: 'linux', env: {}, home, execPath: '/opt/Objector/objector' });
    const file = join(home, '.config', 'autostart', 'objector.desktop');
    expect(existsSync(file)).toBe(false);
    state.dispatch({ kind: 'set-settings', patch: { startAtLogin: true } });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('[Desktop Entry]');
    expect(text).toContain(`Exec=/opt/Objector/objector ${quoteExecArg(process.cwd())} --hidden`);
    state.dispatch({ kind: 'set-settings', patch: { startAtLogin: false } });
    expect(existsSync(file)).toBe(false);
  });

  it('points at the AppImage when there is one, and honours XDG_CONFIG_HOME', () => {
    const config = mkdtempSync(join(tmpdir(), 'objector-xdg-'));
    const env = { APPIMAGE: '/home/marie/Apps/Objector 1.0.AppImage', XDG_CONFIG_HOME: config };
    setupAutostart({ state: newState(true), platform: 'linux', env, home: '/nonexistent' });
    const text = readFileSync(join(config, 'autostart', 'objector.desktop'), 'utf8');
    expect(text).toContain('Exec="/home/marie/Apps/Objector 1.0.AppImage" --hidden');
  });

  it('builds the command and quotes per the Desktop Entry spec', () => {
    expect(autostartCommand({ env: {}, execPath: '/usr/bin/objector', appPath: '/app', isPackaged: true })).toEqual([
      '/usr/bin/objector',
      '--hidden',
    ]);
    expect(autostartCommand({ env: {}, execPath: '/e', appPath: '/app', isPackaged: false })).toEqual(['/e', '/app', '--hidden']);
    expect(quoteExecArg('/a b/c"d$e%f')).toBe('"/a b/c\\"d\\$e%%f"');
    expect(autostartFilePath({}, '/home/m')).toBe('/home/m/.config/autostart/objector.desktop');
    expect(desktopEntry(['/x', '--hidden'])).toMatch(/^Exec=\/x --hidden$/m);
  });
});

describe('login items on macOS and Windows', () => {
  beforeEach(() => resetElectronMock());

  it.each(['darwin', 'win32'] as const)('follows the setting on %s', (platform) => {
    const state = newState();
    setupAutostart({ state, platform });
    expect(appMock.loginItem.openAtLogin).toBe(false);
    state.dispatch({ kind: 'set-settings', patch: { startAtLogin: true } });
    expect(appMock.loginItem.openAtLogin).toBe(true);
  });
});
