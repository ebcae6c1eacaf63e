/**
 * The guided window (design.md §4): ONE window, two parts laid out by main — our guide panel on the
 * left (fixed width) and a WebContentsView on the right showing the platform's page in the
 * account's own session. Opening another account swaps the page view (the old one is closed).
 */
import { BaseWindow, WebContentsView, type WebContents } from 'electron';
import type { Account, Catalog, Clock } from '@shared/domain/types';
import type { GuideView } from '@shared/ipc/contract';
import { extraTargetsFor, targetFor } from '@shared/catalog/index';
import { deriveStatus, ownStatus } from '@shared/domain/status';
import { entryUrlsOf } from '@shared/guide/entries';
import { partitionFor } from '@shared/guide/partition';
import { cleanUserAgent } from '@shared/guide/user-agent';
import type { StateService } from '../state/state-service';
import type { Language } from '../language';
import { broadcast, trustWebContents } from '../ipc/handle';
import { guardAppContents } from '../security/harden';
import { secureWebPreferences, viewUrl } from '../windows/renderer-window';
import { accountSession } from './account-session';
import { accountWebPreferences, guardAccountContents } from './account-guard';
import { navigationPolicyFor } from './navigation-policy';
import { createGuideSession, type GuideSession } from './guide-session';
import { e2eEntryOverride, e2eOrigin } from './e2e-override';
import { platformName } from '@shared/domain/platform-names';
import { log } from '../log/log';
import { watchOurContents } from '../windows/contents-health';

/** What the guided window needs from the app. */
export interface GuideDeps {
  readonly state: StateService;
  readonly catalog: Catalog;
  readonly clock: Clock;
  readonly language: () => Language;
}

/** The panel's fixed width, in DIPs; the page fills the rest. */
export const PANEL_WIDTH = 380;

/** A view's place in the window's content area. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the panel and the page go in a content area of `width` × `height`. */
export function guideLayout(width: number, height: number, panelWidth = PANEL_WIDTH): { readonly panel: Rect; readonly page: Rect } {
  const panel = Math.min(panelWidth, width);
  return { panel: { x: 0, y: 0, width: panel, height }, page: { x: panel, y: 0, width: Math.max(0, width - panel), height } };
}

/** The account page currently shown. */
export interface GuidePage {
  readonly accountId: string;
  readonly campaignId: string;
  /** The extra target shown, or undefined for the platform's main target. */
  readonly targetId: string | undefined;
  readonly view: WebContentsView;
  readonly session: GuideSession;
}

interface GuideWindow {
  readonly window: BaseWindow;
  readonly panel: WebContentsView;
  page: GuidePage | null;
}

let deps: GuideDeps | null = null;
let current: GuideWindow | null = null;

/** Gives the guided window what it needs; called once by `setupGuide`. */
export function configureGuide(value: GuideDeps): void {
  deps = value;
}

/** The page the guided window shows, if it is open. */
export function currentGuidePage(): GuidePage | null {
  return current?.page ?? null;
}

/** The guide view of the open window, or null. */
export function currentGuideView(): GuideView | null {
  return current?.page?.session.view() ?? null;
}

function layout(guide: GuideWindow): void {
  const [width, height] = guide.window.getContentSize();
  const rects = guideLayout(width ?? 0, height ?? 0);
  guide.panel.setBounds(rects.panel);
  guide.page?.view.setBounds(rects.page);
}

/**
 * Closes the account page. A BaseWindow does not close its views' WebContents (base-window.md,
 * "Resource management"): each one is closed here, or the page would keep running.
 * `windowGone`: the window is already destroyed ('closed'), so it must not be touched at all.
 */
function closePage(guide: GuideWindow, windowGone = false): void {
  const page = guide.page;
  if (page === null) return;
  guide.page = null;
  page.session.dispose();
  if (!windowGone && !guide.window.isDestroyed()) guide.window.contentView.removeChildView(page.view);
  if (!page.view.webContents.isDestroyed()) page.view.webContents.close();
}

