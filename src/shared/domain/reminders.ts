/**
 * The reminder schedule (design.md §2), pure: from the state, the catalog and `now`, which
 * reminders are due and when the next one could be. Across every campaign:
 * - before a campaign's date, at 14 d, 7 d, 3 d, 1 d, 6 h and 1 h, while some of its accounts still
 *   need the person (only campaigns with a date ahead);
 * - "check your e-mail" 1 h and 24 h after a form was sent (forms only: a setting sends no e-mail);
 * - one **nudge** at most every 7 days, whatever the number of campaigns, gathering what needs the
 *   person and has no date ahead: accounts still to do after a campaign's date (or in a campaign
 *   without one), a form without an answer after its follow-up period (unless the person already
 *   noted that none came), a recorded refusal, and a
 *   setting due for its re-check. Follow-ups, refusals and re-checks are each named in one nudge only.
 * Only the latest crossed step of a series fires (no burst after a sleep), never for an account
 * that needs nothing now (a sent form gets its e-mail check, nothing else), never while reminders
 * are off or paused, and never twice (keys in `state.remindersSent`).
 */
import type { AppState, Catalog, Platform } from './types';
import { campaignProgress, nextStandingChange, type CampaignProgress } from './overview';
import type { PairProgress } from './progress';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The shortest time between two nudges. */
export const NUDGE_INTERVAL_MS = 7 * DAY;

/** Steps before the deadline, longest first. */
export const DEADLINE_STEPS = [
  { id: '14d', ms: 14 * DAY },
  { id: '7d', ms: 7 * DAY },
  { id: '3d', ms: 3 * DAY },
  { id: '1d', ms: DAY },
  { id: '6h', ms: 6 * HOUR },
  { id: '1h', ms: HOUR },
] as const;
/** One step before the deadline. */
export type DeadlineStep = (typeof DEADLINE_STEPS)[number]['id'];

/** Steps after an unconfirmed submission. */
export const EMAIL_STEPS = [
  { id: '1h', ms: HOUR },
  { id: '24h', ms: DAY },
] as const;
/** One step after a submission. */
export type EmailStep = (typeof EMAIL_STEPS)[number]['id'];
/** An e-mail reminder older than this after the submission is no longer worth showing. */
export const EMAIL_REMINDER_EXPIRY_MS = 7 * DAY;

/** The account a reminder names, so its text can be specific. */
export interface ReminderAccount {
  readonly id: string;
  readonly platform: Platform;
  readonly label: string;
  readonly email: string | null;
}

/** One thing a nudge names. `key` is set for the things named once only. */
export type NudgeItem = { readonly campaignId: string; readonly account: ReminderAccount; readonly key: string | null } & (
  | { readonly kind: 'to-do' }
  | { readonly kind: 'no-answer'; readonly sentAt: string }
  | { readonly kind: 'refused'; readonly at: string }
  | { readonly kind: 'recheck'; readonly dueAt: string }
);

/** A reminder to show. */
export type Reminder =
  | {
      readonly kind: 'deadline-approaching';
      /** Stable: the same reminder has the same key across restarts. */
      readonly key: string;
      readonly campaignId: string;
      readonly accountIds: readonly string[];
      readonly step: DeadlineStep;
      readonly remainingMs: number;
    }
  | {
      readonly kind: 'check-email';
      readonly key: string;
      readonly campaignId: string;
      readonly accountIds: readonly string[];
      readonly step: EmailStep;
      readonly account: ReminderAccount;
      readonly submittedAt: string;
    }
  | {
      readonly kind: 'nudge';
      readonly key: string;
      readonly items: readonly NudgeItem[];
      /** Every key to mark as sent with it: its own and those of the items named once. */
      readonly keys: readonly string[];
    };

/** What the schedule reads. */
export interface ReminderInput {
  readonly state: AppState;
  readonly catalog: Catalog;
  readonly now: Date;
}

