/**
 * Shared set-up for the tray, reminder and countdown tests in main: English, a state service on
 * memory storage, and a countdown service on the fake-world ticker.
 */
import { loadMessages } from '../../../src/shared/i18n/load';
import type { AppState } from '../../../src/shared/domain/types';
import type { Language } from '../../../src/main/language';
import { createStateService, type StateService } from '../../../src/main/state/state-service';
import { memoryStorage } from '../../support/memory-storage';
import { setupCountdown, type CountdownService } from '../../../src/main/countdown-service';
import { TickerWorld } from '../shared/ticker-world';
import { campaign, catalogOf } from '../shared/tray-fixtures';

const en = await loadMessages('en');

/** English, as main would load it. */
export const english: Language = { locale: 'en', messages: en };

/** Everything a tray/reminder test drives. */
export interface Harness {
  readonly world: TickerWorld;
  readonly state: StateService;
  readonly countdown: CountdownService;
  readonly catalog: ReturnType<typeof catalogOf>;
}

/** A running app core at `now` with `initial` state. */
export function harness(now: Date, initial: AppState): Harness {
  const world = new TickerWorld(now);
  const catalog = catalogOf();
  const state = createStateService(memoryStorage(initial), catalog, world.clock);
  const countdown = setupCountdown(campaign(), world.clock, () => english, world.timers);
  return { world, state, countdown, catalog };
}
