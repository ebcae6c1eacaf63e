/**
 * What a saved proof says about itself (domain.md §6): the JSON document written next to the PNG
 * and PDF, and the `EvidenceRecord` kept in the state. Pure: the caller passes the time, the zone,
 * the offset and the hashes.
 */
import type { AccountGroup, EvidenceFile, EvidenceRecord, Platform } from '../domain/types';

/** The format tag of the JSON document, so a reader knows which fields to expect. */
export const EVIDENCE_FORMAT = 'objector-evidence/1';

/** The JSON file written beside the captures. */
export interface EvidenceDocument {
  readonly format: typeof EVIDENCE_FORMAT;
  readonly id: string;
  readonly accountId: string;
  readonly accountLabel: string;
  readonly campaignId: string;
  readonly platform: Platform;
  readonly url: string;
  readonly pageTitle: string;
  /** ISO 8601 with the local offset. */
  readonly savedAt: string;
  /** IANA zone of the machine. */
  readonly zone: string;
  /** The same instant in UTC. */
  readonly savedAtUtc: string;
  readonly email: string | null;
  readonly accountsCenterGroup: AccountGroup | null;
  /** Why it was saved: the person accepted a detected confirmation, or asked for proof. */
  readonly reason: 'confirmed-on-page' | 'on-demand';
  /** The captures, each with its SHA-256. */
  readonly files: readonly EvidenceFile[];
}

/** `date` as ISO 8601 with the offset east of UTC in minutes, e.g. 2025-05-20T14:03:11+02:00. */
export function isoWithOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

/** The folder name of one proof: its local time without colons (Windows), then a short id. */
export function evidenceFolderName(savedAt: string, id: string): string {
  return `${savedAt.replace(/:/g, '-')}_${id.slice(0, 8)}`;
}

/** File names of the captures of one proof. */
export const EVIDENCE_FILE_NAMES = { png: 'page.png', pdf: 'page.pdf', json: 'record.json' } as const;

/** Everything a proof document is built from. */
export interface EvidenceInput {
  readonly id: string;
  readonly account: { readonly id: string; readonly label: string; readonly email: string | null; readonly platform: Platform };
  readonly group: AccountGroup | null;
  readonly campaignId: string;
  readonly url: string;
  readonly pageTitle: string;
  readonly now: Date;
  readonly offsetMinutes: number;
  readonly zone: string;
  readonly reason: EvidenceDocument['reason'];
  readonly files: readonly EvidenceFile[];
}

/** The JSON document of a proof. */
export function buildEvidenceDocument(input: EvidenceInput): EvidenceDocument {
  return {
    format: EVIDENCE_FORMAT,
    id: input.id,
    accountId: input.account.id,
    accountLabel: input.account.label,
    campaignId: input.campaignId,
    platform: input.account.platform,
    url: input.url,
    pageTitle: input.pageTitle,
    savedAt: isoWithOffset(input.now, input.offsetMinutes),
    zone: input.zone,
    savedAtUtc: input.now.toISOString(),
    email: input.account.email,
    accountsCenterGroup: input.group,
    reason: input.reason,
    files: input.files,
  };
}

/** The state's record of a proof: the document's key facts plus every file, the JSON one included. */
export function recordOf(document: EvidenceDocument, json: EvidenceFile): EvidenceRecord {
  return {
    id: document.id,
    accountId: document.accountId,
    campaignId: document.campaignId,
    origin: 'page',
    url: document.url,
    savedAt: document.savedAt,
    zone: document.zone,
    files: [...document.files, json],
  };
}
