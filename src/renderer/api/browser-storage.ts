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
    return { state: defaultState(), notice: { kind: 'started-fresh', copiedTo: `localStorage “${copyKey}”`, at }, writable: true };
  } catch {
    // No room for a copy: keep the unreadable value where it is and do not overwrite it.
    return { state: defaultState(), notice: { kind: 'started-fresh', copiedTo: `localStorage “${STORAGE_KEY}”`, at }, writable: false };
  }
}

/** Saves `state`; returns false when the browser refused (storage full or blocked). */
export function saveState(storage: Storage, state: AppState): boolean {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(toStoredDocument(state)));
    return true;
  } catch {
    return false;
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
