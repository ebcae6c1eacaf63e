/**
 * The defects a reading of main against Electron 45's API found (issue 14), each against the
 * mock behaving as Electron documents it. Each of these failed before its fix.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import {
  appMock,
  asReal,
  collectGarbage,
  FakeBaseWindow,
  FakeMenu,
  FakeNotification,
  FakeWebContents,
  type FakeSession,
  type FakeWebContentsView,
  ipcMainMock,
  resetElectronMock,
  setHostPlatform,
} from '../../support/electron-mock';
import { configureGuide, currentGuidePage, currentGuideView, openGuide } from '../../../src/main/guide/guide-window';
import { isAppUrl } from '../../../src/main/app-protocol';
import { electronNotifier } from '../../../src/main/notifications/electron-notifier';
import type { Notifier } from '../../../src/main/notifications/notifier';
import { accountSession } from '../../../src/main/guide/account-session';
import { cleanupPendingSessions, forgetLogin } from '../../../src/main/guide/session-cleanup';
import { PROBE_WORLD_ID, probePage } from '../../../src/main/guide/detection-loop';
import { capturePage } from '../../../src/main/evidence/capture';
import { guardAppContents } from '../../../src/main/security/harden';
import { isTrustedSender, trustWebContents } from '../../../src/main/ipc/handle';
import { setupLifecycle } from '../../../src/main/lifecycle/lifecycle';
import { CAMPAIGN, FB1, guideDeps } from './guide-support';
import { english } from './tray-harness';

beforeEach(() => resetElectronMock());
afterEach(() => {
  for (const window of FakeBaseWindow.getAllWindows()) window.destroy();
  setHostPlatform(process.platform);
});

const guideWindow = (): FakeBaseWindow => {
  const window = FakeBaseWindow.all[0];
  if (window === undefined) throw new Error('no guided window');
  return window;
};

describe('1. closing the guided window', () => {
  it('does not touch the destroyed BaseWindow, closes both views and forgets the page', () => {
    configureGuide(guideDeps());
    openGuide(FB1, CAMPAIGN);
    const [panel, page] = guideWindow().contentView.children as FakeWebContentsView[];
    expect(() => guideWindow().close()).not.toThrow();
    // base-window.md, "Resource management": the views' WebContents are ours to close.
    expect(panel?.webContents.destroyed).toBe(true);
    expect(page?.webContents.destroyed).toBe(true);
    expect(currentGuidePage()).toBeNull();
    expect(currentGuideView()).toBeNull();
    // And the next open makes a new window.
    openGuide(FB1, CAMPAIGN);
    expect(FakeBaseWindow.getAllWindows()).toHaveLength(1);
  });
});

describe('2. isAppUrl', () => {
  it('is true for our pages only, not for every scheme whose origin is "null"', () => {
    expect(isAppUrl('app://objector/index.html?view=checklist')).toBe(true);
    for (const url of [
      'app://evil/index.html',
      'file:///etc/passwd',
      'data:text/html,hi',
      'about:blank',
      'chrome://settings',
      'app://x@objector/',
      'javascript:1',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('so the IPC check refuses a frame of ours that navigated elsewhere, and a null senderFrame', () => {
    const contents = new FakeWebContents();
    trustWebContents(asReal<WebContents>(contents));
    const event = (frame: { url: string; parent: null } | null) => ({
      sender: asReal<WebContents>(contents),
      senderFrame: frame === null ? null : asReal<Electron.WebFrameMain>(frame),
    });
    expect(isTrustedSender(event({ url: 'app://objector/index.html', parent: null }))).toBe(true);
    expect(isTrustedSender(event({ url: 'data:text/html,<script>', parent: null }))).toBe(false);
    expect(isTrustedSender(event({ url: 'app://evil/', parent: null }))).toBe(false);
    expect(isTrustedSender(event(null))).toBe(false);
  });
});

function notifierWith(fallback?: Notifier) {
  const clicks: string[] = [];
  const failures: string[] = [];
  const notifier = electronNotifier({ platform: 'win32', ...(fallback === undefined ? {} : { fallback }) });
  const show = (title: string) =>
    notifier.show({ title, body: '', onClick: () => clicks.push(title), onFailed: (error) => failures.push(`${title}: ${error}`) });
  return { notifier, show, clicks, failures };
}

describe('3. Windows: a toast that timed out into the Action Center', () => {
  it('still opens the account when clicked later (its Notification stays referenced)', async () => {
    const { notifier, show, clicks } = notifierWith();
    show('reminder');
    FakeNotification.shown[0]?.timeOut();
    expect(notifier.live()).toBe(1);
    await collectGarbage();
    expect(FakeNotification.clickToast(0)).toBe(true);
    expect(clicks).toEqual(['reminder']);
  });

  it('an unreferenced notification is collected and its click lost: that is what the reference prevents', async () => {
    (() => {
      const lost = new (FakeNotification as unknown as new (o: { title: string; body: string }) => FakeNotification)({
        title: 'x',
        body: '',
      });
      lost.on('click', () => undefined);
      lost.show();
    })();
    await collectGarbage();
    expect(FakeNotification.clickToast(0)).toBe(false);
  });

  it('lets a dismissed one go', () => {
    const { notifier, show } = notifierWith();
    show('reminder');
    FakeNotification.shown[0]?.dismiss();
    expect(notifier.live()).toBe(0);
  });
});

describe("4. macOS unsigned builds: 'failed'", () => {
  it('shows the reminder through the fallback instead of losing it', async () => {
    const fallbackShown: string[] = [];
    const fallback: Notifier = { kind: 'node-notifier', show: (request) => fallbackShown.push(request.title), live: () => 0 };
    const { show, failures } = notifierWith(fallback);
    FakeNotification.failNext = 'Notifications are not allowed for this application';
    show('deadline');
    await Promise.resolve();
    expect(fallbackShown).toEqual(['deadline']);
    expect(failures).toEqual([]);
  });

  it('reports it when nothing can show it (the reminder is then due again, see notifications.test.ts)', async () => {
    const { show, failures } = notifierWith();
    FakeNotification.failNext = 'not allowed';
    show('deadline');
    await Promise.resolve();
    expect(failures).toEqual(['deadline: not allowed']);
  });
});

describe("5. forgetting an account's login", () => {
  it('uses session.clearData() on the live session and removes the folder only at the next start', async () => {
    const session = accountSession(FB1) as unknown as FakeSession;
    const folder = session.getStoragePath() ?? '';
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'Cookies'), 'secret');
    await forgetLogin(FB1);
    expect(session.clearedAll).toBe(1);
    expect(existsSync(folder)).toBe(true);
    cleanupPendingSessions();
    expect(existsSync(folder)).toBe(false);
  });
});

describe('7. smaller ones', () => {
  it('registers no unchecked ipcMain.on listener (electron-store 12 added electron-store-get-data)', async () => {
    const { createFileStorage } = await import('../../../src/main/state/store');
    const { defaultState } = await import('../../../src/shared/domain/defaults');
    const storage = createFileStorage({ dir: appMock.getPath('userData'), clock: { now: () => new Date() } });
    storage.load();
    storage.save({ ...defaultState(), settings: { ...defaultState().settings, theme: 'dark' } });
    expect([...ipcMainMock.listeners.keys()]).toEqual([]);
  });

  it('probes in a world of its own: not the page (0), not Electron’s isolated world (999)', async () => {
    const contents = new FakeWebContents();
    contents.probeResult = 'text';
    await probePage(asReal<WebContents>(contents));
    expect(contents.worldIds).toEqual([PROBE_WORLD_ID]);
    expect(PROBE_WORLD_ID).not.toBe(0);
    expect(PROBE_WORLD_ID).not.toBe(999);
  });

  it.each(['linux', 'win32'] as const)('shows no Edit menu bar in the guided window on %s', (platform) => {
    setHostPlatform(platform);
    vi.spyOn(process, 'platform', 'get').mockReturnValue(platform);
    setupLifecycle({ openChecklist: () => undefined, language: () => english, platform });
    expect(FakeMenu.applicationMenu).not.toBeNull();
    configureGuide(guideDeps());
    openGuide(FB1, CAMPAIGN);
    expect(guideWindow().menuBarShown()).toBe(false);
  });

  it('refuses an empty capture (a hidden or minimised page) instead of saving it as proof', async () => {
    const contents = new FakeWebContents();
    contents.nextCaptureEmpty = true;
    await expect(capturePage(asReal<WebContents>(contents))).rejects.toThrow(/could not be captured/);
  });

  it("reads the URL from Electron 45's details object, not the deprecated positional argument", () => {
    const contents = new FakeWebContents();
    guardAppContents(asReal<WebContents>(contents));
    expect(contents.emitNavigation('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.emitNavigation('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(contents.emitNavigation('will-navigate', 'app://objector/index.html?view=guide')).toBe(false);
  });
});
