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

type Listener = (...args: unknown[]) => unknown;

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
  constructor(session: FakeSession = sessionMock.defaultSession) {
    super();
    this.session = session;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.url = url;
    return Promise.resolve();
  }
  getURL(): string {
    return this.url;
  }
  getTitle(): string {
    return '';
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }
  getUserAgent(): string {
    return this.userAgent;
  }
  setUserAgent(agent: string): void {
    this.userAgent = agent;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isLoading(): boolean {
    return false;
  }
  reload(): void {
    this.emit('did-start-loading');
  }
  close(): void {
    this.destroy();
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
  focus(): void {}
  executeJavaScriptInIsolatedWorld(_worldId: number, _scripts: unknown[]): Promise<unknown> {
    return Promise.resolve(this.probeResult);
  }
  probeResult: unknown = '';
  capturePage(): Promise<{ toPNG(): Buffer }> {
    return Promise.resolve({ toPNG: () => Buffer.from('PNG-bytes') });
  }
  printToPDF(): Promise<Buffer> {
    return Promise.resolve(Buffer.from('%PDF-1.7 bytes'));
  }
  /** Emits a cancellable event like Electron does; returns true when a listener prevented it. */
  emitCancellable(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true), url: args[0] };
    this.emit(name, event, ...args);
    return prevented;
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

/** session.* */
export const sessionMock = {
  defaultSession: new FakeSession(''),
  fromPartition(partition: string): FakeSession {
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

/** app.* */
export const appMock = Object.assign(new EventEmitter(), {
  isPackaged: false,
  quitting: false,
  preferredLanguages: ['en-GB'],
  loginItem: { openAtLogin: false },
  appUserModelId: '',
  dockHidden: false,
  getPath: (name: string) => (name === 'userData' || name === 'appData' ? userData : join(userData, name)),
  getAppPath: () => process.cwd(),
  getVersion: () => '0.1.0',
  getName: () => 'Objector',
  getPreferredSystemLanguages(): string[] {
    return appMock.preferredLanguages;
  },
  getLocale: () => 'en-GB',
  requestSingleInstanceLock: () => true,
  enableSandbox: () => undefined,
  whenReady: () => Promise.resolve(),
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
  on: () => undefined,
  /** Calls the handler of `channel` as if `sender` had invoked it. */
  async invoke(channel: string, sender: FakeWebContents, ...args: unknown[]): Promise<unknown> {
    const handler = ipcMainMock.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    const event = { sender, senderFrame: { url: sender.url, parent: null } };
    // "Arguments will be serialized with the Structured Clone Algorithm" (electron.d.ts, IpcRenderer.invoke):
    // the handler gets copies, and a value that cannot be cloned never reaches it.
    return handler(event, ...structuredClone(args));
  },
};

/** A fake native image. */
export class FakeNativeImage {
  constructor(readonly path: string) {}
  isEmpty(): boolean {
    return this.path === '';
  }
  setTemplateImage(_value: boolean): void {}
  toPNG(): Buffer {
    return Buffer.from('PNG');
  }
}

/** nativeImage.* */
export const nativeImageMock = {
  createFromPath: (path: string) => new FakeNativeImage(path),
  createEmpty: () => new FakeNativeImage(''),
};

/** A fake BrowserWindow. */
export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  readonly webContents: FakeWebContents;
  readonly contentView = {
    children: [] as unknown[],
    addChildView: (view: unknown) => this.contentView.children.push(view),
    removeChildView: (view: unknown) => (this.contentView.children = this.contentView.children.filter((v) => v !== view)),
  };
  destroyed = false;
  visible = false;
  bounds = { x: 0, y: 0, width: 1200, height: 800 };
  title = '';
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    this.webContents = new FakeWebContents();
    FakeBrowserWindow.all.push(this);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getContentBounds(): { x: number; y: number; width: number; height: number } {
    return this.bounds;
  }
  getContentSize(): [number, number] {
    return [this.bounds.width, this.bounds.height];
  }
  close(): void {
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed);
  }
}

/** A fake WebContentsView. */
export class FakeWebContentsView {
  readonly webContents: FakeWebContents;
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  constructor(readonly options: { webPreferences?: { partition?: string; session?: FakeSession } } = {}) {
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

/** A fake Notification: `shown` lists every one shown; tests emit 'click' on them. */
export class FakeNotification extends EventEmitter {
  static shown: FakeNotification[] = [];
  static supported = true;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  show(): void {
    FakeNotification.shown.push(this);
  }
  close(): void {
    this.emit('close');
  }
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
  handle(scheme: string, handler: Listener): void {
    protocolMock.handlers.set(scheme, handler);
  },
};

/** Puts every fake back in its initial state and gives the app a fresh userData folder. */
export function resetElectronMock(): void {
  userData = mkdtempSync(join(tmpdir(), 'objector-test-userdata-'));
  appMock.removeAllListeners();
  appMock.isPackaged = false;
  appMock.quitting = false;
  appMock.preferredLanguages = ['en-GB'];
  appMock.loginItem = { openAtLogin: false };
  appMock.appUserModelId = '';
  appMock.dockHidden = false;
  ipcMainMock.handlers.clear();
  partitions.clear();
  sessionMock.defaultSession = new FakeSession('');
  FakeBrowserWindow.all = [];
  FakeTray.all = [];
  FakeMenu.applicationMenu = null;
  FakeNotification.shown = [];
  FakeNotification.supported = true;
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
export const BaseWindow = FakeBrowserWindow;
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
export const screen = { getPrimaryDisplay: () => ({ workAreaSize: { width: 1920, height: 1080 }, scaleFactor: 1 }) };
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
