/**
 * The account guard, rule by rule (issue 14, step 7: tests that bite). Each table covers every
 * verdict × scheme × frame combination, so a rule that answers right for one candidate only fails.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { asReal, FakeWebContents, resetElectronMock, shellMock } from '../../support/electron-mock';
import { builtInCatalog } from '@shared/catalog/index';
import {
  EXTERNAL_GAP_MS,
  externalOpenGate,
  frameAction,
  GESTURE_WINDOW_MS,
  guardAccountContents,
  mainFrameAction,
  popupAction,
  windowOpenResponse,
} from '../../../src/main/guide/account-guard';
import { navigationPolicyFor, type NavigationPolicy } from '../../../src/main/guide/navigation-policy';
import { setLogSink } from '../../../src/main/log/log';

const partition = 'persist:account-0b7c6f2e-1111-4222-8333-444455556666';
const policy = navigationPolicyFor('facebook', builtInCatalog());
const FORM = 'https://www.facebook.com/help/contact/6359191084165019';
const LOGIN = 'https://www.facebook.com/login/?next=x';
const OUTSIDE = 'https://example.org/article?name=marie';

const lines: string[] = [];
beforeEach(() => {
  resetElectronMock();
  lines.length = 0;
  setLogSink({ write: (level, line) => lines.push(`${level} ${line}`) });
});
afterEach(() => setLogSink(null));

const verdicts = ['allow', 'open-external', 'block'] as const;
const urls = { https: 'https://example.org/', http: 'http://example.org/', js: 'javascript:alert(1)', invalid: 'not a url' } as const;

describe('mainFrameAction and frameAction, every combination', () => {
  it('main frame: allow proceeds; only an https open-external goes out; everything else is refused', () => {
    const expected: Record<(typeof verdicts)[number], Record<keyof typeof urls, string>> = {
      allow: { https: 'proceed', http: 'proceed', js: 'proceed', invalid: 'proceed' },
      'open-external': { https: 'refuse-and-open-externally', http: 'refuse', js: 'refuse', invalid: 'refuse' },
      block: { https: 'refuse', http: 'refuse', js: 'refuse', invalid: 'refuse' },
    };
    for (const verdict of verdicts) {
      for (const [kind, url] of Object.entries(urls) as [keyof typeof urls, string][]) {
        expect(mainFrameAction(verdict, url), `${verdict} ${kind}`).toBe(expected[verdict][kind]);
      }
    }
  });

  it('frames: allow proceeds; the main frame lets an outgoing https link through to will-navigate; subframes never', () => {
    for (const url of Object.values(urls)) {
      expect(frameAction('allow', url, true)).toBe('proceed');
      expect(frameAction('allow', url, false)).toBe('proceed');
      expect(frameAction('block', url, true)).toBe('refuse');
      expect(frameAction('block', url, false)).toBe('refuse');
      expect(frameAction('open-external', url, false)).toBe('refuse');
    }
    expect(frameAction('open-external', urls.https, true)).toBe('proceed');
    expect(frameAction('open-external', urls.http, true)).toBe('refuse');
    expect(frameAction('open-external', urls.js, true)).toBe('refuse');
    expect(frameAction('open-external', urls.invalid, true)).toBe('refuse');
  });
});

describe('popupAction, every combination', () => {
  const fixed = (verdict: (typeof verdicts)[number], login: boolean): NavigationPolicy => ({
    verdict: () => verdict,
    isLogin: () => login,
  });
  it('only an allowed login page stays in the session; allowed or outside https pages go to the browser', () => {
    for (const login of [true, false]) {
      expect(popupAction(fixed('allow', login), urls.https)).toBe(login ? 'same-session' : 'system-browser');
      expect(popupAction(fixed('open-external', login), urls.https)).toBe('system-browser');
      expect(popupAction(fixed('block', login), urls.https)).toBe('refuse');
      for (const url of [urls.http, urls.js, urls.invalid]) {
        expect(popupAction(fixed('open-external', login), url)).toBe('refuse');
        expect(popupAction(fixed('block', login), url)).toBe('refuse');
      }
      expect(popupAction(fixed('allow', login), urls.http)).toBe(login ? 'same-session' : 'refuse');
    }
  });
});

describe('windowOpenResponse', () => {
  it('opens a login popup as a small window without a menu bar, with the account’s locked-down settings', () => {
    const opened: string[] = [];
    const response = windowOpenResponse(policy, partition, LOGIN, (url) => opened.push(url));
    expect(response).toStrictEqual({
      action: 'allow',
      overrideBrowserWindowOptions: {
        width: 520,
        height: 720,
        autoHideMenuBar: true,
        webPreferences: {
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
        },
      },
    });
    expect(opened).toEqual([]);
  });

  it('by default opens other https popups with the system browser (shell.openExternal), refused ones nowhere', () => {
    expect(windowOpenResponse(policy, partition, OUTSIDE)).toStrictEqual({ action: 'deny' });
    expect(shellMock.opened).toEqual([OUTSIDE]);
    expect(windowOpenResponse(policy, partition, 'http://example.org/')).toStrictEqual({ action: 'deny' });
    expect(shellMock.opened).toEqual([OUTSIDE]);
  });
});

describe('externalOpenGate, at its edges', () => {
  it('allows an opening exactly 1.5 s after a gesture, not a millisecond later', () => {
    let now = 10_000;
    const gate = externalOpenGate(() => now);
    gate.input();
    now += GESTURE_WINDOW_MS;
    expect(gate.allow()).toBe(true);
    const late = externalOpenGate(() => now);
    late.input();
    now += GESTURE_WINDOW_MS + 1;
    expect(late.allow()).toBe(false);
  });

  it('allows a second opening exactly 2 s after the first (with a fresh gesture), not a millisecond sooner', () => {
    let now = 50_000;
    const gate = externalOpenGate(() => now);
    gate.input();
    expect(gate.allow()).toBe(true);
    now += EXTERNAL_GAP_MS - 1;
    gate.input();
    expect(gate.allow()).toBe(false);
    now += 1;
    gate.input();
    expect(gate.allow()).toBe(true);
  });

  it('uses one gesture for one page only', () => {
    let now = 0;
    const gate = externalOpenGate(() => now);
    gate.input();
    expect(gate.allow()).toBe(true);
    now += EXTERNAL_GAP_MS; // the gap has passed, but the gesture is spent
    expect(gate.allow()).toBe(false);
  });
});

describe('guardAccountContents: gestures, redirects and what the log says', () => {
  const guarded = (now: () => number = () => 0): FakeWebContents => {
    const contents = new FakeWebContents();
    guardAccountContents(asReal<WebContents>(contents), policy, partition, now);
    return contents;
  };
  const input = (contents: FakeWebContents, type: string): void => {
    contents.emit('input-event', { preventDefault: () => undefined }, { type });
  };

  it('counts every kind of click, key and touch as a gesture, and nothing else', () => {
    const gestures = ['mouseDown', 'mouseUp', 'keyDown', 'rawKeyDown', 'keyUp', 'char', 'gestureTap', 'touchStart'];
    let now = 0;
    for (const type of gestures) {
      now += 10_000;
      const contents = guarded(() => now);
      shellMock.opened.length = 0;
      input(contents, type);
      contents.emitNavigation('will-navigate', OUTSIDE);
      expect(shellMock.opened, type).toEqual([OUTSIDE]);
    }
    for (const type of ['mouseMove', 'mouseWheel', 'mouseEnter', 'gestureScrollBegin', '']) {
      now += 10_000;
      const contents = guarded(() => now);
      shellMock.opened.length = 0;
      input(contents, type);
      contents.emitNavigation('will-navigate', OUTSIDE);
      expect(shellMock.opened, type).toEqual([]);
    }
  });

  it('a main-frame redirect to an outside https page goes to the browser; a subframe redirect does not', () => {
    const contents = guarded();
    contents.userInput('mouseDown');
    expect(contents.emitNavigation('will-redirect', OUTSIDE, false)).toBe(true);
    expect(shellMock.opened).toEqual([]);
    expect(contents.emitNavigation('will-redirect', OUTSIDE, true)).toBe(true);
    expect(shellMock.opened).toEqual([OUTSIDE]);
    expect(contents.emitNavigation('will-redirect', FORM, false)).toBe(false);
  });

  it('a main-frame will-frame-navigate to an outside page is left to will-navigate, which opens it once', () => {
    const contents = guarded();
    contents.userInput('mouseDown');
    expect(contents.emitNavigation('will-frame-navigate', OUTSIDE, true)).toBe(false);
    expect(shellMock.opened).toEqual([]);
    expect(contents.emitNavigation('will-navigate', OUTSIDE, true)).toBe(true);
    expect(shellMock.opened).toEqual([OUTSIDE]);
  });

  it('logs the host of what it opened or refused, never the path or the query', () => {
    const contents = guarded();
    contents.emitNavigation('will-navigate', OUTSIDE);
    contents.userInput('mouseDown');
    contents.emitNavigation('will-navigate', OUTSIDE);
    contents.emitNavigation('will-navigate', 'http://tracker.example/p?email=x');
    contents.emitNavigation('will-navigate', 'javascript:alert(1)');
    contents.emitNavigation('will-frame-navigate', 'data:text/html,secret', false);
    expect(lines).toEqual([
      'warn navigation.external-refused host=example.org reason="no recent click, or too soon"',
      'info navigation.opened-externally host=example.org',
      'warn navigation.refused window=account host=tracker.example',
      'warn navigation.refused window=account host=javascript:',
      'warn navigation.refused window=account host=data:',
    ]);
    expect(lines.join('\n')).not.toMatch(/article|marie|secret|email/);
  });

  it('logs an unparsable address as "invalid"', () => {
    const contents = guarded();
    contents.emitNavigation('will-navigate', 'http://[not-an-address/');
    expect(lines).toEqual(['warn navigation.refused window=account host=invalid']);
  });

  it('lets allowed navigations through without a log line', () => {
    const contents = guarded();
    expect(contents.emitNavigation('will-navigate', FORM)).toBe(false);
    expect(contents.emitNavigation('will-frame-navigate', FORM, false)).toBe(false);
    expect(contents.emitNavigation('will-redirect', LOGIN)).toBe(false);
    expect(lines).toEqual([]);
  });

  it('guards a popup with the same gate clock: a click in the popup lets it open one page', () => {
    let now = 100_000;
    const contents = guarded(() => now);
    const popup = new FakeWebContents();
    contents.emit('did-create-window', { webContents: popup }, {});
    popup.userInput('keyDown');
    now += 1_000;
    expect(popup.emitNavigation('will-navigate', OUTSIDE)).toBe(true);
    expect(shellMock.opened).toEqual([OUTSIDE]);
    expect(popup.emitCancellable('will-attach-webview', {}, {})).toBe(true);
  });
});
