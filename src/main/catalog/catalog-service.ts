/**
 * The catalog in use for this run, and accepting updates for the next one. At start-up the stored
 * update (if any) is checked again like any update, against the built-in catalog as the floor;
 * an accepted update is written to the data folder and reported as pending: the catalog in use
 * never changes under a running app (its ids are everywhere: tray, reminders, open windows).
 */
import { TRUSTED_CATALOG_KEYS } from '@shared/catalog/trusted-keys';
import { checkCatalogUpdate } from '@shared/catalog/catalog-update';
import { pickCatalogInUse, versionToBeat, type CatalogInUse } from '@shared/catalog/catalog-in-use';
import type { SignedCatalog, UpdateOrigin } from '@shared/catalog/update-files';
import type { Catalog, Clock } from '@shared/domain/types';
import type { CatalogLoadOutcome } from '@shared/ipc/contract';
import { readActiveCatalog, writeActiveCatalog } from './catalog-files';
import { log } from '../log/log';

/** The catalog in use and the door for updates. */
export interface CatalogService {
  inUse(): CatalogInUse;
  /** Checks an update against the catalog in use (and any pending one) and keeps it for the next start. */
  accept(signed: SignedCatalog, origin: UpdateOrigin): CatalogLoadOutcome;
  onChange(listener: (inUse: CatalogInUse) => void): () => void;
}

/** What the service is built from; `trustedKeys` is replaced only by tests. */
export interface CatalogServiceDeps {
  readonly dataDir: string;
  readonly builtIn: Catalog;
  readonly clock: Clock;
  readonly trustedKeys?: readonly string[];
}

/** Loads the catalog in use from the data folder and the built-in catalog. */
export function createCatalogService(deps: CatalogServiceDeps): CatalogService {
  const keys = deps.trustedKeys ?? TRUSTED_CATALOG_KEYS;
  let inUse = pickCatalogInUse(deps.builtIn, readActiveCatalog(deps.dataDir), keys);
  if (inUse.storedProblem !== null && inUse.storedProblem !== 'older') log.warn('catalog.stored-ignored', { problem: inUse.storedProblem });
  const listeners = new Set<(inUse: CatalogInUse) => void>();
  return {
    inUse: () => inUse,
    accept(signed, origin) {
      const floor: Catalog = { ...inUse.catalog, version: versionToBeat(inUse) };
      const checked = checkCatalogUpdate(signed.document, signed.signature, keys, floor);
      if (!checked.ok) {
        log.info('catalog.update-refused', { origin, reason: checked.reason });
        return { kind: 'refused', reason: checked.reason, details: checked.errors.slice(1) };
      }
      try {
        // Only the document and its signature: `signed` may be a bundle read from a file, with more fields.
        const { document, signature } = signed;
        writeActiveCatalog(deps.dataDir, { document, signature, origin, acceptedAt: deps.clock.now().toISOString() });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { kind: 'refused', reason: 'not-saved', details: [detail] };
      }
      const { version, publishedAt } = checked.catalog;
      inUse = { ...inUse, pending: { version, publishedAt, origin } };
      log.info('catalog.update-accepted', { origin, version });
      for (const listener of listeners) listener(inUse);
      return { kind: 'accepted', version };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
