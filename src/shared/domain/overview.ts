/**
 * Where every campaign stands now, across all of them: what the checklist header, the tray and the
 * reminder schedule are built from, so they cannot disagree. "Finished" means "needs nothing from
 * the person now" (the rule is in `progress.ts` and docs/architecture.md).
 */
import type { AppState, Campaign, Catalog } from './types';
import { deadlinePhase } from './countdown';
import { pairsOf, standingChangeAt, type PairProgress } from './progress';

/** A campaign's date as of now: none, or ahead (far or within 72 h), or passed, with the instant. */
export type DeadlineState = { readonly kind: 'none' } | { readonly kind: 'upcoming' | 'due-soon' | 'passed'; readonly at: string };

/** One campaign with its accounts, for the screens that show them. */
export interface CampaignProgress {
  readonly campaign: Campaign;
  readonly deadline: DeadlineState;
  readonly pairs: readonly PairProgress[];
  /** Pairs needing nothing now. */
  readonly finished: number;
}

/** `overview`'s answer: the shape checks outside the test suite rely on. */
export interface Overview {
  readonly campaigns: readonly {
    readonly campaignId: string;
    readonly deadline: DeadlineState;
    /** Accounts taking part in this campaign. */
    readonly accounts: number;
    /** Of those, the ones needing nothing now. */
    readonly finished: number;
  }[];
  /** (account, campaign) pairs over all campaigns. */
  readonly accounts: number;
  readonly finished: number;
  /** The nearest date ahead of `now` for a campaign with something left to do. */
  readonly nextDeadline: { readonly campaignId: string; readonly at: string } | null;
}

/** The date of `campaign` as of `now`. */
export function deadlineState(campaign: Campaign, now: Date): DeadlineState {
  if (campaign.deadline === null) return { kind: 'none' };
  return { kind: deadlinePhase(campaign.deadline, now), at: campaign.deadline.instant };
}

/** Every campaign with at least one account, in catalog order, with its pairs. */
export function campaignProgress(state: AppState, catalog: Catalog, now: Date): readonly CampaignProgress[] {
  const result: CampaignProgress[] = [];
  for (const campaign of catalog.campaigns) {
    const pairs = pairsOf(state, catalog, campaign, now);
    if (pairs.length === 0) continue;
    const finished = pairs.filter((pair) => !pair.needsPerson).length;
    result.push({ campaign, deadline: deadlineState(campaign, now), pairs, finished });
  }
  return result;
}

/** The nearest deadline ahead of `now` among campaigns with something left to do, or null. */
export function nextDeadlineOf(progress: readonly CampaignProgress[], now: Date): Overview['nextDeadline'] {
  let best: { campaignId: string; at: string } | null = null;
  for (const entry of progress) {
    const deadline = entry.campaign.deadline;
    if (deadline === null || entry.finished === entry.pairs.length) continue;
    const at = Date.parse(deadline.instant);
    if (at <= now.getTime()) continue;
    if (best === null || at < Date.parse(best.at)) best = { campaignId: entry.campaign.id, at: deadline.instant };
  }
  return best;
}

/** The overview built from `campaignProgress` (for callers that already have it). */
export function overviewOf(progress: readonly CampaignProgress[], now: Date): Overview {
  const campaigns = progress.map((entry) => ({
    campaignId: entry.campaign.id,
    deadline: entry.deadline,
    accounts: entry.pairs.length,
    finished: entry.finished,
  }));
  return {
    campaigns,
    accounts: campaigns.reduce((sum, entry) => sum + entry.accounts, 0),
    finished: campaigns.reduce((sum, entry) => sum + entry.finished, 0),
    nextDeadline: nextDeadlineOf(progress, now),
  };
}

/** Where every campaign stands now: for the checklist header, the tray and reminders. */
export function overview(state: AppState, catalog: Catalog, now: Date): Overview {
  return overviewOf(campaignProgress(state, catalog, now), now);
}

/** When some pair's standing next changes by itself (a follow-up or re-check falls due), or null. */
export function nextStandingChange(progress: readonly CampaignProgress[], now: Date): Date | null {
  let best: number | null = null;
  for (const entry of progress) {
    for (const pair of entry.pairs) {
      const at = standingChangeAt(pair, now);
      if (at !== null && (best === null || at < best)) best = at;
    }
  }
  return best === null ? null : new Date(best);
}

/** The pair to act on next: one with its page already open first, then the first needing the person, in catalog order. */
export function nextPair(progress: readonly CampaignProgress[]): PairProgress | null {
  let first: PairProgress | null = null;
  for (const entry of progress) {
    for (const pair of entry.pairs) {
      if (!pair.needsPerson) continue;
      if (pair.status.kind === 'in-progress') return pair;
      first ??= pair;
    }
  }
  return first;
}

/** The earliest re-check ahead of a switched-off setting, or null (none planned, or re-checks off). */
export function nextRecheck(progress: readonly CampaignProgress[]): string | null {
  let best: string | null = null;
  for (const entry of progress) {
    for (const pair of entry.pairs) {
      const at = pair.standing.kind === 'off' ? pair.standing.recheckAt : null;
      if (at !== null && (best === null || Date.parse(at) < Date.parse(best))) best = at;
    }
  }
  return best;
}
