/**
 * Brand names are the same in every language, so they come from the catalog's platform list and not
 * from the message catalogs. A platform the catalog in use does not list (an account made under a
 * newer catalog) is shown by its id.
 */
import { builtInCatalog } from '../catalog/index';
import { companyIn, nameIn } from '../catalog/platform-lookup';
import type { Catalog, Platform } from './types';

/** The platform's name, e.g. "Instagram" (the renderer uses `nameIn`, which has no built-in default). */
export function platformName(platform: Platform, catalog: Catalog = builtInCatalog()): string {
  return nameIn(catalog, platform);
}

/** The company behind a platform, as in "Meta's e-mail". */
export function platformCompany(platform: Platform, catalog: Catalog = builtInCatalog()): string {
  return companyIn(catalog, platform);
}
