/**
 * What a reminder notification says and where its click leads. Pure: texts and countdown words
 * from the messages, account names from the state.
 */
import type { AppState, Locale } from '../domain/types';
import type { Messages } from '../i18n/messages';
import type { Reminder } from '../domain/reminders';
import { readCountdown } from '../domain/countdown';
import { countdownSentence } from '../domain/countdown-view';
import { accountName } from './menu-model';
import { platformCompany } from '../domain/platform-names';

/** A notification's title and body. */
export interface NotificationText {
  readonly title: string;
  readonly body: string;
}

/** Where a click on a reminder leads: the guided window on its one account, or the checklist. */
export type ReminderTarget =
  { readonly kind: 'guide'; readonly accountId: string; readonly campaignId: string } | { readonly kind: 'checklist' };

/** The click target of `reminder`. */
export function reminderTarget(reminder: Reminder): ReminderTarget {
  // What to do after no answer (record it, complain) is in the checklist, not on the platform's page.
  if (reminder.kind === 'no-answer') return { kind: 'checklist' };
  const [only, ...others] = reminder.accountIds;
  return only !== undefined && others.length === 0
    ? { kind: 'guide', accountId: only, campaignId: reminder.campaignId }
    : { kind: 'checklist' };
}

/** The countdown words for `remainingMs`, e.g. "3 days left" / "encore 3 jours". */
function countdownWords(remainingMs: number, messages: Messages, locale: Locale): string {
  return countdownSentence(readCountdown({ instant: new Date(remainingMs).toISOString() }, new Date(0)), messages, locale);
}

/** The translated title and body of `reminder`. */
export function reminderText(reminder: Reminder, state: AppState, messages: Messages, locale: Locale): NotificationText {
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
      return { title: t.deadlineTitle({ countdown }), body };
    }
    case 'deadline-passed':
      return { title: t.passedTitle, body: t.passedBody({ count: reminder.accountIds.length }) };
    case 'check-email': {
      const company = platformCompany(reminder.account.platform);
      const name = accountName(reminder.account, messages);
      const body =
        reminder.account.email === null
          ? t.checkEmailBody({ company, account: name })
          : t.checkEmailBodyAt({ company, account: name, email: reminder.account.email });
      return { title: t.checkEmailTitle, body };
    }
    case 'no-answer':
      return {
        title: t.noAnswerTitle,
        body: t.noAnswerBody({ company: platformCompany(reminder.account.platform), account: accountName(reminder.account, messages) }),
      };
  }
}
