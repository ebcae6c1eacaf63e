/**
 * The catalog's files in the data folder: `catalog/active-catalog.json`, the accepted update used
 * from the next start (the stored record of `src/shared/catalog/update-files.ts`), and
 * `catalog/checks.json`, when the daily checks last ran. Both go through the store's verified
 * writer (`writeFileVerifiedSync`: every byte written, flushed, read back and checked, then renamed),
 * so a file is replaced whole or not at all.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readStoredCatalog, storedCatalogText, type StoredCatalog } from '@shared/catalog/update-files';
import { MAX_CATALOG_CHARS } from '@shared/catalog/catalog-update';
import { writeFileVerifiedSync } from '../state/verified-write';

/** The folder of the catalog's files inside the data folder. */
export function catalogDir(dataDir: string): string {
  return join(dataDir, 'catalog');
}

const activeFile = (dataDir: string): string => join(catalogDir(dataDir), 'active-catalog.json');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A small text file as read: its text, absent, or damaged (unreadable, too large, not UTF-8). */
export type SmallText = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'absent' } | { readonly kind: 'damaged' };

/** Reads a small text file, whole, never throwing. */
export function readSmallText(path: string, maxBytes: number): SmallText {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > maxBytes) return { kind: 'damaged' };
    return { kind: 'text', text: utf8.decode(readFileSync(path)) };
  } catch (error) {
    return (error as { code?: unknown }).code === 'ENOENT' ? { kind: 'absent' } : { kind: 'damaged' };
  }
}

/** The stored update, null when there is none, 'damaged' when its file cannot be read as one. */
export function readActiveCatalog(dataDir: string): StoredCatalog | 'damaged' | null {
  const file = readSmallText(activeFile(dataDir), 3 * MAX_CATALOG_CHARS);
  if (file.kind === 'absent') return null;
  if (file.kind === 'damaged') return 'damaged';
  const read = readStoredCatalog(file.text);
  return read.ok ? read.value : 'damaged';
}

/** Keeps an accepted update for the next start; throws (and leaves the old file) when the disk refuses. */
export function writeActiveCatalog(dataDir: string, stored: StoredCatalog): void {
  mkdirSync(catalogDir(dataDir), { recursive: true });
  writeFileVerifiedSync(activeFile(dataDir), storedCatalogText(stored));
}
