/**
 * The catalog in the browser version: the built-in one, or a signed update the person loaded from
 * a file earlier, kept in localStorage and checked again at every start exactly as the desktop app
 * checks its data folder (the built-in catalog is the floor). There is no daily check here: only
 * the desktop app fetches anything.
 */
import { builtInCatalog } from '@shared/catalog/index';
import { checkCatalogUpdate } from '@shared/catalog/catalog-update';
import { pickCatalogInUse, versionToBeat, type CatalogInUse } from '@shared/catalog/catalog-in-use';
import { TRUSTED_CATALOG_KEYS } from '@shared/catalog/trusted-keys';
import { readStoredCatalog, readUpdateFile, signatureFileText, storedCatalogText } from '@shared/catalog/update-files';
import type { Catalog, Clock } from '@shared/domain/types';
import type { CatalogLoadOutcome } from '@shared/ipc/contract';
import type { PickedFile } from './browser-files';

/** The localStorage key of an accepted update. */
export const CATALOG_STORAGE_KEY = 'objector.catalog-update';

/** The keys this build trusts: the app's, plus the browser suite's own key in that suite's build only. */
export const BROWSER_TRUSTED_KEYS: readonly string[] =
  __OBJECTOR_TEST_CATALOG_KEY__ === '' ? TRUSTED_CATALOG_KEYS : [...TRUSTED_CATALOG_KEYS, __OBJECTOR_TEST_CATALOG_KEY__];

/** The catalog in use at this start. */
export function loadBrowserCatalog(storage: Storage, trustedKeys: readonly string[] = BROWSER_TRUSTED_KEYS): CatalogInUse {
  const text = storage.getItem(CATALOG_STORAGE_KEY);
  if (text === null) return pickCatalogInUse(builtInCatalog(), null, trustedKeys);
  const stored = readStoredCatalog(text);
  return pickCatalogInUse(builtInCatalog(), stored.ok ? stored.value : 'damaged', trustedKeys);
}

/** The signed document among the picked files: a bundle, or a document with its `.sig`. */
function signedFrom(files: readonly PickedFile[]): { document: string; signature: string } | CatalogLoadOutcome {
  const read = files.map((file) => ({ file, content: readUpdateFile(file.text) }));
  for (const { content } of read) if (content.kind === 'bundle') return { document: content.document, signature: content.signature };
  const document = read.find((entry) => entry.content.kind === 'document');
  if (document === undefined) {
    const problem = read.map((entry) => entry.content).find((content) => content.kind === 'unreadable');
    return { kind: 'refused', reason: 'unreadable', details: problem?.errors ?? [] };
  }
  const sig = files.find((file) => file.name === `${document.file.name}.sig`) ?? files.find((file) => file.name.endsWith('.sig'));
  if (sig === undefined) return { kind: 'refused', reason: 'no-signature', details: [] };
  return { document: document.file.text, signature: signatureFileText(sig.text) };
}

/** Checks the picked files and keeps an accepted update for the next start. */
export function acceptBrowserUpdate(
  files: readonly PickedFile[],
  inUse: CatalogInUse,
  storage: Storage,
  clock: Clock,
  trustedKeys: readonly string[] = BROWSER_TRUSTED_KEYS,
): { readonly outcome: CatalogLoadOutcome; readonly inUse: CatalogInUse } {
  const signed = signedFrom(files);
  if ('kind' in signed) return { outcome: signed, inUse };
  const floor: Catalog = { ...inUse.catalog, version: versionToBeat(inUse) };
  const checked = checkCatalogUpdate(signed.document, signed.signature, trustedKeys, floor);
  if (!checked.ok) return { outcome: { kind: 'refused', reason: checked.reason, details: checked.errors.slice(1) }, inUse };
  try {
    storage.setItem(CATALOG_STORAGE_KEY, storedCatalogText({ ...signed, origin: 'file', acceptedAt: clock.now().toISOString() }));
  } catch {
    return { outcome: { kind: 'refused', reason: 'not-saved', details: [] }, inUse };
  }
  const { version, publishedAt } = checked.catalog;
  return { outcome: { kind: 'accepted', version }, inUse: { ...inUse, pending: { version, publishedAt, origin: 'file' } } };
}
