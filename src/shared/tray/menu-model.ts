/**
 * Everything the tray shows, as plain data: icon state, tooltip, macOS title and the menu (a
 * tagged-union list of items with translated labels and actions). Pure, so every state and
 * locale is unit-tested without Electron; `src/main/tray/` turns it into a real Menu.
 */
import type { AppState, Catalog, Platform, Status } from '../domain/types';
import type { CountdownView } from '../ipc/contract';
import type { Messages } from '../i18n/messages';
import { deriveAllStatuses, isFinished, needsAction } from '../domain/status';
import { summarizeCampaign } from '../domain/summary';
import { remindersActive } from '../domain/reminders';
import { trayIconState, type TrayIconState, type TrayPlatform } from './tray-state';
import { platformName } from '../domain/platform-names';

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
  readonly countdown: CountdownView | null;
  readonly state: AppState;
  readonly catalog: Catalog;
  readonly campaignId: string;
  readonly platform: TrayPlatform;
  readonly messages: Messages;
  readonly now: Date;
}

/** Accounts listed one per line before "…and N more". */
export const MAX_ACCOUNT_LINES = 12;

/** "Instagram @marie": how the tray and notifications name an account (the language orders the two). */
export function accountName(account: { readonly platform: Platform; readonly label: string }, messages: Messages): string {
  return messages.tray.accountName({ platform: platformName(account.platform), label: account.label });
}

function accountLines(input: TrayInput, statuses: ReadonlyMap<string, Status>): TrayMenuItem[] {
  const t = input.messages.tray;
  const lines: TrayMenuItem[] = [];
  for (const account of input.state.accounts) {
    const status = statuses.get(account.id);
    if (status === undefined) continue;
    if (lines.length === MAX_ACCOUNT_LINES) {
      lines.push({
        kind: 'action',
        label: t.moreAccounts({ count: statuses.size - MAX_ACCOUNT_LINES }),
        action: { kind: 'open-checklist' },
      });
      break;
    }
    const label = t.accountLine({ platform: platformName(account.platform), label: account.label, status: t.statuses[status.kind] });
    lines.push(
      isFinished(status)
        ? { kind: 'label', label }
        : { kind: 'action', label, action: { kind: 'open-guide', accountId: account.id, campaignId: input.campaignId } },
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

/** Builds the tray's icon state, tooltip, title and menu. */
export function buildTrayView(input: TrayInput): TrayView {
  const { messages, state, catalog, campaignId } = input;
  const t = messages.tray;
  const statuses = deriveAllStatuses(state, campaignId, catalog);
  const pending = [...statuses.values()].filter(needsAction).length;
  const countdownText = input.countdown?.text ?? messages.common.countdownNoDeadline;
  const progress = statuses.size === 0 ? t.noAccounts : pending > 0 ? t.progressLeft({ left: pending }) : t.progressAllDone;

  const summary = summarizeCampaign(state, campaignId, catalog);
  const next = state.accounts.find((account) => account.id === summary.nextAccountId);
  const menu: TrayMenuItem[] = [{ kind: 'label', label: countdownText }];
  // AppIndicator (most Linux desktops) shows no tooltip: the menu carries the progress line there.
  if (input.platform === 'linux') menu.push({ kind: 'label', label: progress });
  menu.push({ kind: 'separator' });
  const lines = accountLines(input, statuses);
  if (lines.length > 0) menu.push(...lines, { kind: 'separator' });
  if (next !== undefined) {
    menu.push({
      kind: 'action',
      label: t.openNextFormFor({ account: accountName(next, messages) }),
      action: { kind: 'open-guide', accountId: next.id, campaignId },
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
    icon: trayIconState(input.countdown?.phase ?? null, [...statuses.values()]),
    tooltip: t.tooltipWithProgress({ countdown: countdownText, progress }),
    title: input.platform === 'darwin' ? countdownText : null,
    menu,
  };
}
