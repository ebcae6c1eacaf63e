/**
 * Loading and saving the browser backend's state in localStorage. A saved value that cannot be read
 * is never wiped: it is copied under another key first, and the person is told where.
 */
import type { AppState, Clock } from '@shared/domain/types';
import type { StoreNotice } from '@shared/ipc/contract';
import { defaultState } from '@shared/domain/defaults';
import { parseJson } from '@shared/domain/safe-json';
import { migrate } from '@shared/domain/migrations';
import { toStoredDocument } from '@shared/domain/state-schema';

/** The localStorage key of the saved state. */
export const STORAGE_KEY = 'objector.state';
/** The prefix of keys holding unreadable values copied aside. */
export const UNREADABLE_PREFIX = 'objector.state.unreadable-';

/** What loading found. `writable` is false when an unreadable value could not be copied aside. */
export interface Loaded {
  readonly state: AppState;
  readonly notice: StoreNotice | null;
  readonly writable: boolean;
}

/** Reads the saved state; a missing value gives the defaults, an unreadable one a notice. */
export function loadState(storage: Storage, clock: Clock): Loaded {
  const text = storage.getItem(STORAGE_KEY);
  if (text === null) return { state: defaultState(), notice: null, writable: true };
  const json = parseJson(text);
  const migrated = json.ok ? migrate(json.value) : json;
  if (migrated.ok) return { state: migrated.value.state, notice: null, writable: true };
  const at = clock.now().toISOString();
  const copyKey = `${UNREADABLE_PREFIX}${at}`;
  try {
    storage.setItem(copyKey, text);
    return { state: defaultState(), notice: { kind: 'started-fresh', copiedTo: `localStorage ${copyKey}`, at }, writable: true };
  } catch {
    // No room for a copy: keep the unreadable value where it is and do not overwrite it.
    return { state: defaultState(), notice: { kind: 'started-fresh', copiedTo: `localStorage ${STORAGE_KEY}`, at }, writable: false };
  }
}

/** Saves `state`; returns the text saved, or null when the browser refused (storage full or blocked). */
export function saveState(storage: Storage, state: AppState): string | null {
  try {
    const text = JSON.stringify(toStoredDocument(state));
    storage.setItem(STORAGE_KEY, text);
    return text;
  } catch {
    return null;
  }
}

/** The localStorage key of the copy kept before the last import (an export document). */
export const BEFORE_IMPORT_KEY = 'objector.state.before-import';

/** Keeps `exportText` (the data before an import); returns false when the browser refused. */
export function keepBeforeImport(storage: Storage, exportText: string): boolean {
  try {
    storage.setItem(BEFORE_IMPORT_KEY, exportText);
    return true;
  } catch {
    return false;
  }
}

/** The kept copy's text, or null when there is none. */
export function beforeImportText(storage: Storage): string | null {
  return storage.getItem(BEFORE_IMPORT_KEY);
}

/** The state another tab saved, if it is readable; null when it is unreadable (then ours is kept). */
export function readSaved(text: string): AppState | null {
  const json = parseJson(text);
  const migrated = json.ok ? migrate(json.value) : json;
  return migrated.ok ? migrated.value.state : null;
}

/**
 * Runs `work` while holding the tabs' shared lock (Web Locks API), so a read-change-write in one
 * tab never interleaves with another tab's. Browsers without it run `work` directly.
 */
export function withTabLock<T>(work: () => T): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks === undefined) return Promise.resolve(work());
  return locks.request('objector.state', () => work());
}
