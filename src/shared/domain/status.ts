/**
 * Where each account stands, derived from the append-only event log (never stored).
 * An account's own status comes from its events in time order; then, for campaigns with
 * Accounts Center coverage, an unfinished account in a group where another account is confirmed
 * is "covered by its group".
 */
import type { AppState, Catalog, ProgressEvent, Status } from './types';

type OwnStatus = Exclude<Status, { kind: 'covered-by-group' }>;

const eventIndexes = new WeakMap<readonly ProgressEvent[], Map<string, ProgressEvent[]>>();

function indexKey(accountId: string, campaignId: string): string {
  return `${accountId}\u0000${campaignId}`;
}

/** Sorts events by time, stably; an append-only log is almost always in order already, so check first. */
function sortByTime(list: ProgressEvent[]): void {
  const times = list.map((event) => Date.parse(event.at));
  if (times.every((time, i) => i === 0 || (times[i - 1] ?? time) <= time)) return;
  const order = list.map((event, i) => ({ event, time: times[i] ?? 0, i }));
  order.sort((a, b) => a.time - b.time || a.i - b.i);
  order.forEach((entry, i) => (list[i] = entry.event));
}

/** The events of one account on one campaign, in time order (stable for equal times). Cached per log. */
export function eventsOf(events: readonly ProgressEvent[], accountId: string, campaignId: string): readonly ProgressEvent[] {
  let index = eventIndexes.get(events);
  if (index === undefined) {
    index = new Map();
    for (const event of events) {
      const key = indexKey(event.accountId, event.campaignId);
      const list = index.get(key);
      if (list === undefined) index.set(key, [event]);
      else list.push(event);
    }
    for (const list of index.values()) sortByTime(list);
    eventIndexes.set(events, index);
  }
  return index.get(indexKey(accountId, campaignId)) ?? [];
}

/** Applies one event to an account's own status. */
function step(status: OwnStatus, event: ProgressEvent): OwnStatus {
  switch (event.kind) {
    case 'form-opened':
      return status.kind === 'to-do' ? { kind: 'in-progress', since: event.at } : status;
    case 'submitted':
      return status.kind === 'confirmed' ? status : { kind: 'submitted', source: event.source, at: event.at };
    case 'confirmed-on-page':
      return status.kind === 'confirmed' && status.confidence === 'by-email'
        ? status
        : { kind: 'confirmed', confidence: 'on-page', at: event.at };
    case 'confirmed-by-email':
      return { kind: 'confirmed', confidence: 'by-email', at: event.at };
    case 'marked-not-applicable':
      return { kind: 'not-applicable', reason: event.reason, at: event.at };
    case 'reopened':
      return { kind: 'to-do' };
    case 'rechecked':
      // A fresh check of a setting: it is off again as of now, by the person's word or the page's.
      return event.source === 'detected'
        ? { kind: 'confirmed', confidence: 'on-page', at: event.at }
        : status.kind === 'confirmed' && status.confidence === 'by-email'
          ? status
          : { kind: 'submitted', source: 'person', at: event.at };
    case 'evidence-saved':
    case 'platform-refused':
    case 'no-answer':
    case 'complaint-filed':
      // Steps of the history and of the follow-up; they do not change where the objection stands.
      return status;
  }
}

/**
 * The status an account's own events give, ignoring its group: on the main target by default, or on
 * the extra target `targetId` (each target's steps are its own).
 */
export function ownStatus(events: readonly ProgressEvent[], accountId: string, campaignId: string, targetId?: string): OwnStatus {
  return eventsOf(events, accountId, campaignId).reduce<OwnStatus>(
    (status, event) => (event.targetId === targetId ? step(status, event) : status),
    { kind: 'to-do' },
  );
}

/** Where `accountId` stands on `campaignId`. */
export function deriveStatus(state: AppState, accountId: string, campaignId: string, catalog: Catalog): Status {
  const own = ownStatus(state.events, accountId, campaignId);
  if (own.kind === 'confirmed' || own.kind === 'not-applicable') return own;
  const account = state.accounts.find((candidate) => candidate.id === accountId);
  const campaign = catalog.campaigns.find((candidate) => candidate.id === campaignId);
  if (account?.groupId == null || campaign?.groupCoverage !== true) return own;
  for (const other of state.accounts) {
    if (other.id === accountId || other.groupId !== account.groupId || !other.campaignIds.includes(campaignId)) continue;
    const theirs = ownStatus(state.events, other.id, campaignId);
    if (theirs.kind === 'confirmed') return { kind: 'covered-by-group', byAccountId: other.id, at: theirs.at };
  }
  return own;
}

/** Every participating account's status on `campaignId`, in account order. */
export function deriveAllStatuses(state: AppState, campaignId: string, catalog: Catalog): ReadonlyMap<string, Status> {
  const result = new Map<string, Status>();
  const confirmedByGroup = new Map<string, { byAccountId: string; at: string }>();
  const own = new Map<string, OwnStatus>();
  for (const account of state.accounts) {
    if (!account.campaignIds.includes(campaignId)) continue;
    const status = ownStatus(state.events, account.id, campaignId);
    own.set(account.id, status);
    if (status.kind === 'confirmed' && account.groupId !== null && !confirmedByGroup.has(account.groupId)) {
      confirmedByGroup.set(account.groupId, { byAccountId: account.id, at: status.at });
    }
  }
  const coverage = catalog.campaigns.find((campaign) => campaign.id === campaignId)?.groupCoverage === true;
  for (const account of state.accounts) {
    const status = own.get(account.id);
    if (status === undefined) continue;
    const cover = coverage && account.groupId !== null ? confirmedByGroup.get(account.groupId) : undefined;
    const covered =
      cover !== undefined && cover.byAccountId !== account.id && status.kind !== 'confirmed' && status.kind !== 'not-applicable';
    result.set(account.id, covered ? { kind: 'covered-by-group', byAccountId: cover.byAccountId, at: cover.at } : status);
  }
  return result;
}
