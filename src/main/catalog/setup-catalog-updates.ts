/**
 * Catalog updates in main: "Load a catalog update…" over IPC, the daily check (only with the
 * person's consent), and the facts settings show. The catalog service itself is made first, in
 * the composition root, because everything else is built on the catalog in use.
 */
import { app } from 'electron';
import type { Clock } from '@shared/domain/types';
import type { UpdatesView } from '@shared/ipc/contract';
import type { StateService } from '../state/state-service';
import { handle } from '../ipc/handle';
import type { CatalogService } from './catalog-service';
import type { CheckLog } from './check-log';
import { setupDailyCatalogCheck, type DailyCatalogCheck } from './daily-catalog-check';
import { httpGet, type HttpGet } from './http-get';
import { pickAndLoadUpdate, type LoadDialogLabels } from './load-update';
import { catalogUpdateUrl } from './update-url';

/** What catalog updates need. */
export interface CatalogUpdatesDeps {
  readonly state: StateService;
  readonly catalogs: CatalogService;
  readonly clock: Clock;
  readonly log: CheckLog;
  readonly labels: () => LoadDialogLabels;
  /** Pushes a fresh snapshot (see `setupStateIpc`). */
  readonly publish: () => void;
  /** Replaced by tests only. */
  readonly get?: HttpGet;
}

/** The update facts for the snapshot. */
export function updatesView(log: CheckLog, packaged: boolean): UpdatesView {
  return { appUpdatesSupported: packaged, catalogChecksSupported: true, lastCatalogCheck: log.read().catalog ?? null };
}

/** Registers catalog:load-update and starts the daily check. */
export function setupCatalogUpdates(deps: CatalogUpdatesDeps): DailyCatalogCheck {
  handle('catalog:load-update', () => pickAndLoadUpdate(deps.catalogs, deps.labels()));
  deps.catalogs.onChange(deps.publish);
  return setupDailyCatalogCheck({
    state: deps.state,
    catalog: deps.catalogs,
    clock: deps.clock,
    get: deps.get ?? httpGet,
    url: catalogUpdateUrl(),
    userAgent: `Objector/${app.getVersion()}`,
    log: deps.log,
    onChecked: deps.publish,
  });
}
