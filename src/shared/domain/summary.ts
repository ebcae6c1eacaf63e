/** Per-campaign counts and the next account to act on; accounts grouped by Accounts Center. */
import type { Account, AccountGroup, AppState, Catalog, StatusKind } from './types';
import { deriveAllStatuses, isFinished, needsAction } from './status';

/** How a campaign stands across all accounts. */
export interface CampaignSummary {
  readonly campaignId: string;
  /** Accounts taking part. */
  readonly total: number;
  /** Confirmed, covered by the group, or not applicable. */
  readonly finished: number;
  readonly counts: Readonly<Record<StatusKind, number>>;
  /** The account to act on next: one in progress first, then the first still to do. */
  readonly nextAccountId: string | null;
}

/** Summarizes `campaignId`. */
export function summarizeCampaign(state: AppState, campaignId: string, catalog: Catalog): CampaignSummary {
  const counts: Record<StatusKind, number> = {
    'to-do': 0,
    'in-progress': 0,
    submitted: 0,
    confirmed: 0,
    'covered-by-group': 0,
    'not-applicable': 0,
  };
  let finished = 0;
  let firstInProgress: string | null = null;
  let firstToDo: string | null = null;
  const statuses = deriveAllStatuses(state, campaignId, catalog);
  for (const [accountId, status] of statuses) {
    counts[status.kind] += 1;
    if (isFinished(status)) finished += 1;
    if (needsAction(status)) {
      if (status.kind === 'in-progress') firstInProgress ??= accountId;
      else firstToDo ??= accountId;
    }
  }
  return { campaignId, total: statuses.size, finished, counts, nextAccountId: firstInProgress ?? firstToDo };
}

/** Accounts by Accounts Center group, in the groups' order; accounts in no group come last. */
export function groupAccounts(state: AppState): readonly { readonly group: AccountGroup | null; readonly accounts: readonly Account[] }[] {
  const result: { group: AccountGroup | null; accounts: Account[] }[] = [];
  for (const group of state.groups) {
    const accounts = state.accounts.filter((account) => account.groupId === group.id);
    if (accounts.length > 0) result.push({ group, accounts });
  }
  const known = new Set(state.groups.map((group) => group.id));
  const unlinked = state.accounts.filter((account) => account.groupId === null || !known.has(account.groupId));
  if (unlinked.length > 0) result.push({ group: null, accounts: unlinked });
  return result;
}