function createWindow(): GuideWindow {
  const window = new BaseWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    show: false,
    backgroundColor: '#f7f7f5',
    autoHideMenuBar: true,
  });
  // Windows and Linux would show the app menu (Edit…) as this window's menu bar; the panel has its own controls.
  if (process.platform !== 'darwin') window.removeMenu();
  const panel = new WebContentsView({ webPreferences: secureWebPreferences() });
  trustWebContents(panel.webContents);
  guardAppContents(panel.webContents);
  window.contentView.addChildView(panel);
  const guide: GuideWindow = { window, panel, page: null };
  const relayout = (): void => layout(guide);
  window.on('resize', relayout);
  window.on('maximize', relayout);
  window.on('unmaximize', relayout);
  window.on('enter-full-screen', relayout);
  window.on('leave-full-screen', relayout);
  // On 'closed' the window is destroyed: only the views' WebContents are closed, the window is not touched.
  window.on('closed', () => {
    closePage(guide, true);
    if (!panel.webContents.isDestroyed()) panel.webContents.close();
    if (current === guide) current = null;
    log.info('guide.closed');
    broadcast('guide:changed', null);
  });
  watchOurContents(panel.webContents, 'guide-panel');
  panel.webContents.once('did-finish-load', () => window.show());
  void panel.webContents.loadURL(viewUrl('guide'));
  return guide;
}

function openPage(guide: GuideWindow, account: Account, campaignId: string, targetId: string | undefined, app: GuideDeps): GuidePage {
  const target =
    targetId === undefined
      ? targetFor(app.catalog, campaignId, account.platform)
      : extraTargetsFor(app.catalog, campaignId, account.platform).find((candidate) => candidate.id === targetId);
  if (target === undefined) throw new Error(`No ${account.platform} target in campaign ${campaignId}.`);
  const partition = partitionFor(account.id);
  const accountSessionValue = accountSession(account.id);
  const view = new WebContentsView({ webPreferences: { ...accountWebPreferences(partition), session: accountSessionValue } });
  const contents: WebContents = view.webContents;
  contents.setUserAgent(cleanUserAgent(contents.getUserAgent()));
  const override = e2eEntryOverride();
  guardAccountContents(contents, navigationPolicyFor(account.platform, app.catalog, e2eOrigin()), partition);
  const entries = override === null ? entryUrlsOf(target) : [override];
  const session = createGuideSession({
    accountId: account.id,
    campaignId,
    targetId,
    target,
    catalog: app.catalog,
    entries,
    contents,
    onChange: (next) => broadcast('guide:changed', next),
  });
  guide.window.contentView.addChildView(view);
  const page: GuidePage = { accountId: account.id, campaignId, targetId, view, session };
  guide.page = page;
  const messages = app.language().messages;
  guide.window.setTitle(messages.guide.windowTitle({ label: account.label, platform: platformName(account.platform) }));
  layout(guide);
  session.goToEntry(0);
  return page;
}

/**
 * Opens the guided window on an account and campaign, on the platform's main target or on the
 * extra target `targetId` (or brings it to the front if already there).
 */
export function openGuide(accountId: string, campaignId: string, targetId?: string): void {
  if (deps === null) throw new Error('The guided window is not set up (call setupGuide first).');
  const app = deps;
  const account = app.state.get().accounts.find((item) => item.id === accountId);
  if (account === undefined) throw new Error('Unknown account.');
  if (current === null || current.window.isDestroyed()) current = createWindow();
  const guide = current;
  const same =
    guide.page !== null && guide.page.accountId === accountId && guide.page.campaignId === campaignId && guide.page.targetId === targetId;
  if (!same) {
    closePage(guide);
    openPage(guide, account, campaignId, targetId, app);
    const state = app.state.get();
    const status =
      targetId === undefined
        ? deriveStatus(state, accountId, campaignId, app.catalog)
        : ownStatus(state.events, accountId, campaignId, targetId);
    if (status.kind === 'to-do') {
      app.state.dispatch({
        kind: 'record',
        accountId,
        campaignId,
        ...(targetId === undefined ? {} : { targetId }),
        event: { kind: 'form-opened' },
      });
    }
  }
  if (guide.window.isMinimized()) guide.window.restore();
  if (guide.window.isVisible()) guide.window.focus();
  broadcast('guide:changed', currentGuideView());
}

/** True when the guided window shows `accountId`'s page. */
export function isShowing(accountId: string): boolean {
  return current?.page?.accountId === accountId;
}

/** Closes the guided window, if open. */
export function closeGuide(): void {
  if (current !== null && !current.window.isDestroyed()) current.window.close();
}
