/**
 * The one Electron mock: vitest aliases `electron` to this file (vitest.config.ts), because
 * Electron itself cannot run in unit tests. Each fake records what main asked of it, so tests
 * assert on real behaviour (handlers registered, menus built, navigations refused), and exposes
 * helpers to drive it (`ipcMainMock.invoke`, `emit`). Call `resetElectronMock()` in `beforeEach`.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Listener = (...args: unknown[]) => unknown;

/**
 * Electron's native objects throw on every method and getter once destroyed ("Object has been
 * destroyed"); only `isDestroyed()` and the JS EventEmitter side keep working. The fakes call
 * `alive(this)` first in every method and getter main uses.
 * (browser-window.md / base-window.md / web-contents.md: `isDestroyed()`; the error text is the
 * one Electron's gin wrappers throw.)
 */
function alive(object: { destroyed: boolean }): void {
  if (object.destroyed) throw new TypeError('Object has been destroyed');
}

/**
 * Electron's app-ready gate: BrowserWindow, BaseWindow, WebContentsView, Tray, session,
 * screen and protocol.handle cannot be used before the `ready` event (browser-window.md,
 * base-window.md, tray.md, session.md, screen.md: "cannot be used until the ready event of the
 * app module is emitted"; electron.d.ts 2116 `whenReady`, 1623 `isReady`).
 */
function ready(what: string): void {
  if (!appMock.ready) throw new Error(`${what} cannot be used before the app is ready`);
}

/** A fake WebContents: events, a window-open handler, and what was loaded or sent. */
export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  url = '';
  destroyed = false;
  userAgent =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Objector/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';
  windowOpenHandler: ((details: { url: string; frameName: string; features: string; disposition: string }) => unknown) | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly loaded: string[] = [];
  readonly session: FakeSession;
  constructor(session: FakeSession = defaultSession) {
    super();
    this.session = session;
  }
  loadURL(url: string): Promise<void> {
    alive(this);
    this.loaded.push(url);
    this.url = url;
    return Promise.resolve();
  }
  getURL(): string {
    alive(this);
    return this.url;
  }
  getTitle(): string {
    alive(this);
    return '';
  }
  send(channel: string, payload: unknown): void {
    alive(this);
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    alive(this);
    this.windowOpenHandler = handler;
  }
  getUserAgent(): string {
    alive(this);
    return this.userAgent;
  }
  setUserAgent(agent: string): void {
    alive(this);
    this.userAgent = agent;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isLoading(): boolean {
    alive(this);
    return false;
  }
  reload(): void {
    alive(this);
    this.emit('did-start-loading');
  }
  /** web-contents.md `contents.close()`: closes the page, which emits 'destroyed'. Idempotent here. */
  close(): void {
    if (this.destroyed) return;
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }
  focus(): void {
    alive(this);
  }
  /** The world ids probes ran in (electron.d.ts 19102: 0 is the main world, 999 Electron's isolated world, 19956). */
  readonly worldIds: number[] = [];
  executeJavaScriptInIsolatedWorld(worldId: number, _scripts: unknown[]): Promise<unknown> {
    alive(this);
    if (!Number.isInteger(worldId) || worldId < 0 || worldId > 536_870_911) return Promise.reject(new Error('Invalid world id'));
    this.worldIds.push(worldId);
    return Promise.resolve(this.probeResult);
  }
  probeResult: unknown = '';
  /** electron.d.ts 18995 `capturePage` resolves with a NativeImage, which is empty when nothing was drawn (a hidden or minimised view). */
  nextCaptureEmpty = false;
  capturePage(): Promise<FakeNativeImage> {
    alive(this);
    return Promise.resolve(new FakeNativeImage(this.nextCaptureEmpty ? '' : 'capture', 'PNG-bytes'));
  }
  printToPDF(): Promise<Buffer> {
    alive(this);
    return Promise.resolve(Buffer.from('%PDF-1.7 bytes'));
  }
  /** Emits a cancellable event like Electron does; returns true when a listener prevented it. */
  emitCancellable(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true), url: args[0] };
    this.emit(name, event, ...args);
    return prevented;
  }
  /**
   * Emits a navigation event as Electron 45 does (electron.d.ts 18648 'will-navigate', 25686
   * WebContentsWillFrameNavigateEventParams): ONE details object with `url`, `isMainFrame`,
   * `isSameDocument`, `frame` (may be null), `initiator` and `preventDefault()`. Electron still
   * passes the old positional arguments after it, marked as deprecated; the mock leaves them out, so
   * code that relies on them fails here. Returns true when a listener prevented the navigation.
   */
  emitNavigation(name: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string, isMainFrame = true): boolean {
    let prevented = false;
    const details = {
      url,
      isMainFrame,
      isSameDocument: false,
      frame: isMainFrame ? { url: this.url, parent: null } : { url, parent: { url: this.url, parent: null } },
      initiator: null,
      preventDefault: () => (prevented = true),
      get defaultPrevented() {
        return prevented;
      },
    };
    this.emit(name, details);
    return prevented;
  }
  /** web-contents.md 'input-event' (electron.d.ts 18194): a key or mouse event from the person. */
  userInput(type: 'mouseDown' | 'keyDown' = 'mouseDown'): void {
    this.emit('input-event', { preventDefault: () => undefined }, { type });
  }
  /** web-contents.md 'render-process-gone' (electron.d.ts 18452): the page's renderer crashed or was killed. */
  crash(reason: 'crashed' | 'killed' | 'oom' | 'clean-exit' = 'crashed'): void {
    this.emit('render-process-gone', { preventDefault: () => undefined }, { reason, exitCode: reason === 'clean-exit' ? 0 : 139 });
  }
}

