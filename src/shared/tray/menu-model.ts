/**
 * Everything the tray shows, as plain data: icon state, tooltip, macOS title and the menu (a
 * tagged-union list of items with translated labels and actions), across every campaign. Pure, so
 * every state and locale is unit-tested without Electron; `src/main/tray/` turns it into a real Menu.
 *
 * The first line counts down only to the nearest date still ahead for a campaign with something
 * left to do (`overview.nextDeadline`); without one, it says what is left.
 */
import type { AppState, Catalog, Locale, Platform } from '../domain/types';
import type { Messages } from '../i18n/messages';
import { campaignProgress, nextDeadlineOf, nextPair, nextRecheck, type CampaignProgress } from '../domain/overview';
import type { PairProgress } from '../domain/progress';
import { buildCountdownView } from '../domain/countdown-view';
import { remindersActive } from '../domain/reminders';
import { findCampaign } from '../catalog/index';
import { intlTag } from '../i18n/locale';
import { trayIconState, type TrayIconState, type TrayPlatform } from './tray-state';
import { platformName } from '../domain/platform-names';
import { settingGoalOf } from '../guide/steps';

/** What a menu item asks the app to do. */
export type TrayAction =
  | { readonly kind: 'open-guide'; readonly accountId: string; readonly campaignId: string }
  | { readonly kind: 'open-checklist' }
  | { readonly kind: 'pause-reminders'; readonly duration: 'day' | 'week' | 'forever' }
  | { readonly kind: 'resume-reminders' }
  | { readonly kind: 'set-start-at-login'; readonly value: boolean }
  | { readonly kind: 'quit' };

/** One menu item. `label` items are shown greyed out (information, not a command). */
export type TrayMenuItem =
  | { readonly kind: 'label'; readonly label: string }
  | { readonly kind: 'action'; readonly label: string; readonly action: TrayAction }
  | { readonly kind: 'checkbox'; readonly label: string; readonly checked: boolean; readonly action: TrayAction }
  | { readonly kind: 'submenu'; readonly label: string; readonly items: readonly TrayMenuItem[] }
  | { readonly kind: 'separator' };

/** Everything the tray shows at one moment. */
export interface TrayView {
  readonly icon: TrayIconState;
  readonly tooltip: string;
  /** Text beside the icon (macOS only), else null. */
  readonly title: string | null;
  readonly menu: readonly TrayMenuItem[];
}

/** What the tray is built from. */
export interface TrayInput {
  readonly state: AppState;
  readonly catalog: Catalog;
  readonly platform: TrayPlatform;
  readonly locale: Locale;
  readonly messages: Messages;
  readonly now: Date;
}

/** Accounts listed one per line before "…and N more". */
export const MAX_ACCOUNT_LINES = 12;

/** "Instagram @marie": how the tray and notifications name an account (the language orders the two). */
export function accountName(account: { readonly platform: Platform; readonly label: string }, messages: Messages): string {
  return messages.tray.accountName({ platform: platformName(account.platform), label: account.label });
}

/** The menu's short words for where a pair stands (a setting's in the words of its goal: off, or on). */
export function standingWord(pair: PairProgress, messages: Messages): string {
  const w = messages.tray.standing;
  const setting = pair.mechanism === 'toggle';
  const on = pair.target !== undefined && settingGoalOf(pair.target) === 'on';
  switch (pair.standing.kind) {
    case 'to-do':
      if (setting) return on ? w.settingToDoOn : w.settingToDo;
      return pair.status.kind === 'in-progress' ? w.opened : w.toDo;
    case 'waiting':
      return w.waiting;
    case 'no-answer':
      return w.noAnswer;
    case 'refused':
      return w.refused;
    case 'complained':
      return w.complained;
    case 'off':
      return on ? w.settingOn : w.settingOff;
    case 'recheck-due':
      return on ? w.settingRecheckOn : w.settingRecheck;
    case 'done':
      return pair.status.kind === 'covered-by-group' ? w.covered : pair.status.kind === 'not-applicable' ? w.notNeeded : w.confirmed;
  }
}

function campaignTitle(catalog: Catalog, campaignId: string, locale: Locale): string {
  const title = findCampaign(catalog, campaignId)?.title;
  return title === undefined ? campaignId : (title[locale] ?? title.en);
}

function accountLines(input: TrayInput, progress: readonly CampaignProgress[]): TrayMenuItem[] {
  const t = input.messages.tray;
  const known = new Set(input.catalog.campaigns.map((campaign) => campaign.id));
  const pairs = progress.flatMap((entry) => entry.pairs);
  const lines: TrayMenuItem[] = [];
  for (const pair of pairs) {
    if (lines.length === MAX_ACCOUNT_LINES) {
      lines.push({
        kind: 'action',
        label: t.moreAccounts({ count: pairs.length - MAX_ACCOUNT_LINES }),
        action: { kind: 'open-checklist' },
      });
      break;
    }
    const several = pair.account.campaignIds.filter((id) => known.has(id)).length > 1;
    const words = { platform: platformName(pair.account.platform), label: pair.account.label, status: standingWord(pair, input.messages) };
    const label = several
      ? t.accountLineIn({ ...words, campaign: campaignTitle(input.catalog, pair.campaignId, input.locale) })
      : t.accountLine({ ...words });
    const open = pair.needsPerson || pair.standing.kind === 'waiting';
    lines.push(
      open
        ? { kind: 'action', label, action: { kind: 'open-guide', accountId: pair.account.id, campaignId: pair.campaignId } }
        : { kind: 'label', label },
    );
  }
  return lines;
}

