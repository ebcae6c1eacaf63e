/** The tray app's lifecycle: dock, Edit menu, second instance, staying alive, flush on quit. */
import { beforeEach, describe, expect, it } from 'vitest';
import { appMock, FakeMenu, resetElectronMock } from '../../support/electron-mock';
import { launchedHidden, setupLifecycle } from '../../../src/main/lifecycle/lifecycle';
import { english } from './tray-harness';

describe('setupLifecycle', () => {
  beforeEach(() => resetElectronMock());

  function start(platform: NodeJS.Platform) {
    const calls: string[] = [];
    const handle = setupLifecycle({
      openChecklist: () => calls.push('checklist'),
      flush: () => calls.push('flush'),
      language: () => english,
      platform,
    });
    return { calls, handle };
  }

  it('hides the dock icon on macOS only, behind an app menu and an Edit menu', () => {
    start('darwin');
    expect(appMock.dockHidden).toBe(true);
    expect(FakeMenu.applicationMenu?.items.map((item) => item.role ?? item.label)).toEqual(['appMenu', 'Edit']);
    resetElectronMock();
    start('linux');
    expect(appMock.dockHidden).toBe(false);
  });

  it('keeps an Edit menu with the roles copy and paste need', () => {
    start('win32');
    const edit = FakeMenu.applicationMenu?.items[0];
    expect(edit?.label).toBe('Edit');
    expect(edit?.submenu?.flatMap((item) => (item.role === undefined ? [] : [item.role]))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('stays alive with no window, flushes once on quit, and leaves second launches to startup.ts', () => {
    const { calls } = start('linux');
    expect(appMock.listenerCount('second-instance')).toBe(0);
    expect(appMock.listenerCount('window-all-closed')).toBe(1);
    appMock.quit();
    appMock.quit();
    expect(calls).toEqual(['flush']);
  });

  it('knows a hidden launch', () => {
    expect(launchedHidden(['objector', '--hidden'], 'linux')).toBe(true);
    expect(launchedHidden(['objector'], 'linux')).toBe(false);
  });
});
