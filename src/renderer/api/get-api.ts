/**
 * The renderer's one door to the world: `window.objector` from the preload in the desktop app, or
 * the browser backend (same api, localStorage) when the page runs in an ordinary browser.
 */
import { API_GLOBAL, type Api } from '@shared/ipc/contract';

declare global {
  interface Window {
    readonly [API_GLOBAL]?: Api;
  }
}

/** The api of this page's host. The browser backend is loaded only when needed. */
export async function getApi(): Promise<Api> {
  const exposed = window[API_GLOBAL];
  if (exposed !== undefined) return exposed;
  const { createBrowserBackend } = await import('./browser-backend');
  return createBrowserBackend(window.localStorage, { now: () => new Date() });
}
