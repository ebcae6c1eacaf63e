/**
 * App-wide security defaults (design.md §5): sandbox every renderer, refuse <webview>, deny every
 * permission on the default session, and keep our own windows on our own pages.
 * Account views (the platform's pages) get their own, stricter guard in the guided window.
 */
import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl } from '../app-protocol';

/** Keeps one of our windows on app:// pages; https links open in the system browser. */
export function guardAppContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Must run before ready. */
export function hardenApp(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (attachEvent) => attachEvent.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Denies every permission request and check on the default session. Call after ready. */
export function denyPermissions(target = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}
