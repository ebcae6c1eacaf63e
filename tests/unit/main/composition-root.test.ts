/**
 * Starts the whole main process (src/main/index.ts) against the Electron mock: every feature is
 * wired, the store is created on disk, the tray says what is left, the checklist window opens on
 * our app:// page, and every channel of the IPC contract has a handler that answers our window.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { API_METHODS } from '../../../src/shared/ipc/contract';
import type { Snapshot } from '../../../src/shared/ipc/contract';
import { appMock, FakeBrowserWindow, FakeTray, ipcMainMock, protocolMock, resetElectronMock } from '../../support/electron-mock';

/** Waits until `done()` holds (start-up and language changes load message files asynchronously), at most 10 s. */
async function settle(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 10_000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the composition root', () => {
  beforeAll(async () => {
    resetElectronMock();
    await import('../../../src/main/index');
    await settle(() => FakeBrowserWindow.all.length > 0 && FakeTray.all.length > 0);
  });

  it('registers a handler for every channel of the contract', () => {
    const channels = Object.values(API_METHODS);
    expect(channels.filter((channel) => !ipcMainMock.handlers.has(channel))).toEqual([]);
  });

  it('serves the renderer from app:// and opens the checklist window, sandboxed', () => {
    expect(protocolMock.handlers.has('app')).toBe(true);
    const window = FakeBrowserWindow.getAllWindows()[0];
    expect(window?.webContents.loaded).toEqual(['app://objector/index.html?view=checklist']);
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('shows what is left in the tray (no accounts yet: no countdown to a date)', () => {
    const tray = FakeTray.all[0];
    expect(tray?.tooltip).toBe('Objector: No accounts yet: add them in the checklist');
  });

  it('answers our window over IPC from a store file on disk', async () => {
    const window = FakeBrowserWindow.getAllWindows()[0];
    if (window === undefined) throw new Error('no window');
    const snapshot = (await ipcMainMock.invoke('state:get', window.webContents)) as Snapshot;
    expect(snapshot.state.accounts).toEqual([]);
    const added = (await ipcMainMock.invoke('state:dispatch', window.webContents, {
      kind: 'add-account',
      platform: 'instagram',
      label: '@marie',
      email: null,
      group: { kind: 'none' },
      campaignIds: [],
    })) as { ok: boolean; snapshot: Snapshot };
    expect(added.ok).toBe(true);
    expect(added.snapshot.state.accounts.map((account) => account.label)).toEqual(['@marie']);
    // One action, one journal line on disk (the snapshot comes later, in the background).
    expect(existsSync(join(appMock.getPath('userData'), 'objector-state.journal-000000000001.log'))).toBe(true);
  });

  it('sends the catalog in use and the update facts in every snapshot; an unpackaged build never offers app updates', async () => {
    const window = FakeBrowserWindow.all.find((candidate) => !candidate.destroyed);
    if (window === undefined) throw new Error('no window');
    const snapshot = (await ipcMainMock.invoke('state:get', window.webContents)) as Snapshot;
    expect(snapshot.catalog).toMatchObject({ origin: 'built-in', pending: null, storedProblem: null });
    expect(snapshot.catalog.catalog.platforms.map((platform) => platform.id)).toContain('google-gemini');
    expect(snapshot.updates).toEqual({ appUpdatesSupported: false, catalogChecksSupported: true, lastCatalogCheck: null });
  });
});

describe('a language change', () => {
  it('re-renders the tray in the new language', async () => {
    const window = FakeBrowserWindow.getAllWindows()[0];
    if (window === undefined) throw new Error('no window');
    await ipcMainMock.invoke('state:dispatch', window.webContents, { kind: 'set-settings', patch: { locale: 'fr' } });
    // One account was added above: the tray now says, in French, what is left.
    await settle(() => (FakeTray.all[0]?.tooltip ?? '').includes('compte reste à traiter'));
    expect(FakeTray.all[0]?.tooltip).toBe('Objector\u202f: 1 compte reste à traiter');
  });
});

describe('app handlers', () => {
  it('copies text through main, since the renderer has no clipboard permission', async () => {
    const { clipboardMock } = await import('../../support/electron-mock');
    const window = FakeBrowserWindow.getAllWindows()[0];
    if (window === undefined) throw new Error('no window');
    await ipcMainMock.invoke('clipboard:write', window.webContents, { text: 'Je m’oppose.' });
    expect(clipboardMock.text).toBe('Je m’oppose.');
  });
});
