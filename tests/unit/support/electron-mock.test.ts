/**
 * The Electron mock checked against the behaviour it cites (tests/support/electron-mock.ts): a
 * mock kinder than Electron lets bugs through, so each documented behaviour is pinned here.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  appMock,
  clipboardMock,
  collectGarbage,
  FakeBaseWindow,
  FakeBrowserWindow,
  FakeMenu,
  FakeNotification,
  FakeTray,
  FakeWebContents,
  FakeWebContentsView,
  ipcMainMock,
  protocolMock,
  resetElectronMock,
  screen,
  sessionMock,
  setHostPlatform,
} from '../../support/electron-mock';

beforeEach(() => resetElectronMock());

describe('destroyed objects (browser-window.md, base-window.md, web-contents.md)', () => {
  it('throw on every method and getter, except isDestroyed()', () => {
    const window = new FakeBrowserWindow();
    window.destroy();
    expect(window.isDestroyed()).toBe(true);
    expect(() => window.contentView).toThrow('Object has been destroyed');
    expect(() => window.getContentSize()).toThrow('Object has been destroyed');
    expect(() => window.setTitle('x')).toThrow('Object has been destroyed');
    expect(() => window.webContents.getURL()).toThrow('Object has been destroyed');
    expect(() => window.webContents.send('x', 1)).toThrow('Object has been destroyed');
  });
});

describe('BaseWindow and BrowserWindow (base-window.md "Resource management")', () => {
  it("a BaseWindow's views keep their WebContents when it closes; a BrowserWindow's own WebContents goes with it", () => {
    const base = new FakeBaseWindow();
    const view = new FakeWebContentsView();
    base.contentView.addChildView(view);
    base.close();
    expect(base.isDestroyed()).toBe(true);
    expect(view.webContents.isDestroyed()).toBe(false);
    const browser = new FakeBrowserWindow();
    browser.close();
    expect(browser.webContents.isDestroyed()).toBe(true);
  });

  it("'close' can be prevented; destroy() emits only 'closed'", () => {
    const window = new FakeBaseWindow();
    const events: string[] = [];
    window.on('close', (event: { preventDefault(): void }) => (events.push('close'), event.preventDefault()));
    window.on('closed', () => events.push('closed'));
    window.close();
    expect(window.isDestroyed()).toBe(false);
    window.destroy();
    expect(events).toEqual(['close', 'closed']);
  });

  it('shows the application menu as a window menu bar on Windows and Linux, not on macOS (electron.d.ts 10195)', () => {
    FakeMenu.setApplicationMenu(FakeMenu.buildFromTemplate([{ label: 'Edit' }]));
    setHostPlatform('linux');
    expect(new FakeBaseWindow().menuBarShown()).toBe(true);
    expect(new FakeBaseWindow({ autoHideMenuBar: true }).menuBarShown()).toBe(false);
    const removed = new FakeBaseWindow();
    removed.removeMenu();
    expect(removed.menuBarShown()).toBe(false);
    setHostPlatform('darwin');
    expect(new FakeBaseWindow().menuBarShown()).toBe(false);
  });
});

describe('navigation events (electron.d.ts 18648, 25686)', () => {
  it('carry one details object with url, isMainFrame and frame, and not the deprecated positional url', () => {
    const contents = new FakeWebContents();
    const seen: unknown[][] = [];
    contents.on('will-navigate', (...args: unknown[]) => seen.push(args));
    contents.emitNavigation('will-navigate', 'https://example.org/', true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toHaveLength(1);
    expect(seen[0]?.[0]).toMatchObject({ url: 'https://example.org/', isMainFrame: true, isSameDocument: false, frame: { parent: null } });
  });
});

describe('ipcMain (electron.d.ts 9472, 9557)', () => {
  it('records on() listeners and lets a sender frame be null', async () => {
    ipcMainMock.on('x', () => undefined);
    expect([...ipcMainMock.listeners.keys()]).toEqual(['x']);
    const frames: unknown[] = [];
    ipcMainMock.handle('y', (event) => frames.push((event as { senderFrame: unknown }).senderFrame));
    await ipcMainMock.invokeFrom('y', new FakeWebContents(), null);
    expect(frames).toEqual([null]);
  });
});

describe('Notification (notification.md, electron.d.ts 11113-11124, 23786)', () => {
  it("emits 'show', 'close' with a reason, and 'failed' instead of showing", async () => {
    const events: string[] = [];
    const notification = new FakeNotification({ title: 't', body: 'b' });
    notification.on('show', () => events.push('show'));
    notification.on('close', (details: { reason?: string }) => events.push(`close:${details.reason ?? '-'}`));
    notification.show();
    await Promise.resolve();
    notification.timeOut();
    notification.dismiss();
    FakeNotification.failNext = 'denied';
    const failing = new FakeNotification({ title: 'f', body: '' });
    failing.on('failed', (_event: unknown, error: string) => events.push(`failed:${error}`));
    failing.show();
    await Promise.resolve();
    expect(events).toEqual(['show', 'close:timedOut', 'close:userCanceled', 'failed:denied']);
    expect(FakeNotification.toasts).toHaveLength(1);
  });

  it('is collected once nothing refers to it, and its toast then clicks into nothing', async () => {
    (() => new FakeNotification({ title: 'gone', body: '' }).show())();
    await collectGarbage();
    expect(FakeNotification.shown).toEqual([]);
    expect(FakeNotification.clickToast(0)).toBe(false);
  });
});

describe('the app-ready gate (app.md whenReady, electron.d.ts 2116)', () => {
  it('refuses windows, views, trays, sessions, screen and protocol.handle before ready', async () => {
    appMock.ready = false;
    expect(() => new FakeBrowserWindow()).toThrow(/before the app is ready/);
    expect(() => new FakeBaseWindow()).toThrow(/before the app is ready/);
    expect(() => new FakeWebContentsView()).toThrow(/before the app is ready/);
    expect(() => new FakeTray(null)).toThrow(/before the app is ready/);
    expect(() => sessionMock.defaultSession).toThrow(/before the app is ready/);
    expect(() => sessionMock.fromPartition('persist:x')).toThrow(/before the app is ready/);
    expect(() => screen.getPrimaryDisplay()).toThrow(/before the app is ready/);
    expect(() => protocolMock.handle('app', () => undefined)).toThrow(/before the app is ready/);
    await appMock.whenReady();
    expect(appMock.isReady()).toBe(true);
    expect(() => new FakeBrowserWindow()).not.toThrow();
  });
});

describe('capturePage, clipboard, setPath', () => {
  it('capturePage can give an empty image (electron.d.ts 18995, 10698)', async () => {
    const contents = new FakeWebContents();
    expect((await contents.capturePage()).isEmpty()).toBe(false);
    contents.nextCaptureEmpty = true;
    const empty = await contents.capturePage();
    expect(empty.isEmpty()).toBe(true);
    expect(empty.toPNG()).toHaveLength(0);
  });

  it('clipboard.writeText and app.setPath behave as in Electron (electron.d.ts 7486, 1985)', () => {
    clipboardMock.writeText('hello');
    expect(clipboardMock.readText()).toBe('hello');
    appMock.setPath('userData', '/tmp/elsewhere');
    expect(appMock.getPath('userData')).toBe('/tmp/elsewhere');
  });

  it('executeJavaScriptInIsolatedWorld records the world and refuses an id out of range (electron.d.ts 19102)', async () => {
    const contents = new FakeWebContents();
    await contents.executeJavaScriptInIsolatedWorld(7, []);
    await expect(contents.executeJavaScriptInIsolatedWorld(-1, [])).rejects.toThrow();
    expect(contents.worldIds).toEqual([7]);
  });
});
