/**
 * One change of the state, as the store's journal keeps it: instead of rewriting the whole file on
 * every action, the store appends what changed. `diffState` compares the state before and after an
 * action (the reducer shares every record it did not touch, so the comparison is by reference and
 * costs one pass); `applyChanges` replays changes at load. Pure; the schema of a change is
 * `stateChangeSchema` in state-schema.ts, so a journal line is checked like the rest of the file.
 */
import type { Account, AccountGroup, AppState, EvidenceRecord, ProgressEvent, Settings } from './types';

/** How a list of records with ids changed: removed ids, records replaced in place, records appended. */
export interface ListEdit<T> {
  readonly remove: readonly string[];
  readonly replace: readonly T[];
  readonly append: readonly T[];
}

/** A list's change: an edit, or the whole new list when that is shorter. */
export type ListChange<T> = { readonly all: readonly T[] } | ListEdit<T>;

/** What changed between two states; absent fields did not change. */
export interface StateChange {
  readonly accounts?: ListChange<Account>;
  readonly groups?: ListChange<AccountGroup>;
  readonly events?: ListChange<ProgressEvent>;
  readonly evidence?: ListChange<EvidenceRecord>;
  readonly settings?: Settings;
  readonly remindersSent?: readonly string[];
}

/** The lists of the state whose records carry an id. */
export const RECORD_LISTS = ['accounts', 'groups', 'events', 'evidence'] as const;

type RecordList = (typeof RECORD_LISTS)[number];
type Item<K extends RecordList> = AppState[K][number];

/** How `after` differs from `before`, or undefined when they hold the same records. */
export function diffList<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): ListChange<T> | undefined {
  if (before === after) return undefined;
  const remove: string[] = [];
  const replace: T[] = [];
  let j = 0;
  for (const old of before) {
    const next = after[j];
    if (next === old) {
      j++;
    } else if (next?.id === old.id) {
      replace.push(next);
      j++;
    } else {
      // Gone (or, when `after` is used up, every record left).
      remove.push(old.id);
    }
  }
  const append = after.slice(j);
  const size = remove.length + replace.length + append.length;
  if (size === 0) return undefined;
  // An edit that names more records than the new list holds (a reset, an import): the list itself.
  // Replaying an edit gives `after` exactly as long as its ids are unique, which the schema requires.
  return size > after.length ? { all: after } : { remove, replace, append };
}

function sameList(before: readonly string[], after: readonly string[]): boolean {
  return before === after || (before.length === after.length && before.every((value, index) => value === after[index]));
}

/** The change from `before` to `after`, or null when nothing changed (nothing to save). */
export function diffState(before: AppState, after: AppState): StateChange | null {
  const change: { -readonly [K in keyof StateChange]: StateChange[K] } = {};
  const accounts = diffList(before.accounts, after.accounts);
  if (accounts !== undefined) change.accounts = accounts;
  const groups = diffList(before.groups, after.groups);
  if (groups !== undefined) change.groups = groups;
  const events = diffList(before.events, after.events);
  if (events !== undefined) change.events = events;
  const evidence = diffList(before.evidence, after.evidence);
  if (evidence !== undefined) change.evidence = evidence;
  if (before.settings !== after.settings && !sameSettings(before.settings, after.settings)) change.settings = after.settings;
  if (!sameList(before.remindersSent, after.remindersSent)) change.remindersSent = after.remindersSent;
  return Object.keys(change).length === 0 ? null : change;
}

function sameSettings(a: Settings, b: Settings): boolean {
  const keys = Object.keys(a) as (keyof Settings)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Why `change` does not fit `list` (it removes or replaces a record that is not there), or null. */
function misfit(list: readonly { readonly id: string }[], change: ListChange<{ readonly id: string }>, name: string): string | null {
  if ('all' in change || (change.remove.length === 0 && change.replace.length === 0)) return null;
  const ids = new Set(list.map((record) => record.id));
  if (change.remove.some((id) => !ids.has(id))) return `${name}: removes a record that is not there`;
  if (change.replace.some((record) => !ids.has(record.id))) return `${name}: replaces a record that is not there`;
  return null;
}

/** Applies one list change that fits (see `misfit`) to a working copy, which it may reuse. */
function applyList<T extends { readonly id: string }>(list: T[], change: ListChange<T>): T[] {
  if ('all' in change) return [...change.all];
  let out = list;
  if (change.remove.length > 0) {
    const removed = new Set(change.remove);
    out = out.filter((record) => !removed.has(record.id));
  }
  if (change.replace.length > 0) {
    const index = new Map(out.map((record, position) => [record.id, position]));
    for (const record of change.replace) out[index.get(record.id) ?? out.length] = record;
  }
  for (const record of change.append) out.push(record);
  return out;
}

/** The result of replaying changes: the state, or why change number `applied` did not fit (and the state before it). */
export type Replayed =
  | { readonly ok: true; readonly state: AppState }
  | { readonly ok: false; readonly error: string; readonly applied: number; readonly state: AppState };

/**
 * Replays `changes` in order on `base`. Works on copies, so replaying thousands of journal lines
 * costs one copy of each list, not one per line. A change that does not fit the state it is
 * replayed on (a journal that belongs to another file) stops the replay before it.
 */
export function applyChanges(base: AppState, changes: readonly StateChange[]): Replayed {
  const lists: { [K in RecordList]: Item<K>[] } = {
    accounts: [...base.accounts],
    groups: [...base.groups],
    events: [...base.events],
    evidence: [...base.evidence],
  };
  let settings = base.settings;
  let remindersSent = base.remindersSent;
  const current = (): AppState => ({ ...lists, settings, remindersSent });
  for (const [index, change] of changes.entries()) {
    for (const name of RECORD_LISTS) {
      const listChange = change[name] as ListChange<{ readonly id: string }> | undefined;
      const problem = listChange === undefined ? null : misfit(lists[name], listChange, name);
      if (problem !== null) return { ok: false, error: problem, applied: index, state: current() };
    }
    for (const name of RECORD_LISTS) {
      const listChange = change[name];
      // Each list is checked against its own record type by the schema; the casts only restore it.
      if (listChange !== undefined)
        (lists as Record<RecordList, unknown[]>)[name] = applyList(
          lists[name] as { readonly id: string }[],
          listChange as ListChange<{ readonly id: string }>,
        );
    }
    if (change.settings !== undefined) settings = change.settings;
    if (change.remindersSent !== undefined) remindersSent = change.remindersSent;
  }
  return { ok: true, state: current() };
}
