/**
 * The guard of an account view (design.md §5): every navigation, redirect and frame navigation
 * is checked against the URL policy; popups stay in the account's session only for login/2FA
 * pages, other https links open in the system browser, the rest is refused; <webview> is refused.
 * The rules are small pure functions; `guardAccountContents` wires them to a WebContents.
 */
import { shell, type BrowserWindowConstructorOptions, type WebContents, type WindowOpenHandlerResponse } from 'electron';
import type { NavigationPolicy } from './navigation-policy';
import { log } from '../log/log';

/** What to do with one navigation attempt. */
export type NavigationAction = 'proceed' | 'refuse' | 'refuse-and-open-externally';

/** The action for a top-level navigation or redirect. */
export function mainFrameAction(verdict: ReturnType<NavigationPolicy['verdict']>, url: string): NavigationAction {
  if (verdict === 'allow') return 'proceed';
  return verdict === 'open-external' && isHttps(url) ? 'refuse-and-open-externally' : 'refuse';
}

/** The action for a frame navigation: subframes never open the system browser (no pop-up storms). */
export function frameAction(verdict: ReturnType<NavigationPolicy['verdict']>, url: string, isMainFrame: boolean): NavigationAction {
  if (verdict === 'allow') return 'proceed';
  // The main frame's 'will-navigate' follows and opens the link externally when it should.
  if (isMainFrame && mainFrameAction(verdict, url) === 'refuse-and-open-externally') return 'proceed';
  return 'refuse';
}

/** What to do with a popup (window.open, target=_blank). */
export type PopupAction = 'same-session' | 'system-browser' | 'refuse';

/** The popup rule: login/2FA pages the policy allows stay in the session; other https links go to the browser. */
export function popupAction(policy: NavigationPolicy, url: string): PopupAction {
  const verdict = policy.verdict(url);
  if (verdict === 'allow' && policy.isLogin(url)) return 'same-session';
  if (verdict !== 'block' && isHttps(url)) return 'system-browser';
  return 'refuse';
}

/** The web preferences of an account view or of its login popup: sandboxed, isolated, no preload, no Node. */
export function accountWebPreferences(partition: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    partition,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** The window-open handler of an account view. */
export function windowOpenResponse(
  policy: NavigationPolicy,
  partition: string,
  url: string,
  openExternally: (url: string) => void = (target) => void shell.openExternal(target),
): WindowOpenHandlerResponse {
  const action = popupAction(policy, url);
  if (action === 'same-session') {
    return {
      action: 'allow',
      overrideBrowserWindowOptions: { width: 520, height: 720, autoHideMenuBar: true, webPreferences: accountWebPreferences(partition) },
    };
  }
  if (action === 'system-browser') openExternally(url);
  return { action: 'deny' };
}

/** How soon after the person's click or key press a page may open the system browser. */
export const GESTURE_WINDOW_MS = 1_500;
/** The least time between two pages opened in the system browser from one account view. */
export const EXTERNAL_GAP_MS = 2_000;

/**
 * A third-party page may open the system browser only right after the person clicked or typed in
 * it (a user gesture, seen through 'input-event', electron.d.ts 18194), and at most once every
 * two seconds: a script cannot open tab after tab on its own.
 */
export function externalOpenGate(now: () => number = Date.now): { input(): void; allow(): boolean } {
  let lastInput = Number.NEGATIVE_INFINITY;
  let lastOpen = Number.NEGATIVE_INFINITY;
  return {
    input: () => {
      lastInput = now();
    },
    allow: () => {
      const at = now();
      if (at - lastInput > GESTURE_WINDOW_MS || at - lastOpen < EXTERNAL_GAP_MS) return false;
      lastOpen = at;
      lastInput = Number.NEGATIVE_INFINITY; // one gesture, one page
      return true;
    },
  };
}

const GESTURES = new Set(['mouseDown', 'mouseUp', 'keyDown', 'rawKeyDown', 'keyUp', 'char', 'gestureTap', 'touchStart']);

/** Wires the guard to `contents` (and to any login popup it opens). */
export function guardAccountContents(
  contents: WebContents,
  policy: NavigationPolicy,
  partition: string,
  now: () => number = Date.now,
): void {
  const gate = externalOpenGate(now);
  contents.on('input-event', (_event, input) => {
    if (GESTURES.has(input.type)) gate.input();
  });
  const openExternally = (url: string): void => {
    if (!gate.allow()) {
      log.warn('navigation.external-refused', { host: hostOf(url), reason: 'no recent click, or too soon' });
      return;
    }
    log.info('navigation.opened-externally', { host: hostOf(url) });
    void shell.openExternal(url);
  };
  const apply = (action: NavigationAction, url: string, prevent: () => void): void => {
    if (action === 'proceed') return;
    prevent();
    if (action === 'refuse-and-open-externally') openExternally(url);
    else log.warn('navigation.refused', { window: 'account', host: hostOf(url) });
  };
  contents.on('will-navigate', (details) => {
    apply(mainFrameAction(policy.verdict(details.url), details.url), details.url, () => details.preventDefault());
  });
  contents.on('will-frame-navigate', (details) => {
    apply(frameAction(policy.verdict(details.url), details.url, details.isMainFrame), details.url, () => details.preventDefault());
  });
  contents.on('will-redirect', (details) => {
    const verdict = policy.verdict(details.url);
    const action = details.isMainFrame ? mainFrameAction(verdict, details.url) : frameAction(verdict, details.url, false);
    apply(action, details.url, () => details.preventDefault());
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => windowOpenResponse(policy, partition, url, openExternally));
  contents.on('did-create-window', (window) => guardAccountContents(window.webContents, policy, partition, now));
}

/** The host of a URL, for the log (never its path or query, which may name the person). */
function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : parsed.protocol;
  } catch {
    return 'invalid';
  }
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