/** A fake Session with its permission handlers and storage clearing. */
export class FakeSession extends EventEmitter {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  cleared = 0;
  storagePath: string | null;
  constructor(readonly partition: string) {
    super();
    this.storagePath = partition.startsWith('persist:') ? join(appMock.getPath('userData'), 'Partitions', partition.slice(8)) : null;
  }
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler;
  }
  clearStorageData(): Promise<void> {
    this.cleared += 1;
    return Promise.resolve();
  }
  /** electron.d.ts 13967 `ses.clearData()`: clears every kind of data the session holds (cookies, storage, cache, auth…). */
  clearedAll = 0;
  clearData(): Promise<void> {
    this.clearedAll += 1;
    return Promise.resolve();
  }
  clearCache(): Promise<void> {
    return Promise.resolve();
  }
  clearAuthCache(): Promise<void> {
    return Promise.resolve();
  }
  setUserAgent(_agent: string): void {}
  getUserAgent(): string {
    return 'Mozilla/5.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';
  }
  getStoragePath(): string | null {
    return this.storagePath;
  }
}

const partitions = new Map<string, FakeSession>();

let defaultSession = new FakeSession('');

/** session.* (session.md: not usable before ready; electron.d.ts 13292 `fromPartition`, 13309 `defaultSession`). */
export const sessionMock = {
  get defaultSession(): FakeSession {
    ready('session.defaultSession');
    return defaultSession;
  },
  set defaultSession(value: FakeSession) {
    defaultSession = value;
  },
  fromPartition(partition: string): FakeSession {
    ready('session.fromPartition');
    let found = partitions.get(partition);
    if (found === undefined) {
      found = new FakeSession(partition);
      partitions.set(partition, found);
    }
    return found;
  },
  partitions,
};

let userData = mkdtempSync(join(tmpdir(), 'objector-test-userdata-'));
let paths = new Map<string, string>();

