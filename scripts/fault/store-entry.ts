/** The store and the state service in one module graph, for the fault driver (store-driver.mjs). */
export { createFileStorage } from '../../src/main/state/store';
export { createStateService } from '../../src/main/state/state-service';
