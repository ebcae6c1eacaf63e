/**
 * The guided window (design.md §4): ONE window, two parts laid out by main — our guide panel on the
 * left (fixed width) and a WebContentsView on the right showing the platform's page in the
 * account's own session. Opening another account swaps the page view (the old one is closed).
 */
import { BaseWindow, WebContentsView, type WebContents } from 'electron';
import type { Account, CampaignTarget, Catalog, Clock } from '@shared/domain/types';
import type { GuideView } from '@shared/ipc/contract';
import { findTarget } from '@shared/catalog/index';
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
import { openInOwnBrowser, recordOpened } from './own-browser';
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
  /** The extra target shown, or undefined for the platform's main target (what events and proofs name). */
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

/** The id events and proofs carry for a target: an extra's own id, nothing for the main target. */
function extraIdOf(target: CampaignTarget): string | undefined {
  return target.role === 'extra' ? target.id : undefined;
}

function openPage(guide: GuideWindow, account: Account, campaignId: string, target: CampaignTarget, app: GuideDeps): GuidePage {
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
    target,
    catalog: app.catalog,
    entries,
    contents,
    onChange: (next) => broadcast('guide:changed', next),
  });
  guide.window.contentView.addChildView(view);
  const page: GuidePage = { accountId: account.id, campaignId, targetId: extraIdOf(target), view, session };
  guide.page = page;
  const messages = app.language().messages;
  guide.window.setTitle(messages.guide.windowTitle({ label: account.label, platform: platformName(account.platform, app.catalog) }));
  layout(guide);
  session.goToEntry(0);
  return page;
}

/**
 * Opens the guided window on an account and campaign target (the main one unless `targetId` names
 * an extra), or brings it to the front if already there. A target the catalog opens in the
 * person's own browser (Google refuses sign-in inside embedded browsers) goes there instead.
 */
export function openGuide(accountId: string, campaignId: string, targetId?: string): void {
  if (deps === null) throw new Error('The guided window is not set up (call setupGuide first).');
  const app = deps;
  const account = app.state.get().accounts.find((item) => item.id === accountId);
  if (account === undefined) throw new Error('Unknown account.');
  const target = findTarget(app.catalog, campaignId, account.platform, targetId);
  if (target === undefined) throw new Error(`No ${account.platform} target ${targetId ?? ''} in campaign ${campaignId}.`);
  if (target.opensIn === 'browser') return openInOwnBrowser(app, account, campaignId, target);
  if (current === null || current.window.isDestroyed()) current = createWindow();
  const guide = current;
  const same =
    guide.page !== null &&
    guide.page.accountId === accountId &&
    guide.page.campaignId === campaignId &&
    guide.page.targetId === extraIdOf(target);
  if (!same) {
    closePage(guide);
    openPage(guide, account, campaignId, target, app);
    recordOpened(app.state, app.catalog, accountId, campaignId, target);
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
