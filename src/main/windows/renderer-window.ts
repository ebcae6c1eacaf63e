/**
 * Creates our own windows (checklist, guide panel): sandboxed, context-isolated, no Node, our
 * preload, our app:// page. Closed windows are destroyed (Electron's default) to free memory.
 */
import { app, BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { rendererBaseUrl } from '../app-protocol';
import { preloadPath } from '../paths';
import { trustWebContents } from '../ipc/handle';
import { guardAppContents } from '../security/harden';
import { watchOurContents } from './contents-health';
import { showStartFailure } from '../lifecycle/startup';
import { logFolder } from '../log/file-log';

/** The secure web preferences every window of ours uses. */
export function secureWebPreferences(): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath(),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** Which screen of the renderer a window shows. */
export type RendererView = 'checklist' | 'guide';

/** The URL of a renderer view. */
export function viewUrl(view: RendererView): string {
  return `${rendererBaseUrl()}/index.html?view=${view}`;
}

/** Opens a BrowserWindow on one of our views, shown once it has painted. */
export function createRendererWindow(view: RendererView, options: BrowserWindowConstructorOptions): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    backgroundColor: '#f7f7f5',
    autoHideMenuBar: true,
    ...options,
    webPreferences: secureWebPreferences(),
  });
  trustWebContents(window.webContents);
  guardAppContents(window.webContents);
  watchOurContents(window.webContents, view, {
    onLoadFailure: (error) => void showStartFailure(error, { data: app.getPath('userData'), logs: logFolder() }),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(viewUrl(view));
  return window;
}
