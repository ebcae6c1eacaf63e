/**
 * Applies a command to the state: the one place state changes. Pure: time, ids and the catalog are
 * passed in. A refused command returns an error and the state is unchanged; a command that changes
 * nothing returns the same state object (so nothing is written).
 */
import type { Account, AccountGroup, AppState, Catalog, ProgressEvent, Platform } from './types';
import type { Command, GroupChoice, RecordableEvent, UserCommand } from './commands';
import { defaultState } from './defaults';
import { STATE_LIMITS } from './state-schema';
import { extraTargetsFor, platformInfo } from '../catalog/lookups';

/** What the reducer needs from the outside world. */
export interface ReducerContext {
  readonly now: Date;
  readonly newId: () => string;
  readonly catalog: Catalog;
}

/**
 * Why a command was refused; the renderer shows it in the person's language (`t.common.refused`).
 * `limit-reached`: the state holds as much as the app keeps (`STATE_LIMITS`, or the store's
 * `MAX_STATE_CHARS`). The `not-saved` kinds and `read-only` are the hosts' own: the state could
 * not be written, so nothing changed.
 */
export type Refusal =
  | 'account-missing'
  | 'label-empty'
  | 'group-missing'
  | 'group-name-empty'
  | 'group-not-for-platform'
  | 'campaign-not-for-platform'
  | 'not-in-campaign'
  | 'date-in-future'
  | 'limit-reached'
  | 'not-saved'
  | 'not-saved-disk-full'
  | 'read-only';

/** The new state, or why the command was refused. */
export type Applied = { readonly ok: true; readonly state: AppState } | { readonly ok: false; readonly error: Refusal };

/** How many reminder keys are kept (older ones can no longer fire anyway). */
const MAX_REMINDER_KEYS = 1000;

const refuse = (error: Refusal): Applied => ({ ok: false, error });
const done = (state: AppState): Applied => ({ ok: true, state });

/** Campaigns of the catalog that have a target on `platform`. */
export function campaignsForPlatform(catalog: Catalog, platform: Platform): readonly string[] {
  return catalog.campaigns
    .filter((campaign) => campaign.targets.some((target) => target.platform === platform))
    .map((campaign) => campaign.id);
}

/** Platforms some campaign of the catalog targets, in the catalog's order: the ones a person can add. */
export function offeredPlatforms(catalog: Catalog): readonly Platform[] {
  return catalog.platforms.map((platform) => platform.id).filter((platform) => campaignsForPlatform(catalog, platform).length > 0);
}

function resolveGroup(
  state: AppState,
  choice: GroupChoice,
  ctx: ReducerContext,
  platform: Platform,
): { groups: readonly AccountGroup[]; groupId: string | null } | Refusal {
  // Only platforms linked in Meta's Accounts Center may join a group (a LinkedIn account never can).
  if (choice.kind !== 'none' && platformInfo(ctx.catalog, platform)?.accountsCenter !== true) return 'group-not-for-platform';
  switch (choice.kind) {
    case 'none':
      return { groups: state.groups, groupId: null };
    case 'existing':
      return state.groups.some((group) => group.id === choice.groupId)
        ? { groups: state.groups, groupId: choice.groupId }
        : 'group-missing';
    case 'new': {
      const name = choice.name.trim();
      if (name === '') return 'group-name-empty';
      const same = state.groups.find((group) => group.name.toLocaleLowerCase() === name.toLocaleLowerCase());
      if (same !== undefined) return { groups: state.groups, groupId: same.id };
      if (state.groups.length >= STATE_LIMITS.groups) return 'limit-reached';
      const group: AccountGroup = { id: ctx.newId(), name };
      return { groups: [...state.groups, group], groupId: group.id };
    }
  }
}

/** Drops groups that no account belongs to any more. */
function pruneGroups(groups: readonly AccountGroup[], accounts: readonly Account[]): readonly AccountGroup[] {
  const used = new Set(accounts.map((account) => account.groupId));
  return groups.filter((group) => used.has(group.id));
}

