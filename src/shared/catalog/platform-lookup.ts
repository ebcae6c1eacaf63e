/**
 * Brand names from a given catalog, with no default: what the renderer uses, so that its bundle
 * never pulls in the built-in catalog (the desktop app's renderer gets the catalog in use from
 * main, in the snapshot). A platform the catalog does not list is shown by its id.
 */
import type { Catalog, Platform } from '../domain/types';

/** The platform's name in `catalog`, e.g. "Instagram". */
export function nameIn(catalog: Catalog, platform: Platform): string {
  return catalog.platforms.find((candidate) => candidate.id === platform)?.name ?? platform;
}

/** The company behind the platform in `catalog`, as in "Meta's e-mail". */
export function companyIn(catalog: Catalog, platform: Platform): string {
  return catalog.platforms.find((candidate) => candidate.id === platform)?.company ?? nameIn(catalog, platform);
}
