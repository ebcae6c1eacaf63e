/**
 * App-wide security defaults (design.md §5): sandbox every renderer, refuse <webview>, deny every
 * permission on the default session, and keep our own windows on our own pages.
 * Account views (the platform's pages) get their own, stricter guard in the guided window.
 */
import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl } from '../app-protocol';
import { log } from '../log/log';

/**
 * Keeps one of our windows on app:// pages; https links open in the system browser. Reads the
 * URL from Electron 45's details object (the positional `url` argument is deprecated).
 */
export function guardAppContents(contents: WebContents): void {
  const refuse = (details: { url: string; preventDefault(): void }, kind: string): void => {
    if (isAppUrl(details.url)) return;
    details.preventDefault();
    log.warn('navigation.refused', { window: 'ours', kind, scheme: schemeOf(details.url) });
  };
  contents.on('will-navigate', (details) => refuse(details, 'navigate'));
  contents.on('will-redirect', (details) => refuse(details, 'redirect'));
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

/** The scheme of a URL, for the log (never the rest of it). */
export function schemeOf(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? 'invalid';
}
