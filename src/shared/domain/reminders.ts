/**
 * The reminder schedule (design.md §2), pure: from the state, the catalog and `now`, which
 * reminders are due and when the next one could be. Before a deadline at 14 d, 7 d, 3 d, 1 d, 6 h
 * and 1 h while something is still to do; "check your e-mail" 1 h and 24 h after an unconfirmed
 * submission; a weekly nudge after the deadline; one "no answer yet" when a sent objection's
 * waiting time (the target's follow-up period, GDPR Art. 12(3)) ends without an answer. Only the latest crossed step of each series fires
 * (no burst after a sleep), never for a finished account, never while reminders are off or paused,
 * and never twice (keys in `state.remindersSent`).
 */
import type { AppState, Campaign, Catalog, Platform } from './types';
import { deriveAllStatuses, needsAction } from './status';
import { followUpOf } from './follow-up';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

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

interface ReminderBase {
  /** Stable: the same reminder has the same key across restarts. */
  readonly key: string;
  readonly campaignId: string;
  readonly accountIds: readonly string[];
}

/** A reminder to show. */
export type Reminder =
  | (ReminderBase & { readonly kind: 'deadline-approaching'; readonly step: DeadlineStep; readonly remainingMs: number })
  | (ReminderBase & { readonly kind: 'deadline-passed'; readonly week: number; readonly elapsedMs: number })
  | (ReminderBase & {
      readonly kind: 'check-email';
      readonly step: EmailStep;
      readonly account: ReminderAccount;
      readonly submittedAt: string;
    })
  /** A sent objection whose waiting time ended on `dueAt` with no answer: shown once per sending. */
  | (ReminderBase & { readonly kind: 'no-answer'; readonly account: ReminderAccount; readonly sentAt: string; readonly dueAt: string });

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

/** One campaign's schedule at `now`: every reminder whose time has come (sent or not), and the next time. */
function campaignSchedule(state: AppState, catalog: Catalog, campaign: Campaign, now: number): { due: Reminder[]; next: number[] } {
  const due: Reminder[] = [];
  const next: number[] = [];
  const statuses = deriveAllStatuses(state, campaign.id, catalog);
  const pending = [...statuses].filter(([, status]) => needsAction(status)).map(([id]) => id);
  const base = { campaignId: campaign.id, accountIds: pending };
  if (campaign.deadline !== null && pending.length > 0) {
    const deadline = Date.parse(campaign.deadline.instant);
    if (now < deadline) {
      const crossed = DEADLINE_STEPS.filter((step) => now >= deadline - step.ms);
      const latest = crossed[crossed.length - 1];
      if (latest !== undefined) {
        const key = `deadline:${campaign.id}:${latest.id}`;
        due.push({ ...base, key, kind: 'deadline-approaching', step: latest.id, remainingMs: deadline - now });
      }
      const upcoming = DEADLINE_STEPS.find((step) => now < deadline - step.ms);
      next.push(upcoming === undefined ? deadline : deadline - upcoming.ms);
    } else {
      const week = Math.floor((now - deadline) / WEEK);
      due.push({ ...base, key: `passed:${campaign.id}:w${week}`, kind: 'deadline-passed', week, elapsedMs: now - deadline });
      next.push(deadline + (week + 1) * WEEK);
    }
  }
  for (const [accountId, status] of statuses) {
    if (status.kind !== 'submitted') continue;
    const account = state.accounts.find((candidate) => candidate.id === accountId);
    const at = Date.parse(status.at);
    if (account === undefined || Number.isNaN(at) || now >= at + EMAIL_REMINDER_EXPIRY_MS) continue;
    // A setting switched off (LinkedIn, X) sends no e-mail: there is nothing to check.
    if (campaign.targets.find((target) => target.platform === account.platform && target.role === 'main')?.mechanism === 'toggle') continue;
    const latest = EMAIL_STEPS.filter((step) => now >= at + step.ms).pop();
    if (latest !== undefined) {
      const named = { id: account.id, platform: account.platform, label: account.label, email: account.email };
      const key = `email:${campaign.id}:${accountId}:${status.at}:${latest.id}`;
      due.push({
        key,
        campaignId: campaign.id,
        accountIds: [accountId],
        kind: 'check-email',
        step: latest.id,
        account: named,
        submittedAt: status.at,
      });
    }
    const upcoming = EMAIL_STEPS.find((step) => now < at + step.ms);
    if (upcoming !== undefined) next.push(at + upcoming.ms);
  }
  due.push(...noAnswerSchedule(state, campaign, now, next));
  return { due, next };
}

/** The "no answer yet" reminders of one campaign (pushing the next waiting time's end into `next`). */
function noAnswerSchedule(state: AppState, campaign: Campaign, now: number, next: number[]): Reminder[] {
  const due: Reminder[] = [];
  for (const account of state.accounts) {
    if (!account.campaignIds.includes(campaign.id)) continue;
    const target = campaign.targets.find((candidate) => candidate.platform === account.platform && candidate.role === 'main');
    if (target === undefined) continue;
    const followUp = followUpOf(state.events, account.id, campaign.id, target, new Date(now));
    if (followUp.kind === 'waiting') next.push(Date.parse(followUp.dueAt));
    if (followUp.kind !== 'no-answer') continue;
    const answered = state.events.some(
      (event) =>
        event.accountId === account.id && event.campaignId === campaign.id && event.kind === 'no-answer' && event.at >= followUp.sentAt,
    );
    if (answered) continue;
    due.push({
      key: `no-answer:${campaign.id}:${account.id}:${followUp.sentAt}`,
      campaignId: campaign.id,
      accountIds: [account.id],
      kind: 'no-answer',
      account: { id: account.id, platform: account.platform, label: account.label, email: account.email },
      sentAt: followUp.sentAt,
      dueAt: followUp.dueAt,
    });
  }
  return due;
}

/** The reminders to show now, in catalog order: due, allowed by the settings, and not sent before. */
export function dueReminders({ state, catalog, now }: ReminderInput): readonly Reminder[] {
  if (!remindersActive(state.settings, now)) return [];
  const sent = new Set(state.remindersSent);
  const at = now.getTime();
  return catalog.campaigns.flatMap((campaign) =>
    campaignSchedule(state, catalog, campaign, at).due.filter((reminder) => !sent.has(reminder.key)),
  );
}

/**
 * When a reminder could next become due (the ticker sleeps until then), or null when none will
 * without a change of state. While paused, the end of the pause.
 */
export function nextReminderAt({ state, catalog, now }: ReminderInput): Date | null {
  const settings = state.settings;
  if (!settings.remindersEnabled || settings.remindersPausedUntil === 'forever') return null;
  const at = now.getTime();
  if (settings.remindersPausedUntil !== null) {
    const until = Date.parse(settings.remindersPausedUntil);
    if (!Number.isNaN(until) && until > at) return new Date(until);
  }
  const times = catalog.campaigns.flatMap((campaign) => campaignSchedule(state, catalog, campaign, at).next).filter((time) => time > at);
  return times.length === 0 ? null : new Date(Math.min(...times));
}
