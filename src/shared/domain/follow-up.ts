/**
 * What comes after an objection is sent or a setting switched off, derived from the log like the
 * status: a form waits for the platform's answer for its target's follow-up period (GDPR Art. 12(3):
 * one month), then shows "No answer yet"; a refusal the person records shows at once; a setting
 * that was switched off is due for a re-check after its target's re-check period (platforms switch
 * settings back on). Pure: the time is passed in.
 */
import { eventsOf, ownStatus } from './status';
import type { CampaignTarget, ProgressEvent } from './types';

const DAY_MS = 86_400_000;

/** Where the follow-up of one account's objection stands. */
export type FollowUp =
  /** Nothing to follow up: not sent yet, confirmed, not applicable, or a setting. */
  | { readonly kind: 'none' }
  /** Sent; the platform still has time to answer until `dueAt`. */
  | { readonly kind: 'waiting'; readonly sentAt: string; readonly dueAt: string }
  /** Sent on `sentAt`, and nothing came back by `dueAt`. */
  | { readonly kind: 'no-answer'; readonly sentAt: string; readonly dueAt: string }
  /** The person recorded the platform's refusal (or a request for more) on `at`. */
  | { readonly kind: 'refused'; readonly sentAt: string; readonly at: string; readonly note: string };

/** `at` plus `days` whole days, as an ISO instant (days of 24 h: the rule does not depend on a zone). */
export function addDays(at: string, days: number): string {
  return new Date(Date.parse(at) + days * DAY_MS).toISOString();
}

/** The events since the last `reopened` (a reopened objection starts its follow-up again). */
function sinceReopened(events: readonly ProgressEvent[]): readonly ProgressEvent[] {
  let start = 0;
  events.forEach((event, index) => {
    if (event.kind === 'reopened' && event.targetId === undefined) start = index + 1;
  });
  return events.slice(start).filter((event) => event.targetId === undefined);
}

/** The follow-up of `accountId`'s objection on `campaignId`, whose main target is `target`, at `now`. */
export function followUpOf(
  events: readonly ProgressEvent[],
  accountId: string,
  campaignId: string,
  target: CampaignTarget,
  now: Date,
): FollowUp {
  if (target.mechanism !== 'form') return { kind: 'none' };
  const status = ownStatus(events, accountId, campaignId);
  if (status.kind !== 'submitted') return { kind: 'none' };
  const steps = sinceReopened(eventsOf(events, accountId, campaignId));
  const firstSent = steps.find((event) => event.kind === 'submitted')?.at ?? status.at;
  const refusal = [...steps].reverse().find((event) => event.kind === 'platform-refused');
  if (refusal?.kind === 'platform-refused') return { kind: 'refused', sentAt: firstSent, at: refusal.at, note: refusal.note };
  const dueAt = addDays(firstSent, target.followUpDays);
  return now.getTime() >= Date.parse(dueAt)
    ? { kind: 'no-answer', sentAt: firstSent, dueAt }
    : { kind: 'waiting', sentAt: firstSent, dueAt };
}

/**
 * When a switched-off setting should be checked again: its last "off" (the person's word, the
 * page, or a re-check) plus the target's re-check period; null for forms, settings not switched off
 * yet, and targets without re-checks.
 */
export function recheckDueAt(
  events: readonly ProgressEvent[],
  accountId: string,
  campaignId: string,
  target: CampaignTarget,
): string | null {
  if (target.mechanism !== 'toggle' || target.recheckDays === null) return null;
  const status = ownStatus(events, accountId, campaignId);
  if (status.kind !== 'submitted' && status.kind !== 'confirmed') return null;
  return addDays(status.at, target.recheckDays);
}
