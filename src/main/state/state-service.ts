/**
 * The state holder in main: applies commands with the shared reducer, persists through a
 * `StateStorage`, and tells listeners (windows, tray, reminders) about every change.
 */
import { randomUUID } from 'node:crypto';
import type { AppState, Catalog, Clock } from '@shared/domain/types';
import type { Command } from '@shared/domain/commands';
import { applyCommand, type Applied } from '@shared/domain/reducer';
import type { StoreNotice } from '@shared/ipc/contract';
import { failureOf } from './verified-write';
import { log, errorFields } from '../log/log';

/** Where the state is kept between runs. */
export interface StateStorage {
  /** The state read at start-up, and what happened if the file was unreadable. */
  load(): { readonly state: AppState; readonly notice: StoreNotice | null };
  /** Saves the state (what changed since the last save); throws, and keeps nothing, when it did not reach the disk whole. */
  save(state: AppState): void;
}

/** The app's state, one source of truth in main. */
export interface StateService {
  get(): AppState;
  /** Applies a command; on success saves once and notifies listeners. If saving fails, nothing changes. */
  dispatch(command: Command): Applied;
  /** Replaces the whole state (import), saved once; throws (and changes nothing) when saving fails. */
  replace(state: AppState): void;
  onChange(listener: (state: AppState) => void): () => void;
  /** Set when the store file had to be recovered at start-up. */
  readonly notice: StoreNotice | null;
}

/** Builds the state service on top of `storage`. */
export function createStateService(storage: StateStorage, catalog: Catalog, clock: Clock): StateService {
  const loaded = storage.load();
  let state = loaded.state;
  const listeners = new Set<(state: AppState) => void>();
  const commit = (next: AppState): void => {
    storage.save(next);
    state = next;
    for (const listener of listeners) listener(state);
  };
  return {
    get: () => state,
    dispatch(command) {
      const applied = applyCommand(state, command, { now: clock.now(), newId: randomUUID, catalog });
      if (!applied.ok || applied.state === state) return applied;
      try {
        commit(applied.state);
      } catch (error) {
        log.warn('state.not-saved', { command: command.kind, ...errorFields(error) });
        return { ok: false, error: refusalOf(error) };
      }
      return applied;
    },
    replace: commit,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notice: loaded.notice,
  };
}

/** The refusal the person sees for a save that failed. */
export function refusalOf(error: unknown): 'not-saved' | 'not-saved-disk-full' | 'read-only' | 'limit-reached' {
  switch (failureOf(error)) {
    case 'disk-full':
      return 'not-saved-disk-full';
    case 'read-only':
      return 'read-only';
    case 'too-large':
      return 'limit-reached';
    case 'failed':
      return 'not-saved';
  }
}
