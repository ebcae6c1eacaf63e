/** The catalog the screens read: the one the app runs with (for now the built-in one, validated once). */
import { builtInCatalog } from '@shared/catalog/index';
import type { Catalog } from '@shared/domain/types';

/** The catalog in use. Every screen reads platforms, campaigns and targets through this hook. */
export function useCatalog(): Catalog {
  return builtInCatalog();
}