function cleanEmail(email: string | null): string | null {
  const trimmed = email?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function addAccount(state: AppState, command: Extract<UserCommand, { kind: 'add-account' }>, ctx: ReducerContext): Applied {
  const label = command.label.trim();
  if (label === '') return refuse('label-empty');
  if (state.accounts.length >= STATE_LIMITS.accounts) return refuse('limit-reached');
  const offered = campaignsForPlatform(ctx.catalog, command.platform);
  const campaignIds = command.campaignIds.length === 0 ? offered : [...new Set(command.campaignIds)];
  const unknown = campaignIds.find((id) => !offered.includes(id));
  if (unknown !== undefined) return refuse('campaign-not-for-platform');
  const group = resolveGroup(state, command.group, ctx, command.platform);
  if (typeof group === 'string') return refuse(group);
  const account: Account = {
    id: ctx.newId(),
    platform: command.platform,
    label,
    email: cleanEmail(command.email),
    groupId: group.groupId,
    campaignIds,
    createdAt: ctx.now.toISOString(),
  };
  return done({ ...state, groups: group.groups, accounts: [...state.accounts, account] });
}

function editAccount(state: AppState, command: Extract<UserCommand, { kind: 'edit-account' }>, ctx: ReducerContext): Applied {
  const current = state.accounts.find((account) => account.id === command.accountId);
  if (current === undefined) return refuse('account-missing');
  const label = command.label.trim();
  if (label === '') return refuse('label-empty');
  const group = resolveGroup(state, command.group, ctx, current.platform);
  if (typeof group === 'string') return refuse(group);
  const edited: Account = { ...current, label, email: cleanEmail(command.email), groupId: group.groupId };
  const accounts = state.accounts.map((account) => (account.id === current.id ? edited : account));
  return done({ ...state, accounts, groups: pruneGroups(group.groups, accounts) });
}

function removeAccount(state: AppState, accountId: string): Applied {
  if (!state.accounts.some((account) => account.id === accountId)) return refuse('account-missing');
  const accounts = state.accounts.filter((account) => account.id !== accountId);
  return done({
    ...state,
    accounts,
    groups: pruneGroups(state.groups, accounts),
    events: state.events.filter((event) => event.accountId !== accountId),
    evidence: state.evidence.filter((record) => record.accountId !== accountId),
  });
}

function toEvent(
  event: RecordableEvent,
  base: { id: string; accountId: string; campaignId: string; targetId?: string; at: string },
): ProgressEvent {
  switch (event.kind) {
    case 'submitted':
      return { ...base, kind: 'submitted', source: event.source };
    case 'rechecked':
      return { ...base, kind: 'rechecked', source: event.source };
    case 'platform-refused':
      return { ...base, kind: 'platform-refused', note: event.note.trim() };
    case 'complaint-filed':
      return { ...base, kind: 'complaint-filed', authorityId: event.authorityId };
    case 'confirmed-on-page':
      return { ...base, kind: 'confirmed-on-page', url: event.url };
    case 'marked-not-applicable':
      return { ...base, kind: 'marked-not-applicable', reason: event.reason.trim() };
    case 'form-opened':
    case 'confirmed-by-email':
    case 'reopened':
    case 'no-answer':
      return { ...base, kind: event.kind };
  }
}

function record(state: AppState, command: Extract<UserCommand, { kind: 'record' }>, ctx: ReducerContext): Applied {
  const account = state.accounts.find((candidate) => candidate.id === command.accountId);
  if (account === undefined) return refuse('account-missing');
  if (!account.campaignIds.includes(command.campaignId)) return refuse('not-in-campaign');
  if (state.events.length >= STATE_LIMITS.events) return refuse('limit-reached');
  const { targetId } = command;
  if (targetId !== undefined && !extraTargetsFor(ctx.catalog, command.campaignId, account.platform).some((t) => t.id === targetId))
    return refuse('not-in-campaign');
  // The person may date a step in the past (the day the confirmation e-mail came), never ahead.
  if (command.at !== undefined && Date.parse(command.at) > ctx.now.getTime()) return refuse('date-in-future');
  const event = toEvent(command.event, {
    id: ctx.newId(),
    accountId: account.id,
    campaignId: command.campaignId,
    ...(targetId === undefined ? {} : { targetId }),
    at: command.at === undefined ? ctx.now.toISOString() : new Date(command.at).toISOString(),
  });
  return done({ ...state, events: [...state.events, event] });
}

/** Applies `command` to `state`. */
export function applyCommand(state: AppState, command: Command, ctx: ReducerContext): Applied {
  switch (command.kind) {
    case 'add-account':
      return addAccount(state, command, ctx);
    case 'edit-account':
      return editAccount(state, command, ctx);
    case 'remove-account':
      return removeAccount(state, command.accountId);
    case 'record':
      return record(state, command, ctx);
    case 'set-settings':
      return done({ ...state, settings: { ...state.settings, ...command.patch } });
    case 'reset':
      return done(defaultState());
    case 'add-evidence': {
      const { record: evidence } = command;
      const account = state.accounts.find((candidate) => candidate.id === evidence.accountId);
      if (account === undefined) return refuse('account-missing');
      if (state.events.length >= STATE_LIMITS.events || state.evidence.length >= STATE_LIMITS.evidence) return refuse('limit-reached');
      const base = {
        accountId: account.id,
        campaignId: evidence.campaignId,
        ...(evidence.targetId === undefined ? {} : { targetId: evidence.targetId }),
        at: ctx.now.toISOString(),
      };
      const saved: ProgressEvent = { ...base, id: ctx.newId(), kind: 'evidence-saved', evidenceId: evidence.id };
      const confirmed: readonly ProgressEvent[] =
        command.confirmsByEmail === true ? [{ ...base, id: ctx.newId(), kind: 'confirmed-by-email' }] : [];
      return done({ ...state, evidence: [...state.evidence, evidence], events: [...state.events, saved, ...confirmed] });
    }
    case 'mark-reminders-sent': {
      const fresh = command.keys.filter((key) => !state.remindersSent.includes(key));
      if (fresh.length === 0) return done(state);
      return done({ ...state, remindersSent: [...state.remindersSent, ...fresh].slice(-MAX_REMINDER_KEYS) });
    }
    case 'unmark-reminders-sent': {
      const drop = new Set(command.keys);
      if (!state.remindersSent.some((key) => drop.has(key))) return done(state);
      return done({ ...state, remindersSent: state.remindersSent.filter((key) => !drop.has(key)) });
    }
  }
}
