/**
 * Which catalog the app uses this run: the built-in one, or an update accepted earlier and kept in
 * the data folder, checked again now against the trusted keys with the built-in catalog as the
 * floor (a stored catalog whose version is not above the built-in one is ignored: the app was
 * updated past it). Pure; main and the browser backend both call it at start-up.
 */
import type { Catalog } from '../domain/types';
import { checkCatalogUpdate, type CatalogRefusal } from './catalog-update';
import type { StoredCatalog, UpdateOrigin } from './update-files';

/** Where the catalog in use came from. */
export type CatalogOrigin = 'built-in' | UpdateOrigin;

/** The catalog in use, and what settings say about it. */
export interface CatalogInUse {
  readonly catalog: Catalog;
  readonly origin: CatalogOrigin;
  /** When the update in use was accepted (ISO 8601); null for the built-in catalog. */
  readonly acceptedAt: string | null;
  /** An update accepted during this run, used from the next start. */
  readonly pending: { readonly version: number; readonly publishedAt: string; readonly origin: UpdateOrigin } | null;
  /** A stored update that was not used at this start, and why ('older': the built-in one is as new). */
  readonly storedProblem: CatalogRefusal | 'older' | 'damaged' | null;
}

/** The built-in catalog alone. */
export function builtInInUse(builtIn: Catalog): CatalogInUse {
  return { catalog: builtIn, origin: 'built-in', acceptedAt: null, pending: null, storedProblem: null };
}

/** The catalog to use, from the built-in one and what was stored (null: nothing stored). */
export function pickCatalogInUse(builtIn: Catalog, stored: StoredCatalog | 'damaged' | null, trustedKeys: readonly string[]): CatalogInUse {
  if (stored === null) return builtInInUse(builtIn);
  if (stored === 'damaged') return { ...builtInInUse(builtIn), storedProblem: 'damaged' };
  const checked = checkCatalogUpdate(stored.document, stored.signature, trustedKeys, builtIn);
  if (!checked.ok) return { ...builtInInUse(builtIn), storedProblem: checked.reason === 'not-newer' ? 'older' : checked.reason };
  return { catalog: checked.catalog, origin: stored.origin, acceptedAt: stored.acceptedAt, pending: null, storedProblem: null };
}

/** The version an update must beat: the one in use, or the one already waiting for the next start. */
export function versionToBeat(inUse: CatalogInUse): number {
  return Math.max(inUse.catalog.version, inUse.pending?.version ?? 0);
}
