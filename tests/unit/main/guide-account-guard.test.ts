import { beforeEach, describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { asReal, FakeWebContents, resetElectronMock, shellMock } from '../../support/electron-mock';
import { builtInCatalog } from '@shared/catalog/index';
import type { windowOpenResponse } from '../../../src/main/guide/account-guard';
import {
  accountWebPreferences,
  frameAction,
  guardAccountContents,
  mainFrameAction,
  popupAction,
} from '../../../src/main/guide/account-guard';
import { navigationPolicyFor, type NavigationPolicy } from '../../../src/main/guide/navigation-policy';

const partition = 'persist:account-0b7c6f2e-1111-4222-8333-444455556666';
const policy = navigationPolicyFor('facebook', builtInCatalog());
const FORM = 'https://www.facebook.com/help/contact/6359191084165019';
const LOGIN = 'https://www.facebook.com/login/?next=x';

/** Emits a cancellable navigation event the way Electron 45 does (details object first). */
function emitNavigation(
  contents: FakeWebContents,
  name: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
  url: string,
  isMainFrame = true,
): boolean {
  return contents.emitNavigation(name, url, isMainFrame);
}

beforeEach(() => resetElectronMock());

describe('navigation rules', () => {
  it('lets allowed pages load and refuses the rest, by parsed hostname', () => {
    expect(mainFrameAction(policy.verdict(FORM), FORM)).toBe('proceed');
    for (const url of [
      'https://facebook.com.evil.example/',
      'https://www.facebook.com@evil.example/',
      'http://www.facebook.com/help/contact/1',
      'javascript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
    ]) {
      expect(mainFrameAction(policy.verdict(url), url), url).not.toBe('proceed');
    }
  });

  it('sends other https sites to the system browser from the main frame only', () => {
    expect(mainFrameAction('open-external', 'https://example.org/')).toBe('refuse-and-open-externally');
    expect(mainFrameAction('open-external', 'http://example.org/')).toBe('refuse');
    expect(frameAction('open-external', 'https://example.org/', false)).toBe('refuse');
    // The main frame's will-navigate follows and opens it externally.
    expect(frameAction('open-external', 'https://example.org/', true)).toBe('proceed');
    expect(frameAction('block', 'https://example.org/', true)).toBe('refuse');
  });

  it('keeps login popups in the session, sends other https links out, refuses the rest', () => {
    const fake: NavigationPolicy = {
      verdict: (url) => (url.includes('ok') ? 'allow' : url.includes('out') ? 'open-external' : 'block'),
      isLogin: (url) => url.includes('login'),
    };
    expect(popupAction(fake, 'https://ok.example/login')).toBe('same-session');
    expect(popupAction(fake, 'https://ok.example/help')).toBe('system-browser');
    expect(popupAction(fake, 'https://out.example/')).toBe('system-browser');
    expect(popupAction(fake, 'http://out.example/')).toBe('refuse');
    expect(popupAction(fake, 'https://blocked.example/')).toBe('refuse');
  });
});

describe('guardAccountContents', () => {
  const guarded = (): FakeWebContents => {
    const contents = new FakeWebContents();
    guardAccountContents(asReal<WebContents>(contents), policy, partition);
    return contents;
  };

  it('checks will-navigate, will-frame-navigate and will-redirect', () => {
    const contents = guarded();
    expect(emitNavigation(contents, 'will-navigate', FORM)).toBe(false);
    expect(emitNavigation(contents, 'will-navigate', 'https://facebook.com.evil.example/')).toBe(true);
    expect(emitNavigation(contents, 'will-frame-navigate', 'javascript:alert(1)', false)).toBe(true);
    expect(emitNavigation(contents, 'will-frame-navigate', FORM, false)).toBe(false);
    expect(emitNavigation(contents, 'will-redirect', 'http://www.facebook.com/')).toBe(true);
    expect(emitNavigation(contents, 'will-redirect', FORM)).toBe(false);
  });

  it('opens an outside https link in the system browser instead of the account view', () => {
    const contents = guarded();
    const url = 'https://example.org/article';
    expect(policy.verdict(url)).toBe('open-external');
    contents.userInput('mouseDown');
    expect(emitNavigation(contents, 'will-navigate', url)).toBe(true);
    expect(shellMock.opened).toEqual([url]);
  });

  it('never opens http, file or javascript URLs externally', () => {
    const contents = guarded();
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)']) emitNavigation(contents, 'will-navigate', url);
    expect(shellMock.opened).toEqual([]);
  });

  it('refuses <webview>', () => {
    expect(guarded().emitCancellable('will-attach-webview', {}, {})).toBe(true);
  });

  it('allows login popups in the same sandboxed session without preload', () => {
    const contents = guarded();
    const response = contents.windowOpenHandler?.({ url: LOGIN, frameName: '', features: '', disposition: 'new-window' }) as ReturnType<
      typeof windowOpenResponse
    >;
    expect(response.action).toBe('allow');
    if (response.action !== 'allow') return;
    const prefs = response.overrideBrowserWindowOptions?.webPreferences;
    expect(prefs).toMatchObject({ partition, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs?.preload).toBeUndefined();
    expect(shellMock.opened).toEqual([]);
  });

  it('denies other popups, opening https ones in the system browser', () => {
    const contents = guarded();
    const open = (url: string) => contents.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' });
    contents.userInput('mouseDown');
    expect(open(FORM)).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('https://www.facebook.com.evil.example/')).toEqual({ action: 'deny' });
    expect(shellMock.opened).toContain(FORM);
    expect(shellMock.opened).not.toContain('javascript:alert(1)');
  });

  it('guards the login popup it created too', () => {
    const contents = guarded();
    const popup = new FakeWebContents();
    contents.emit('did-create-window', { webContents: popup }, {});
    expect(emitNavigation(popup, 'will-navigate', 'https://facebook.com.evil.example/')).toBe(true);
    expect(popup.windowOpenHandler).not.toBeNull();
  });

  it('gives account views no preload, no Node, a sandbox and isolation: every setting, exactly', () => {
    expect(accountWebPreferences(partition)).toStrictEqual({
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
    });
  });

  it('opens the system browser only right after the person clicked or typed, and not twice in a row', () => {
    let now = 1_000_000;
    const contents = new FakeWebContents();
    guardAccountContents(asReal<WebContents>(contents), policy, partition, () => now);
    const out = (n: number) => `https://example.org/article-${n}`;
    // A script alone (no gesture): refused, however often it tries.
    for (let n = 0; n < 5; n++) emitNavigation(contents, 'will-navigate', out(n));
    contents.windowOpenHandler?.({ url: out(9), frameName: '', features: '', disposition: 'new-window' });
    expect(shellMock.opened).toEqual([]);
    // A click: one page. A burst right after: nothing more.
    contents.userInput('mouseDown');
    emitNavigation(contents, 'will-navigate', out(10));
    emitNavigation(contents, 'will-navigate', out(11));
    expect(shellMock.opened).toEqual([out(10)]);
    // Another click too soon after the last page: still nothing; later: one more.
    now += 500;
    contents.userInput('keyDown');
    emitNavigation(contents, 'will-navigate', out(12));
    expect(shellMock.opened).toEqual([out(10)]);
    now += 3_000;
    contents.userInput('mouseDown');
    now += 1_000;
    emitNavigation(contents, 'will-navigate', out(13));
    expect(shellMock.opened).toEqual([out(10), out(13)]);
    // A click long ago does not count.
    now += 10_000;
    contents.userInput('mouseDown');
    now += 5_000;
    emitNavigation(contents, 'will-navigate', out(14));
    expect(shellMock.opened).toEqual([out(10), out(13)]);
  });
});
