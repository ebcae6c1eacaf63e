/**
 * Builds a proof pack in main from the evidence folder: each listed file is read from its proof
 * folder (a file that is gone is listed as missing), the font from the app's assets, the complaints
 * from the complaints folder; then the pack is written atomically where the person chose.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppState, Catalog, Locale } from '@shared/domain/types';
import type { Messages } from '@shared/i18n/messages';
import { buildProofPack } from '@shared/proof/proof-pack';
import { evidenceFilePath } from '../evidence/evidence-store';
import { sha256, writeFileAtomic } from '../evidence/files';
import { assetsDir } from '../paths';
import { readComplaints } from './complaint-store';

/** What a pack is made from. */
export interface PackRequest {
  readonly state: AppState;
  readonly catalog: Catalog;
  readonly accountIds: readonly string[];
  readonly now: Date;
  readonly messages: Messages;
  readonly locale: Locale;
  readonly appVersion: string;
  readonly dataDir: string;
  readonly zone?: string;
  /** The font file; default: assets/fonts/DejaVuSans.ttf. */
  readonly fontPath?: string;
}

/** The embedded font's file. */
export const packFontPath = (): string => join(assetsDir(), 'fonts', 'DejaVuSans.ttf');

/** Builds the pack and writes it to `path`; returns how many listed files were missing. */
export async function writeProofPack(request: PackRequest, path: string): Promise<number> {
  const { zip, missing } = await buildProofPack({
    state: request.state,
    catalog: request.catalog,
    accountIds: request.accountIds,
    now: request.now,
    t: request.messages,
    locale: request.locale,
    zone: request.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    appVersion: request.appVersion,
    font: new Uint8Array(readFileSync(request.fontPath ?? packFontPath())),
    fileOf: (record, file) => {
      const at = evidenceFilePath(record, file.name);
      return at !== null && existsSync(at) ? new Uint8Array(readFileSync(at)) : null;
    },
    complaints: readComplaints(request.dataDir, request.accountIds),
    sha256: (bytes) => Promise.resolve(sha256(bytes)),
  });
  writeFileAtomic(path, zip);
  return missing;
}
