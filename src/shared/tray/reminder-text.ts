/**
/**
 * What a reminder notification says and where its click leads. Pure: texts from the messages and
 * the catalog (campaign titles, what objecting still does, setting labels), the countdown words
 * from the messages, account names from the reminder itself.
 */
import type { AppState, Catalog, Locale } from '../domain/types';
import type { Messages } from '../i18n/messages';
import type { NudgeItem, Reminder } from '../domain/reminders';
import { readCountdown } from '../domain/countdown';
import { countdownSentence } from '../domain/countdown-view';
import { findCampaign, targetFor } from '../catalog/index';
import { accountName } from './menu-model';
import { platformCompany, platformName } from '../domain/platform-names';
import { settingGoalOf } from '../guide/steps';

/** A notification's title and body. */
export interface NotificationText {
  readonly title: string;
  readonly body: string;
}

/** Where a click on a reminder leads: the guided window on its one account, or the checklist. */
export type ReminderTarget =
  { readonly kind: 'guide'; readonly accountId: string; readonly campaignId: string } | { readonly kind: 'checklist' };

/** What reminder texts are written with. */
export interface ReminderWords {
  readonly catalog: Catalog;
  readonly locale: Locale;
  readonly messages: Messages;
}

/** Items of a nudge named one by one before "and N more". */
export const MAX_NUDGE_LINES = 4;

/** The click target of `reminder`. */
export function reminderTarget(reminder: Reminder): ReminderTarget {
  if (reminder.kind === 'nudge') {
    const [only, ...others] = reminder.items;
    // What to do after no answer or a refusal (record it, complain) is in the checklist, not on the platform's page.
    const onPage = only !== undefined && (only.kind === 'to-do' || only.kind === 'recheck');
    return onPage && others.length === 0
      ? { kind: 'guide', accountId: only.account.id, campaignId: only.campaignId }
      : { kind: 'checklist' };
  }
  const [only, ...others] = reminder.accountIds;
  return only !== undefined && others.length === 0
    ? { kind: 'guide', accountId: only, campaignId: reminder.campaignId }
    : { kind: 'checklist' };
}

/** The countdown words for `remainingMs`, e.g. "3 days left" / "encore 3 jours". */
function countdownWords(remainingMs: number, messages: Messages, locale: Locale): string {
  return countdownSentence(readCountdown({ instant: new Date(remainingMs).toISOString() }, new Date(0)), messages, locale);
}

function campaignTitle(campaignId: string, words: ReminderWords): string {
  const title = findCampaign(words.catalog, campaignId)?.title;
  return title === undefined ? campaignId : (title[words.locale] ?? title.en);
}

/** True when the item's setting is one to keep switched on (`settingGoal: 'on'`), not off. */
function goalOn(item: NudgeItem, words: ReminderWords): boolean {
  const target = targetFor(words.catalog, item.campaignId, item.account.platform);
  return target !== undefined && settingGoalOf(target) === 'on';
}

/** The one-line form of a nudge item, for a nudge naming several. */
function itemLine(item: NudgeItem, words: ReminderWords): string {
  const w = words.messages.notifications.item;
  const account = accountName(item.account, words.messages);
  switch (item.kind) {
    case 'to-do':
      return w.toDo({ account });
    case 'no-answer':
      return w.noAnswer({ account });
    case 'refused':
      return w.refused({ account });
    case 'recheck':
      return goalOn(item, words) ? w.recheckOn({ account }) : w.recheck({ account });
  }
}

/** The title and body of a nudge about one thing. */
function singleNudge(item: NudgeItem, words: ReminderWords): NotificationText {
  const t = words.messages.notifications;
  const account = accountName(item.account, words.messages);
  const company = platformCompany(item.account.platform, words.catalog);
  switch (item.kind) {
    case 'to-do': {
      const campaign = findCampaign(words.catalog, item.campaignId);
      const still = campaign === undefined ? '' : (campaign.afterDeadline[words.locale] ?? campaign.afterDeadline.en);
      return { title: t.toDoTitle({ account }), body: t.toDoBody({ campaign: campaignTitle(item.campaignId, words), still }) };
    }
    case 'no-answer':
      return { title: t.noAnswerTitle, body: t.noAnswerBody({ company, account }) };
    case 'refused':
      return { title: t.refusedTitle({ company }), body: t.refusedBody({ account }) };
    case 'recheck': {
      const label = targetFor(words.catalog, item.campaignId, item.account.platform)?.settingLabel;
      const setting = label === undefined ? platformName(item.account.platform, words.catalog) : (label[words.locale] ?? label.en);
      return goalOn(item, words)
        ? { title: t.recheckTitleOn, body: t.recheckBodyOn({ account, setting }) }
        : { title: t.recheckTitle, body: t.recheckBody({ account, setting }) };
    }
  }
}

/** The translated title and body of `reminder`. */
export function reminderText(reminder: Reminder, state: AppState, words: ReminderWords): NotificationText {
  const { messages, locale } = words;
  const t = messages.notifications;
  switch (reminder.kind) {
    case 'deadline-approaching': {
      const countdown = countdownWords(reminder.remainingMs, messages, locale);
      const [only] = reminder.accountIds;
      const single = reminder.accountIds.length === 1 ? state.accounts.find((account) => account.id === only) : undefined;
      const body =
        single === undefined
          ? t.deadlineBody({ count: reminder.accountIds.length, countdown })
          : t.deadlineBodyOne({ account: accountName(single, messages), countdown });
      return { title: t.deadlineTitleFor({ campaign: campaignTitle(reminder.campaignId, words), countdown }), body };
    }
    case 'check-email': {
      const company = platformCompany(reminder.account.platform, words.catalog);
      const name = accountName(reminder.account, messages);
      const body =
        reminder.account.email === null
          ? t.checkEmailBody({ company, account: name })
          : t.checkEmailBodyAt({ company, account: name, email: reminder.account.email });
      return { title: t.checkEmailTitle, body };
    }
    case 'nudge': {
      const [only, ...others] = reminder.items;
      if (only !== undefined && others.length === 0) return singleNudge(only, words);
      const lines = reminder.items.slice(0, MAX_NUDGE_LINES).map((item) => itemLine(item, words));
      const more = reminder.items.length - MAX_NUDGE_LINES;
      if (more > 0) lines.push(t.andMore({ count: more }));
      return { title: t.nudgeTitle({ count: reminder.items.length }), body: lines.join('\n') };
    }
  }
}
