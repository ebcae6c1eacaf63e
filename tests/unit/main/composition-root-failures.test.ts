/**
 * The composition root when things go wrong at start (against the mock): a store that cannot be
 * written starts read-only and shows the checklist even when launched for the tray, and a second
 * launch that came before the app was ready is not lost.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot } from '../../../src/shared/ipc/contract';
import { appMock, FakeBrowserWindow, ipcMainMock, resetElectronMock } from '../../support/electron-mock';

async function settle(): Promise<void> {
  for (let i = 0; i < 40; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('a start with a store that cannot be used', () => {
  beforeAll(async () => {
    resetElectronMock();
    appMock.ready = false;
    symlinkSync('/media/not-mounted/objector-state.json', join(appMock.getPath('userData'), 'objector-state.json'));
    process.argv.push('--hidden');
    try {
      await import('../../../src/main/index');
      // A second launch before the app is ready: registered before any await, so not lost.
      appMock.emit('second-instance');
      await settle();
    } finally {
      process.argv.pop();
    }
  }, 60_000);

  it('runs read-only and opens the checklist, launched hidden or not, with the notice', async () => {
    const window = FakeBrowserWindow.getAllWindows()[0];
    if (window === undefined) throw new Error('no checklist window');
    const snapshot = (await ipcMainMock.invoke('state:get', window.webContents)) as Snapshot;
    expect(snapshot.storeNotice).toMatchObject({
      kind: 'read-only',
      reason: 'dangling-link',
      detail: '/media/not-mounted/objector-state.json',
    });
    const refused = (await ipcMainMock.invoke('state:dispatch', window.webContents, {
      kind: 'set-settings',
      patch: { theme: 'dark' },
    })) as { ok: boolean; error?: string };
    expect(refused).toEqual({ ok: false, error: 'read-only' });
  });

  it('handled the second launch once started (the checklist is up, only one window)', () => {
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    expect(FakeBrowserWindow.getAllWindows()[0]?.visible).toBe(true);
  });
});
