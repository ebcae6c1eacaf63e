/**
 * Shared set-up for the tray, reminder and ticker tests in main: English, a state service on
 * memory storage, and the shared ticker on the fake world's clock and timers.
 */
import { loadMessages } from '../../../src/shared/i18n/load';
import type { AppState, Catalog } from '../../../src/shared/domain/types';
import type { Language } from '../../../src/main/language';
import { createStateService, type StateService } from '../../../src/main/state/state-service';
import { memoryStorage } from '../../support/memory-storage';
import { setupCountdown, type CountdownService } from '../../../src/main/countdown-service';
import { TickerWorld } from '../shared/ticker-world';
import { catalogOf } from '../shared/tray-fixtures';

const en = await loadMessages('en');

/** English, as main would load it. */
export const english: Language = { locale: 'en', messages: en };

/** Everything a tray/reminder test drives. */
export interface Harness {
  readonly world: TickerWorld;
  readonly state: StateService;
  readonly ticker: CountdownService;
  readonly catalog: Catalog;
}

/** A running app core at `now` with `initial` state (and the one-campaign test catalog unless given). */
export function harness(now: Date, initial: AppState, catalog: Catalog = catalogOf()): Harness {
  const world = new TickerWorld(now);
  const state = createStateService(memoryStorage(initial), catalog, world.clock);
  const ticker = setupCountdown(world.clock, world.timers);
  return { world, state, ticker, catalog };
}
