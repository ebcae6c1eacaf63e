/**
 * Applies a command to the state: the one place state changes. Pure: time, ids and the catalog are
 * passed in. A refused command returns an error and the state is unchanged.
 */
import type { AppState, Catalog } from './types';
import type { Command } from './commands';

/** What the reducer needs from the outside world. */
export interface ReducerContext {
  readonly now: Date;
  readonly newId: () => string;
  readonly catalog: Catalog;
}

/** The new state, or why the command was refused. */
export type Applied = { readonly ok: true; readonly state: AppState } | { readonly ok: false; readonly error: string };

/** Applies `command` to `state`. */
export function applyCommand(state: AppState, command: Command, _ctx: ReducerContext): Applied {
  switch (command.kind) {
    case 'set-settings':
      return { ok: true, state: { ...state, settings: { ...state.settings, ...command.patch } } };
    default:
      return { ok: false, error: `not implemented yet: ${command.kind}` };
  }
}
