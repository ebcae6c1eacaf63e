/** The countdown as the tray and the checklist header show it, in the person's language. */
import type { Locale as DateLocale } from 'date-fns';
import type { Campaign } from './types';
import type { CountdownView } from '../ipc/contract';
import type { Messages } from '../i18n/messages';
import { formatAmount, readCountdown } from './countdown';

/** Builds the countdown view of `campaign` at `now`. */
export function buildCountdownView(campaign: Campaign, now: Date, messages: Messages, dateLocale: DateLocale): CountdownView {
  const deadline = campaign.deadline;
  if (deadline === null) {
    return { campaignId: campaign.id, phase: 'no-deadline', text: messages.common.countdownNoDeadline, deadline: null, zone: null };
  }
  const reading = readCountdown(deadline, now);
  const amount = formatAmount(reading, dateLocale);
  const text =
    reading.phase === 'passed'
      ? messages.common.countdownPassed({ distance: amount })
      : messages.common.countdownLeft({ distance: amount });
  return { campaignId: campaign.id, phase: reading.phase, text, deadline: deadline.instant, zone: deadline.zone };
}
