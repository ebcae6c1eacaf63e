/**
 * What each (account, campaign) pair needs now: the one rule the checklist, the tray, the reminders
 * and `overview` share, derived from the log, the catalog, the settings and the time (never stored).
 *
 * A pair **needs nothing now** (it counts as finished) when it is:
 * - confirmed (on the page or by e-mail), covered by its Accounts Center group, or not applicable;
 * - a setting switched off (the person's word, the page, or a re-check) whose re-check is not due;
 * - a form sent and still within its follow-up period (shown as waiting for the answer, not as done);
 * - a follow-up the person took to a data protection authority (waiting on the authority);
 * - on a target the catalog marks optional (offered, never missing), whatever its status.
 *
 * A pair **needs the person** when nothing was sent or switched off yet (to do, page opened), when a
 * sent form had no answer within its follow-up period or the person recorded a refusal, and when a
 * switched-off setting is due for its re-check (unless re-checks are off in the settings).
 */
import type { Account, AppState, Campaign, CampaignTarget, Catalog, Mechanism, ProgressEvent, Status } from './types';
import { deriveAllStatuses, eventsOf, ownStatus } from './status';
import { followUpOf, recheckDueAt } from './follow-up';

/** Where a pair stands from the person's point of view. */
export type Standing =
  /** Nothing sent or switched off yet (the page may have been opened). */
  | { readonly kind: 'to-do' }
  /** A form sent; the platform has until `dueAt` to answer (null: the catalog has no target to say). */
  | { readonly kind: 'waiting'; readonly sentAt: string; readonly dueAt: string | null }
  /** A form sent on `sentAt` without a confirmation by `dueAt`. */
  | { readonly kind: 'no-answer'; readonly sentAt: string; readonly dueAt: string }
  /** The person recorded the platform's refusal on `at`. */
  | { readonly kind: 'refused'; readonly sentAt: string; readonly at: string; readonly note: string }
  /** After no answer or a refusal, the person filed a complaint on `at`. */
  | { readonly kind: 'complained'; readonly at: string; readonly authorityId: string }
  /** A setting switched off on `at`; to be checked again from `recheckAt` (null: never). */
  | { readonly kind: 'off'; readonly at: string; readonly recheckAt: string | null }
  /** A setting last seen off on `at`, whose re-check has been due since `dueAt`. */
  | { readonly kind: 'recheck-due'; readonly at: string; readonly dueAt: string }
  /** Confirmed, covered by the group, or not applicable. */
  | { readonly kind: 'done' };

/** The kinds of standing. */
export type StandingKind = Standing['kind'];

/** One account on one campaign, now. */
export interface PairProgress {
  readonly account: Account;
  readonly campaignId: string;
  /** The main target on the account's platform, if the catalog has one. */
  readonly target: CampaignTarget | undefined;
  readonly mechanism: Mechanism;
  /** The catalog offers this target without counting it as missing. */
  readonly optional: boolean;
  readonly status: Status;
  readonly standing: Standing;
  /** False when the pair needs nothing from the person now (see the rule above). */
  readonly needsPerson: boolean;
}

/** True when `standing` asks something of the person. */
export function standingNeedsPerson(standing: Standing): boolean {
  switch (standing.kind) {
    case 'to-do':
    case 'no-answer':
    case 'refused':
    case 'recheck-due':
      return true;
    case 'waiting':
    case 'complained':
    case 'off':
    case 'done':
      return false;
  }
}

/** A complaint filed after the follow-up began (sent on `sentAt`), if any. */
function complaintAfter(events: readonly ProgressEvent[], sentAt: string): Extract<ProgressEvent, { kind: 'complaint-filed' }> | undefined {
  const since = Date.parse(sentAt);
  let found: Extract<ProgressEvent, { kind: 'complaint-filed' }> | undefined;
  for (const event of events) {
    if (event.targetId !== undefined) continue;
    if (event.kind === 'reopened') found = undefined;
    else if (event.kind === 'complaint-filed' && Date.parse(event.at) >= since) found = event;
  }
  return found;
}

/** The standing of one pair, given its status (group coverage already applied). */
export function standingOf(
  state: AppState,
  accountId: string,
  campaignId: string,
  status: Status,
  target: CampaignTarget | undefined,
  now: Date,
): Standing {
  switch (status.kind) {
    case 'to-do':
    case 'in-progress':
      return { kind: 'to-do' };
    case 'covered-by-group':
    case 'not-applicable':
      return { kind: 'done' };
    case 'submitted':
    case 'confirmed':
      break;
  }
  if (target?.mechanism === 'toggle') {
    const due = state.settings.recheckReminders ? recheckDueAt(state.events, accountId, campaignId, target) : null;
    if (due !== null && now.getTime() >= Date.parse(due)) return { kind: 'recheck-due', at: status.at, dueAt: due };
    return { kind: 'off', at: status.at, recheckAt: due };
  }
  if (status.kind === 'confirmed') return { kind: 'done' };
  if (target === undefined) return { kind: 'waiting', sentAt: status.at, dueAt: null };
  const followUp = followUpOf(state.events, accountId, campaignId, target, now);
  switch (followUp.kind) {
    case 'none':
      return { kind: 'waiting', sentAt: status.at, dueAt: null };
    case 'waiting':
      return { kind: 'waiting', sentAt: followUp.sentAt, dueAt: followUp.dueAt };
    case 'no-answer':
    case 'refused': {
      const complaint = complaintAfter(eventsOf(state.events, accountId, campaignId), followUp.sentAt);
      if (complaint !== undefined) return { kind: 'complained', at: complaint.at, authorityId: complaint.authorityId };
      return followUp.kind === 'no-answer'
        ? { kind: 'no-answer', sentAt: followUp.sentAt, dueAt: followUp.dueAt }
        : { kind: 'refused', sentAt: followUp.sentAt, at: followUp.at, note: followUp.note };
    }
  }
}

/** Every account taking part in `campaign`, in account order, with what it needs now. */
export function pairsOf(state: AppState, catalog: Catalog, campaign: Campaign, now: Date): readonly PairProgress[] {
  const statuses = deriveAllStatuses(state, campaign.id, catalog);
  const result: PairProgress[] = [];
  for (const account of state.accounts) {
    const status = statuses.get(account.id);
    if (status === undefined) continue;
    const target = campaign.targets.find((candidate) => candidate.platform === account.platform && candidate.role === 'main');
    const standing = standingOf(state, account.id, campaign.id, status, target, now);
    const optional = target?.optional === true;
    result.push({
      account,
      campaignId: campaign.id,
      target,
      mechanism: target?.mechanism ?? 'form',
      optional,
      status,
      standing,
      needsPerson: !optional && standingNeedsPerson(standing),
    });
  }
  return result;
}

/** Where an extra target stands for an account: its own steps only (extras are offered, never counted). */
export function extraStatus(state: AppState, accountId: string, campaignId: string, target: CampaignTarget): Status {
  return ownStatus(state.events, accountId, campaignId, target.id);
}

/** When a pair's standing next changes by itself (a follow-up or a re-check falls due), or null. */
export function standingChangeAt(pair: PairProgress, now: Date): number | null {
  const standing = pair.standing;
  const at =
    standing.kind === 'waiting' && standing.dueAt !== null
      ? Date.parse(standing.dueAt)
      : standing.kind === 'off' && standing.recheckAt !== null
        ? Date.parse(standing.recheckAt)
        : null;
  return at !== null && at > now.getTime() ? at : null;
}
