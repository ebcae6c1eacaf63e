/** A storage that keeps nothing between runs: for tests and the first slice. */
import type { AppState } from '@shared/domain/types';
import { defaultState } from '@shared/domain/defaults';
import type { StateStorage } from './state-service';

/** Keeps the state in memory only. */
export function memoryStorage(initial: AppState = defaultState()): StateStorage & { saved: AppState[] } {
  const saved: AppState[] = [];
  return {
    saved,
    load: () => ({ state: initial, notice: null }),
    save: (state) => {
      saved.push(state);
    },
  };
}
