/** The countdown as the tray, the checklist header and the reminders show it, in the person's language. */
import type { Campaign, Locale } from './types';
import type { CountdownView } from '../ipc/contract';
import type { Messages } from '../i18n/messages';
import { intlTag } from '../i18n/locale';
import { formatAmount, readCountdown, type CountdownReading } from './countdown';

/** The countdown sentence of a reading, e.g. "3 days left", "Frist seit 1 Jahr und 6 Monaten abgelaufen". */
export function countdownSentence(reading: CountdownReading, messages: Messages, locale: Locale): string {
  const tag = intlTag(locale);
  return reading.phase === 'passed'
    ? messages.common.countdownPassed({ distance: formatAmount(reading, messages.duration.passed, tag) })
    : messages.common.countdownLeft({ distance: formatAmount(reading, messages.duration.left, tag) });
}

/** Builds the countdown view of `campaign` at `now`. */
export function buildCountdownView(campaign: Campaign, now: Date, messages: Messages, locale: Locale): CountdownView {
  const deadline = campaign.deadline;
  if (deadline === null) {
    return { campaignId: campaign.id, phase: 'no-deadline', text: messages.common.countdownNoDeadline, deadline: null, zone: null };
  }
  const reading = readCountdown(deadline, now);
  const text = countdownSentence(reading, messages, locale);
  return { campaignId: campaign.id, phase: reading.phase, text, deadline: deadline.instant, zone: deadline.zone };
}
