/** The catalog the screens read: the one the app runs with this start (`snapshot.catalog.catalog`). */
import type { Catalog } from '@shared/domain/types';
import { useApp } from './app-context';

/** The catalog in use. Every screen reads platforms, campaigns and targets through this hook. */
export function useCatalog(): Catalog {
  return useApp().catalog;
}