/** True when the settings allow a reminder at `now` (enabled and not paused). */
export function remindersActive(settings: AppState['settings'], now: Date): boolean {
  if (!settings.remindersEnabled) return false;
  const paused = settings.remindersPausedUntil;
  if (paused === null) return true;
  if (paused === 'forever') return false;
  const until = Date.parse(paused);
  return Number.isNaN(until) || until <= now.getTime();
}

const named = (pair: PairProgress): ReminderAccount => ({
  id: pair.account.id,
  platform: pair.account.platform,
  label: pair.account.label,
  email: pair.account.email,
});

/** Deadline steps of one campaign: the step due now (if any) and when the next one comes. */
function deadlineSchedule(entry: CampaignProgress, now: number): { due: Reminder[]; next: number[] } {
  const deadline = entry.campaign.deadline;
  const pending = entry.pairs.filter((pair) => pair.needsPerson).map((pair) => pair.account.id);
  if (deadline === null || pending.length === 0) return { due: [], next: [] };
  const at = Date.parse(deadline.instant);
  if (now >= at) return { due: [], next: [] };
  const latest = DEADLINE_STEPS.filter((step) => now >= at - step.ms).pop();
  const upcoming = DEADLINE_STEPS.find((step) => now < at - step.ms);
  const due: Reminder[] =
    latest === undefined
      ? []
      : [
          {
            kind: 'deadline-approaching',
            key: `deadline:${entry.campaign.id}:${latest.id}`,
            campaignId: entry.campaign.id,
            accountIds: pending,
            step: latest.id,
            remainingMs: at - now,
          },
        ];
  // At the date itself the campaign's accounts join the nudges: wake then too.
  return { due, next: [upcoming === undefined ? at : at - upcoming.ms] };
}

/** "Check your e-mail" steps of the forms of one campaign that wait for their answer. */
function emailSchedule(entry: CampaignProgress, now: number): { due: Reminder[]; next: number[] } {
  const due: Reminder[] = [];
  const next: number[] = [];
  for (const pair of entry.pairs) {
    if (pair.mechanism !== 'form' || pair.standing.kind !== 'waiting' || pair.status.kind !== 'submitted') continue;
    const submittedAt = pair.status.at;
    const at = Date.parse(submittedAt);
    if (Number.isNaN(at) || now >= at + EMAIL_REMINDER_EXPIRY_MS) continue;
    const latest = EMAIL_STEPS.filter((step) => now >= at + step.ms).pop();
    if (latest !== undefined) {
      due.push({
        kind: 'check-email',
        key: `email:${entry.campaign.id}:${pair.account.id}:${submittedAt}:${latest.id}`,
        campaignId: entry.campaign.id,
        accountIds: [pair.account.id],
        step: latest.id,
        account: named(pair),
        submittedAt,
      });
    }
    const upcoming = EMAIL_STEPS.find((step) => now < at + step.ms);
    if (upcoming !== undefined) next.push(at + upcoming.ms);
  }
  return { due, next };
}

/** True when the person recorded "no answer" for `pair` after its sending on `sentAt`. */
function noAnswerNoted(state: AppState, pair: PairProgress, sentAt: string): boolean {
  const since = Date.parse(sentAt);
  return state.events.some(
    (event) =>
      event.kind === 'no-answer' &&
      event.accountId === pair.account.id &&
      event.campaignId === pair.campaignId &&
      event.targetId === undefined &&
      Date.parse(event.at) >= since,
  );
}

