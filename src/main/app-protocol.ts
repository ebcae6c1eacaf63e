/**
 * Serves our renderer from `app://objector/` instead of file://, so the pages get a real origin
 * (CSP 'self' means only our files), and no page of ours can read arbitrary files.
 * See https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
import { app, net, protocol } from 'electron';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rendererDir } from './paths';

/** The scheme and host of our own built pages. */
export const APP_ORIGIN = 'app://objector';

/**
 * Where our pages come from: app://objector, or the electron-vite dev server during `npm run dev`
 * (never in a packaged app).
 */
export function rendererBaseUrl(): string {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return !app.isPackaged && dev?.startsWith('http://localhost') === true ? dev.replace(/\/$/, '') : APP_ORIGIN;
}

/**
 * True for URLs of our own pages: app://objector/… (or the dev server's origin in `npm run dev`).
 * Compared by scheme and host, not by `origin`: Node's URL gives every non-special scheme the
 * origin "null" (app://objector, app://evil, file:, data:, about:blank, chrome: all alike).
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  let base: URL;
  try {
    parsed = new URL(url);
    base = new URL(rendererBaseUrl());
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (base.protocol === 'app:') return parsed.protocol === 'app:' && parsed.host === 'objector';
  return parsed.protocol === base.protocol && parsed.host === base.host;
}

/** Must run before `app.whenReady()`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Maps an app:// URL to a file inside the renderer folder, or null if it points elsewhere. */
export function resolveAppUrl(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'app:' || parsed.host !== 'objector') return null;
  const relative = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname);
  const file = normalize(join(root, relative));
  return file.startsWith(root + sep) ? file : null;
}

/** Answers app:// requests from the built renderer. Call after ready. */
export function serveRenderer(): void {
  const root = normalize(rendererDir());
  protocol.handle('app', async (request) => {
    const file = resolveAppUrl(request.url, root);
    if (file === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    return new Response(response.body, { status: 200, headers: { 'content-type': type } });
  });
}
