/**
 * Saves proof of a page (design.md §4, domain.md §6): a PNG and a PDF of what the account view
 * shows, and a JSON record (who, what, where, when with the zone, SHA-256 of each file), under
 * `<userData>/evidence/<accountId>/<local time>_<id>/`. Every file is written atomically.
 */
import { app } from 'electron';
import { join, normalize, sep } from 'node:path';
import type { AccountGroup, EvidenceRecord, Platform } from '@shared/domain/types';
import {
  buildEvidenceDocument,
  EVIDENCE_FILE_NAMES,
  evidenceFolderName,
  recordOf,
  type EvidenceDocument,
} from '@shared/guide/evidence-record';
import { writeEvidenceFile } from './files';

/** The root of every proof folder. */
export function evidenceRoot(): string {
  return join(app.getPath('userData'), 'evidence');
}

/** The folder of one proof, derived from its record. */
export function evidenceFolder(record: Pick<EvidenceRecord, 'accountId' | 'savedAt' | 'id'>): string {
  return join(evidenceRoot(), record.accountId, evidenceFolderName(record.savedAt, record.id));
}

/** The path of a file the record lists, or null (unknown file, or a name that would leave the folder). */
export function evidenceFilePath(record: EvidenceRecord, name: string): string | null {
  if (!record.files.some((file) => file.name === name)) return null;
  const folder = evidenceFolder(record);
  const path = normalize(join(folder, name));
  return path.startsWith(folder + sep) ? path : null;
}

/** What the page looked like, as captured from the account view. */
export interface PageCapture {
  readonly png: Uint8Array;
  readonly pdf: Uint8Array;
  readonly url: string;
  readonly title: string;
}

/** Who and when, for the record. */
export interface EvidenceContext {
  readonly id: string;
  readonly account: { readonly id: string; readonly label: string; readonly email: string | null; readonly platform: Platform };
  readonly group: AccountGroup | null;
  readonly campaignId: string;
  readonly now: Date;
  readonly reason: EvidenceDocument['reason'];
  /** The machine's zone and offset; default: the system's. */
  readonly zone?: string;
  readonly offsetMinutes?: number;
}

/** Writes the PNG, the PDF and the JSON record; returns the record for the state. */
export function writeEvidence(capture: PageCapture, context: EvidenceContext): EvidenceRecord {
  const zone = context.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offsetMinutes = context.offsetMinutes ?? -context.now.getTimezoneOffset();
  const base = { id: context.id, account: context.account, group: context.group, campaignId: context.campaignId };
  const draft = buildEvidenceDocument({
    ...base,
    url: capture.url,
    pageTitle: capture.title,
    now: context.now,
    offsetMinutes,
    zone,
    reason: context.reason,
    files: [],
  });
  const folder = evidenceFolder({ accountId: context.account.id, savedAt: draft.savedAt, id: context.id });
  const png = writeEvidenceFile(folder, 'png', EVIDENCE_FILE_NAMES.png, capture.png);
  const pdf = writeEvidenceFile(folder, 'pdf', EVIDENCE_FILE_NAMES.pdf, capture.pdf);
  const document: EvidenceDocument = { ...draft, files: [png, pdf] };
  const json = writeEvidenceFile(folder, 'json', EVIDENCE_FILE_NAMES.json, `${JSON.stringify(document, null, 2)}\n`);
  return recordOf(document, json);
}