/** What a nudge would name now, in catalog order. */
function nudgeItems(state: AppState, progress: readonly CampaignProgress[], now: number): NudgeItem[] {
  const items: NudgeItem[] = [];
  for (const entry of progress) {
    const deadline = entry.campaign.deadline;
    const dateBehind = deadline === null || now >= Date.parse(deadline.instant);
    for (const pair of entry.pairs) {
      if (!pair.needsPerson) continue;
      const base = { campaignId: entry.campaign.id, account: named(pair) };
      const id = `${entry.campaign.id}:${pair.account.id}`;
      const standing = pair.standing;
      switch (standing.kind) {
        case 'to-do':
          if (dateBehind) items.push({ ...base, kind: 'to-do', key: null });
          break;
        case 'no-answer':
          // Once the person noted that no answer came, what to do is known: no reminder for it.
          if (!noAnswerNoted(state, pair, standing.sentAt))
            items.push({ ...base, kind: 'no-answer', sentAt: standing.sentAt, key: `no-answer:${id}:${standing.sentAt}` });
          break;
        case 'refused':
          items.push({ ...base, kind: 'refused', at: standing.at, key: `refused:${id}:${standing.at}` });
          break;
        case 'recheck-due':
          items.push({ ...base, kind: 'recheck', dueAt: standing.dueAt, key: `recheck:${id}:${standing.dueAt}` });
          break;
        case 'waiting':
        case 'complained':
        case 'off':
        case 'done':
          break;
      }
    }
  }
  return items;
}

/** When the last nudge was shown (its key carries the instant), or null. */
export function lastNudgeAt(remindersSent: readonly string[]): number | null {
  let last: number | null = null;
  for (const key of remindersSent) {
    if (!key.startsWith('nudge:')) continue;
    const at = Date.parse(key.slice('nudge:'.length));
    if (!Number.isNaN(at) && (last === null || at > last)) last = at;
  }
  return last;
}

/** The nudge due now (if any) and when one could next be due. */
function nudgeSchedule(state: AppState, progress: readonly CampaignProgress[], now: number): { due: Reminder[]; next: number[] } {
  const sent = new Set(state.remindersSent);
  const last = lastNudgeAt(state.remindersSent);
  const allowedFrom = last === null ? now : last + NUDGE_INTERVAL_MS;
  const items = nudgeItems(state, progress, now).filter((item) => item.key === null || !sent.has(item.key));
  const change = nextStandingChange(progress, new Date(now));
  const next = change === null ? [] : [Math.max(change.getTime(), allowedFrom)];
  if (items.length === 0) return { due: [], next };
  if (now < allowedFrom) return { due: [], next: [...next, allowedFrom] };
  const key = `nudge:${new Date(now).toISOString()}`;
  const keys = [key, ...items.flatMap((item) => (item.key === null ? [] : [item.key]))];
  return { due: [{ kind: 'nudge', key, items, keys }], next: [...next, now + NUDGE_INTERVAL_MS] };
}

function schedule({ state, catalog, now }: ReminderInput): { due: Reminder[]; next: number[] } {
  const at = now.getTime();
  const progress = campaignProgress(state, catalog, now);
  const parts = [
    ...progress.flatMap((entry) => [deadlineSchedule(entry, at), emailSchedule(entry, at)]),
    nudgeSchedule(state, progress, at),
  ];
  return { due: parts.flatMap((part) => part.due), next: parts.flatMap((part) => part.next) };
}

/** The reminders to show now: due, allowed by the settings, and not sent before. Nudges come last. */
export function dueReminders(input: ReminderInput): readonly Reminder[] {
  if (!remindersActive(input.state.settings, input.now)) return [];
  const sent = new Set(input.state.remindersSent);
  return schedule(input).due.filter((reminder) => !sent.has(reminder.key));
}

/** The keys to mark as sent once `reminder` is shown. */
export function keysOf(reminder: Reminder): readonly string[] {
  return reminder.kind === 'nudge' ? reminder.keys : [reminder.key];
}

/**
 * When a reminder could next become due (the ticker sleeps until then), or null when none will
 * without a change of state. While paused, the end of the pause.
 */
export function nextReminderAt(input: ReminderInput): Date | null {
  const settings = input.state.settings;
  if (!settings.remindersEnabled || settings.remindersPausedUntil === 'forever') return null;
  const at = input.now.getTime();
  if (settings.remindersPausedUntil !== null) {
    const until = Date.parse(settings.remindersPausedUntil);
    if (!Number.isNaN(until) && until > at) return new Date(until);
  }
  const times = schedule(input).next.filter((time) => time > at);
  return times.length === 0 ? null : new Date(Math.min(...times));
}
