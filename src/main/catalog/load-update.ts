/**
 * "Load a catalog update…": the person picks a file, a bundle (`objector-catalog.json`) or a
 * catalog document with its signature next to it (`catalog.json` + `catalog.json.sig`); the
 * catalog service checks it and keeps it for the next start. A refused file changes nothing.
 */
import { dialog } from 'electron';
import { readUpdateFile, signatureFileText } from '@shared/catalog/update-files';
import { MAX_CATALOG_CHARS } from '@shared/catalog/catalog-update';
import type { CatalogLoadOutcome } from '@shared/ipc/contract';
import type { CatalogService } from './catalog-service';
import { readSmallText } from './catalog-files';

/** The dialog's words in the person's language. */
export interface LoadDialogLabels {
  readonly title: string;
  readonly fileType: string;
}

/** Reads the chosen file (and its .sig) and hands it to the service. */
export function loadUpdateFile(path: string, catalog: CatalogService): CatalogLoadOutcome {
  const chosen = readSmallText(path, 3 * MAX_CATALOG_CHARS);
  if (chosen.kind !== 'text') return { kind: 'refused', reason: 'unreadable', details: [] };
  const file = readUpdateFile(chosen.text);
  if (file.kind === 'unreadable') return { kind: 'refused', reason: 'unreadable', details: file.errors };
  if (file.kind === 'bundle') return catalog.accept(file, 'file');
  const signature = readSmallText(`${path}.sig`, 1024);
  if (signature.kind !== 'text') return { kind: 'refused', reason: 'no-signature', details: [] };
  return catalog.accept({ document: chosen.text, signature: signatureFileText(signature.text) }, 'file');
}

/** Asks for the file, then loads it. */
export async function pickAndLoadUpdate(catalog: CatalogService, labels: LoadDialogLabels): Promise<CatalogLoadOutcome> {
  const result = await dialog.showOpenDialog({
    title: labels.title,
    properties: ['openFile'],
    filters: [{ name: labels.fileType, extensions: ['json'] }],
  });
  const path = result.filePaths[0];
  if (result.canceled || path === undefined) return { kind: 'cancelled' };
  return loadUpdateFile(path, catalog);
}
