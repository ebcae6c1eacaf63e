/**
 * The campaign catalog shipped with the app, validated once against its schema before first use,
 * and the look-ups everything else uses (from `lookups.ts`). A new campaign is one entry in
 * `campaigns.json`. The renderer imports `lookups.ts` directly, never this module: only the
 * browser backend needs the built-in catalog there.
 */
import type { Catalog } from '../domain/types';
import { loadCatalog } from './catalog-schema';
import raw from './campaigns.json' with { type: 'json' };

export { loadCatalog } from './catalog-schema';
export * from './lookups';

let builtIn: Catalog | undefined;

/**
 * The built-in catalog, validated on first call. Throws (naming every bad field) when the shipped
 * JSON is invalid: a broken catalog is a build defect, never something to half-load.
 */
export function builtInCatalog(): Catalog {
  if (builtIn !== undefined) return builtIn;
  const checked = loadCatalog(raw);
  if (!checked.ok) throw new Error(`The built-in campaign catalog is invalid:\n${checked.errors.join('\n')}`);
  builtIn = checked.value;
  return builtIn;
}