/** app.* */
export const appMock = Object.assign(new EventEmitter(), {
  /** electron.d.ts 1623 `isReady()`; tests of start-up set it false and let `whenReady()` make it true. */
  ready: true,
  isReady: () => appMock.ready,
  /** electron.d.ts 2116: resolves once the app is ready (and emits 'ready' the first time). */
  whenReady(): Promise<void> {
    return Promise.resolve().then(() => {
      if (appMock.ready) return;
      appMock.ready = true;
      appMock.emit('ready');
    });
  },
  /** electron.d.ts 1985 `setPath(name, path)`; `getPath` returns it afterwards. */
  setPath(name: string, path: string): void {
    paths.set(name, path);
    if (name === 'userData') userData = path;
  },
  isPackaged: false,
  quitting: false,
  preferredLanguages: ['en-GB'],
  loginItem: { openAtLogin: false },
  appUserModelId: '',
  dockHidden: false,
  getPath: (name: string) => paths.get(name) ?? (name === 'userData' || name === 'appData' ? userData : join(userData, name)),
  getAppPath: () => process.cwd(),
  getVersion: () => '0.1.0',
  getName: () => 'Objector',
  getPreferredSystemLanguages(): string[] {
    return appMock.preferredLanguages;
  },
  getLocale: () => 'en-GB',
  requestSingleInstanceLock: () => true,
  enableSandbox: () => undefined,
  quit(): void {
    appMock.quitting = true;
    appMock.emit('before-quit', { preventDefault: () => undefined });
  },
  exit: () => undefined,
  setAppUserModelId(id: string): void {
    appMock.appUserModelId = id;
  },
  setLoginItemSettings(settings: { openAtLogin: boolean }): void {
    appMock.loginItem = { openAtLogin: settings.openAtLogin };
  },
  getLoginItemSettings: () => ({ ...appMock.loginItem }),
  dock: {
    hide: () => {
      appMock.dockHidden = true;
    },
    show: () => Promise.resolve(),
  },
});

/** ipcMain, with `invoke` to call a registered handler as a renderer would. */
export const ipcMainMock = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    if (ipcMainMock.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMainMock.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    ipcMainMock.handlers.delete(channel);
  },
  /** Every `ipcMain.on` registration (electron.d.ts 9472), so tests can prove there is none unchecked. */
  listeners: new Map<string, Listener[]>(),
  on(channel: string, listener: Listener): void {
    ipcMainMock.listeners.set(channel, [...(ipcMainMock.listeners.get(channel) ?? []), listener]);
  },
  /**
   * Calls the handler of `channel` as if `sender` had invoked it. `senderFrame` is the top frame
   * showing the sender's URL, or null, which Electron allows (electron.d.ts 9557: "WebFrameMain | null",
   * when the frame navigated away or was destroyed).
   */
  async invoke(channel: string, sender: FakeWebContents, ...args: unknown[]): Promise<unknown> {
    return ipcMainMock.invokeFrom(channel, sender, { url: sender.url, parent: null }, ...args);
  },
  async invokeFrom(
    channel: string,
    sender: FakeWebContents,
    senderFrame: { url: string; parent: unknown } | null,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = ipcMainMock.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    return handler({ sender, senderFrame }, ...args);
  },
};

/** A fake native image (electron.d.ts 10698 `isEmpty()`). */
export class FakeNativeImage {
  constructor(
    readonly path: string,
    private readonly bytes = 'PNG',
  ) {}
  isEmpty(): boolean {
    return this.path === '';
  }
  setTemplateImage(_value: boolean): void {}
  /** An empty image gives no bytes. */
  toPNG(): Buffer {
    return this.isEmpty() ? Buffer.alloc(0) : Buffer.from(this.bytes);
  }
}

/** nativeImage.* */
export const nativeImageMock = {
  createFromPath: (path: string) => new FakeNativeImage(path),
  createEmpty: () => new FakeNativeImage(''),
};

/** Electron's application menu shows as each window's menu bar on Windows and Linux (electron.d.ts 10195). */
let hostPlatform: NodeJS.Platform = process.platform;

/**
 * A fake BaseWindow (base-window.md). It owns views, not a WebContents: closing it does NOT close
 * the WebContents of its WebContentsViews ("Resource management": they must be closed with
 * `webContents.close()`, or they keep running). `close()` emits 'close' (cancellable), then the
 * window is destroyed and emits 'closed'; by then every method and getter throws, `contentView`
 * included (electron.d.ts 2640 'closed': "you should remove the reference to the window").
 */
