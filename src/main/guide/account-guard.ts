/**
 * The guard of an account view (design.md §5): every navigation, redirect and frame navigation
 * is checked against the URL policy; popups stay in the account's session only for login/2FA
 * pages, other https links open in the system browser, the rest is refused; <webview> is refused.
 * The rules are small pure functions; `guardAccountContents` wires them to a WebContents.
 */
import { shell, type BrowserWindowConstructorOptions, type WebContents, type WindowOpenHandlerResponse } from 'electron';
import type { NavigationPolicy } from './navigation-policy';

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
export function windowOpenResponse(policy: NavigationPolicy, partition: string, url: string): WindowOpenHandlerResponse {
  const action = popupAction(policy, url);
  if (action === 'same-session') {
    return {
      action: 'allow',
      overrideBrowserWindowOptions: { width: 520, height: 720, autoHideMenuBar: true, webPreferences: accountWebPreferences(partition) },
    };
  }
  if (action === 'system-browser') void shell.openExternal(url);
  return { action: 'deny' };
}

/** Wires the guard to `contents` (and to any login popup it opens). */
export function guardAccountContents(contents: WebContents, policy: NavigationPolicy, partition: string): void {
  const apply = (action: NavigationAction, url: string, prevent: () => void): void => {
    if (action === 'proceed') return;
    prevent();
    if (action === 'refuse-and-open-externally') void shell.openExternal(url);
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
  contents.setWindowOpenHandler(({ url }) => windowOpenResponse(policy, partition, url));
  contents.on('did-create-window', (window) => guardAccountContents(window.webContents, policy, partition));
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