function remindersItem(input: TrayInput): TrayMenuItem {
  const t = input.messages.tray;
  if (!remindersActive(input.state.settings, input.now)) {
    return { kind: 'action', label: t.resumeReminders, action: { kind: 'resume-reminders' } };
  }
  return {
    kind: 'submenu',
    label: t.pauseReminders,
    items: [
      { kind: 'action', label: t.pauseOneDay, action: { kind: 'pause-reminders', duration: 'day' } },
      { kind: 'action', label: t.pauseOneWeek, action: { kind: 'pause-reminders', duration: 'week' } },
      { kind: 'action', label: t.pauseForever, action: { kind: 'pause-reminders', duration: 'forever' } },
    ],
  };
}

/** What is left, in one line: "2 accounts still to do", "All done, next re-check on 1 March 2027"… */
export function leftLine(progress: readonly CampaignProgress[], input: Pick<TrayInput, 'messages' | 'locale'>): string {
  const t = input.messages.tray;
  const pairs = progress.flatMap((entry) => entry.pairs);
  if (pairs.length === 0) return t.noAccounts;
  const left = new Set(pairs.filter((pair) => pair.needsPerson).map((pair) => pair.account.id)).size;
  if (left > 0) return t.progressLeft({ count: left });
  const recheck = nextRecheck(progress);
  const waiting = pairs.filter((pair) => pair.standing.kind === 'waiting').length;
  if (waiting > 0) return t.nothingNowWaiting({ count: waiting });
  if (recheck !== null) {
    const date = new Intl.DateTimeFormat(intlTag(input.locale), { dateStyle: 'long' }).format(new Date(recheck));
    return t.allDoneNextRecheck({ date });
  }
  return t.progressAllDone;
}

/** The countdown line of the nearest date ahead, or null when no campaign with work left has one. */
export function countdownLine(progress: readonly CampaignProgress[], input: TrayInput): { line: string; short: string } | null {
  const next = nextDeadlineOf(progress, input.now);
  const campaign = next === null ? undefined : findCampaign(input.catalog, next.campaignId);
  if (campaign === undefined) return null;
  const view = buildCountdownView(campaign, input.now, input.messages, input.locale);
  return {
    line: input.messages.tray.countdownFor({ campaign: campaignTitle(input.catalog, campaign.id, input.locale), countdown: view.text }),
    short: view.text,
  };
}

/** The short text beside the icon on macOS without a date ahead: how many accounts need the person, or nothing. */
function macTitle(progress: readonly CampaignProgress[], messages: Messages): string {
  const left = new Set(progress.flatMap((entry) => entry.pairs.filter((pair) => pair.needsPerson).map((pair) => pair.account.id))).size;
  return left === 0 ? '' : messages.tray.titleLeft({ count: left });
}

/** Builds the tray's icon state, tooltip, title and menu. */
export function buildTrayView(input: TrayInput): TrayView {
  const { messages, state } = input;
  const t = messages.tray;
  const progress = campaignProgress(state, input.catalog, input.now);
  const countdown = countdownLine(progress, input);
  const left = leftLine(progress, input);
  const first = countdown?.line ?? left;

  const menu: TrayMenuItem[] = [{ kind: 'label', label: first }];
  // AppIndicator (most Linux desktops) shows no tooltip: the menu carries the second line there.
  if (input.platform === 'linux' && countdown !== null) menu.push({ kind: 'label', label: left });
  menu.push({ kind: 'separator' });
  const lines = accountLines(input, progress);
  if (lines.length > 0) menu.push(...lines, { kind: 'separator' });
  const next = nextPair(progress);
  if (next !== null) {
    menu.push({
      kind: 'action',
      label: t.openNext({ account: accountName(next.account, messages) }),
      action: { kind: 'open-guide', accountId: next.account.id, campaignId: next.campaignId },
    });
  }
  menu.push(
    { kind: 'action', label: t.openChecklist, action: { kind: 'open-checklist' } },
    { kind: 'separator' },
    remindersItem(input),
    {
      kind: 'checkbox',
      label: t.startAtLogin,
      checked: state.settings.startAtLogin,
      action: { kind: 'set-start-at-login', value: !state.settings.startAtLogin },
    },
    { kind: 'separator' },
    { kind: 'action', label: t.quit, action: { kind: 'quit' } },
  );
  return {
    icon: trayIconState(progress),
    tooltip: countdown === null ? t.tooltip({ line: left }) : t.tooltipWithProgress({ line: countdown.line, progress: left }),
    title: input.platform === 'darwin' ? (countdown?.short ?? macTitle(progress, messages)) : null,
    menu,
  };
}