export class FakeBaseWindow extends EventEmitter {
  /** Every window created since the last reset, destroyed ones included. */
  static created: FakeBaseWindow[] = [];
  static get all(): FakeBaseWindow[] {
    return FakeBaseWindow.created;
  }
  private readonly view = {
    children: [] as unknown[],
    addChildView: (view: unknown) => this.view.children.push(view),
    removeChildView: (view: unknown) => (this.view.children = this.view.children.filter((v) => v !== view)),
  };
  destroyed = false;
  visible = false;
  bounds = { x: 0, y: 0, width: 1200, height: 800 };
  title = '';
  /** Whether the window has its own menu (null: removed with `setMenu(null)`/`removeMenu()`, electron.d.ts 3846, 3573). */
  private ownMenu: 'application' | null = 'application';
  private menuBarVisible = true;
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    ready(new.target.name === 'FakeBaseWindow' ? 'BaseWindow' : 'BrowserWindow');
    if (options.autoHideMenuBar === true) this.menuBarVisible = false; // electron.d.ts 4299
    FakeBaseWindow.created.push(this);
  }
  get contentView(): { children: unknown[]; addChildView(view: unknown): void; removeChildView(view: unknown): void } {
    alive(this);
    return this.view;
  }
  /** True when a menu bar shows in the window (never on macOS, where the menu is the app's). */
  menuBarShown(): boolean {
    return hostPlatform !== 'darwin' && this.ownMenu !== null && this.menuBarVisible && FakeMenu.applicationMenu !== null;
  }
  setMenu(menu: FakeMenu | null): void {
    alive(this);
    this.ownMenu = menu === null ? null : 'application';
  }
  removeMenu(): void {
    alive(this);
    this.ownMenu = null;
  }
  setMenuBarVisibility(visible: boolean): void {
    alive(this);
    this.menuBarVisible = visible;
  }
  setAutoHideMenuBar(hide: boolean): void {
    alive(this);
    if (hide) this.menuBarVisible = false;
  }
  show(): void {
    alive(this);
    this.visible = true;
  }
  hide(): void {
    alive(this);
    this.visible = false;
  }
  focus(): void {
    alive(this);
  }
  restore(): void {
    alive(this);
  }
  isMinimized(): boolean {
    alive(this);
    return false;
  }
  isVisible(): boolean {
    alive(this);
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setTitle(title: string): void {
    alive(this);
    this.title = title;
  }
  getContentBounds(): { x: number; y: number; width: number; height: number } {
    alive(this);
    return this.bounds;
  }
  getContentSize(): [number, number] {
    alive(this);
    return [this.bounds.width, this.bounds.height];
  }
  /** Tries to close: 'close' can be prevented; otherwise the window is destroyed. */
  close(): void {
    alive(this);
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  /** Destroys the window at once ('close' is not emitted; 'closed' is). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  static getAllWindows(): FakeBaseWindow[] {
    return FakeBaseWindow.created.filter((w) => !w.destroyed);
  }
}

/** A fake BrowserWindow: a BaseWindow with its own WebContents, destroyed with the window (browser-window.md). */
export class FakeBrowserWindow extends FakeBaseWindow {
  readonly webContents: FakeWebContents;
  constructor(options: Record<string, unknown> = {}) {
    super(options);
    this.webContents = new FakeWebContents();
  }
  loadURL(url: string): Promise<void> {
    alive(this);
    return this.webContents.loadURL(url);
  }
  override destroy(): void {
    if (this.destroyed) return;
    this.webContents.destroy();
    super.destroy();
  }
  static override get all(): FakeBrowserWindow[] {
    return FakeBaseWindow.created.filter((w): w is FakeBrowserWindow => w instanceof FakeBrowserWindow);
  }
  static override getAllWindows(): FakeBrowserWindow[] {
    return FakeBaseWindow.getAllWindows().filter((w): w is FakeBrowserWindow => w instanceof FakeBrowserWindow);
  }
}

/** A fake WebContentsView. */
export class FakeWebContentsView {
  readonly webContents: FakeWebContents;
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  constructor(readonly options: { webPreferences?: { partition?: string; session?: FakeSession } } = {}) {
    ready('WebContentsView');
    const prefs = options.webPreferences ?? {};
    const session =
      prefs.session ?? (prefs.partition !== undefined ? sessionMock.fromPartition(prefs.partition) : sessionMock.defaultSession);
    this.webContents = new FakeWebContents(session);
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.bounds = bounds;
  }
}

/** A fake Tray recording its tooltip, title, image and menu. */
export class FakeTray extends EventEmitter {
  static all: FakeTray[] = [];
  tooltip = '';
  title = '';
  menu: FakeMenu | null = null;
  destroyed = false;
  constructor(public image: unknown) {
    super();
    ready('Tray');
    FakeTray.all.push(this);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setTitle(text: string): void {
    this.title = text;
  }
  setImage(image: unknown): void {
    this.image = image;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** A menu template item, as main builds it. */
export interface FakeMenuItem {
  label?: string;
  type?: string;
  role?: string;
  enabled?: boolean;
  checked?: boolean;
  click?: (...args: unknown[]) => unknown;
  submenu?: FakeMenuItem[];
}

/** A fake Menu that keeps its template. */
export class FakeMenu {
  static applicationMenu: FakeMenu | null = null;
  constructor(readonly items: FakeMenuItem[]) {}
  static buildFromTemplate(template: FakeMenuItem[]): FakeMenu {
    return new FakeMenu(template);
  }
  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.applicationMenu = menu;
  }
}

/** A toast the OS shows: it refers to its Notification weakly, as Electron's native side does. */
export interface FakeToast {
  readonly title: string;
  readonly body: string;
  readonly notification: WeakRef<FakeNotification>;
}

/**
 * A fake Notification (notification.md, electron.d.ts 11113-11124):
 * - 'close' carries `{ reason }` ('userCanceled' | 'applicationHidden' | 'timedOut', 23786); on
 *   Windows a toast that times out emits 'close' with reason 'timedOut' and stays in the Action
 *   Center, where it can still be clicked later (`timeOut()`);
 * - 'failed' (event, error) when it cannot be shown (macOS unsigned builds since Electron 42);
 * - once shown, only the OS's toast refers to it, weakly: an unreferenced Notification is
 *   collected and a click then reaches nobody (electron/electron#12690). `toasts` are the OS's
 *   list; `shown` the notifications still alive.
 */
export class FakeNotification extends EventEmitter {
  static toasts: FakeToast[] = [];
  static supported = true;
  /** The next `show()` fails with this error ('failed' is emitted), as on an unsigned macOS build. */
  static failNext: string | null = null;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  /** The notifications shown and not yet collected. */
  static get shown(): FakeNotification[] {
    return FakeNotification.toasts.flatMap((toast) => toast.notification.deref() ?? []);
  }
  show(): void {
    const error = FakeNotification.failNext;
    if (error !== null) {
      FakeNotification.failNext = null;
      queueMicrotask(() => this.emit('failed', { preventDefault: () => undefined }, error));
      return;
    }
    FakeNotification.toasts.push({ title: this.options.title, body: this.options.body, notification: new WeakRef(this) });
    queueMicrotask(() => this.emit('show', { preventDefault: () => undefined }));
  }
  /** Programmatic dismissal: 'close' without a reason. */
  close(): void {
    this.emit('close', { preventDefault: () => undefined });
  }
  /** The person dismissed it. */
  dismiss(): void {
    this.emit('close', { preventDefault: () => undefined, reason: 'userCanceled' });
  }
  /** Windows: the toast left the screen for the Action Center. */
  timeOut(): void {
    this.emit('close', { preventDefault: () => undefined, reason: 'timedOut' });
  }
  /** The person clicks toast `index`: nothing happens when its Notification was collected. */
  static clickToast(index: number): boolean {
    const notification = FakeNotification.toasts[index]?.notification.deref();
    notification?.emit('click', { preventDefault: () => undefined });
    return notification !== undefined;
  }
}

/** Runs the garbage collector (Node's flag set at run time), then lets weak references clear. */
export async function collectGarbage(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
}

/** shell.* */
export const shellMock = {
  opened: [] as string[],
  revealed: [] as string[],
  openedPaths: [] as string[],
  openExternal(url: string): Promise<void> {
    shellMock.opened.push(url);
    return Promise.resolve();
  },
  showItemInFolder(path: string): void {
    shellMock.revealed.push(path);
  },
  openPath(path: string): Promise<string> {
    shellMock.openedPaths.push(path);
    return Promise.resolve('');
  },
};

/** dialog.*: tests set the next answers. */
export const dialogMock = {
  nextSavePath: undefined as string | undefined,
  nextOpenPaths: [] as string[],
  nextMessageBoxResponse: 0,
  messages: [] as unknown[],
  showSaveDialog: () => Promise.resolve({ canceled: dialogMock.nextSavePath === undefined, filePath: dialogMock.nextSavePath ?? '' }),
  showOpenDialog: () => Promise.resolve({ canceled: dialogMock.nextOpenPaths.length === 0, filePaths: dialogMock.nextOpenPaths }),
  showMessageBox: (...args: unknown[]) => {
    dialogMock.messages.push(args);
    return Promise.resolve({ response: dialogMock.nextMessageBoxResponse, checkboxChecked: false });
  },
  showMessageBoxSync: (...args: unknown[]) => {
    dialogMock.messages.push(args);
    return dialogMock.nextMessageBoxResponse;
  },
  showErrorBox: (...args: unknown[]) => {
    dialogMock.messages.push(args);
  },
};

/** clipboard.* */
export const clipboardMock = {
  text: '',
  writeText(text: string): void {
    clipboardMock.text = text;
  },
  readText: () => clipboardMock.text,
};

/** powerMonitor: tests emit 'resume'. */
export const powerMonitorMock = new EventEmitter();

/** protocol.* */
export const protocolMock = {
  handlers: new Map<string, Listener>(),
  registerSchemesAsPrivileged: () => undefined,
  /** protocol.md: `protocol.handle` only after ready (`registerSchemesAsPrivileged` only before). */
  handle(scheme: string, handler: Listener): void {
    ready('protocol.handle');
    protocolMock.handlers.set(scheme, handler);
  },
};

/** Makes the fakes behave as on `platform` where Electron differs (the menu bar). */
export function setHostPlatform(platform: NodeJS.Platform): void {
  hostPlatform = platform;
}

/** Puts every fake back in its initial state and gives the app a fresh userData folder. */
export function resetElectronMock(): void {
  userData = mkdtempSync(join(tmpdir(), 'objector-test-userdata-'));
  paths = new Map();
  appMock.ready = true;
  hostPlatform = process.platform;
  appMock.removeAllListeners();
  appMock.isPackaged = false;
  appMock.quitting = false;
  appMock.preferredLanguages = ['en-GB'];
  appMock.loginItem = { openAtLogin: false };
  appMock.appUserModelId = '';
  appMock.dockHidden = false;
  ipcMainMock.handlers.clear();
  ipcMainMock.listeners.clear();
  partitions.clear();
  defaultSession = new FakeSession('');
  FakeBaseWindow.created = [];
  FakeTray.all = [];
  FakeMenu.applicationMenu = null;
  FakeNotification.toasts = [];
  FakeNotification.supported = true;
  FakeNotification.failNext = null;
  shellMock.opened = [];
  shellMock.revealed = [];
  shellMock.openedPaths = [];
  dialogMock.nextSavePath = undefined;
  dialogMock.nextOpenPaths = [];
  dialogMock.nextMessageBoxResponse = 0;
  dialogMock.messages = [];
  clipboardMock.text = '';
  powerMonitorMock.removeAllListeners();
  protocolMock.handlers.clear();
}

export const app = appMock;
export const ipcMain = ipcMainMock;
export const session = sessionMock;
export const nativeImage = nativeImageMock;
export const BrowserWindow = FakeBrowserWindow;
export const BaseWindow = FakeBaseWindow;
export const WebContentsView = FakeWebContentsView;
export const Tray = FakeTray;
export const Menu = FakeMenu;
export const Notification = FakeNotification;
export const shell = shellMock;
export const dialog = dialogMock;
export const clipboard = clipboardMock;
export const powerMonitor = powerMonitorMock;
export const protocol = protocolMock;
export const net = { fetch: (url: string) => fetch(url) };
/** screen.md: not usable before ready. */
export const screen = {
  getPrimaryDisplay: () => {
    ready('screen');
    return { workAreaSize: { width: 1920, height: 1080 }, scaleFactor: 1 };
  },
};
export const contextBridge = { exposeInMainWorld: () => undefined };
export const ipcRenderer = { invoke: () => Promise.resolve(), on: () => undefined, removeListener: () => undefined };
export default {
  app,
  ipcMain,
  session,
  nativeImage,
  BrowserWindow,
  BaseWindow,
  WebContentsView,
  Tray,
  Menu,
  Notification,
  shell,
  dialog,
  clipboard,
  powerMonitor,
  protocol,
  net,
  screen,
};

/**
 * Hands a fake to code typed against Electron's real classes. The fakes implement what main uses,
 * not Electron's whole surface, so the cast is confined to this one helper.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the Electron class it needs
export function asReal<T>(fake: object): T {
  return fake as T;
}
