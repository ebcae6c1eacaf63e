/** A storage that keeps nothing between runs: the test double of the file store. */
import type { AppState } from '../../src/shared/domain/types';
import { defaultState } from '../../src/shared/domain/defaults';
import type { StateStorage } from '../../src/main/state/state-service';

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
