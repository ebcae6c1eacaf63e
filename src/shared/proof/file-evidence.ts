/**
 * The record of a proof file the person gave (the confirmation e-mail, or a PDF or picture of it):
 * the JSON document written beside it and the state's `EvidenceRecord`, the same in both backends.
 * Pure: ids, time, zone and hashes are passed in.
 */
import type { Account, AccountGroup, EmailCheck, EvidenceFile, EvidenceRecord } from '../domain/types';
import { isoWithOffset } from '../guide/evidence-record';

/** The format tag of the JSON document of a file proof. */
export const FILE_EVIDENCE_FORMAT = 'objector-file-evidence/1';

/** The JSON file written beside a kept proof file. */
export interface FileEvidenceDocument {
  readonly format: typeof FILE_EVIDENCE_FORMAT;
  readonly id: string;
  readonly accountId: string;
  readonly accountLabel: string;
  readonly campaignId: string;
  readonly platform: string;
  /** `email`: an e-mail the app read and checked; `file`: a file the person vouches for. */
  readonly origin: 'email' | 'file';
  /** The name the file had on the person's computer (kept as information; the copy has its own name). */
  readonly originalName: string;
  readonly savedAt: string;
  readonly zone: string;
  readonly savedAtUtc: string;
  readonly email: string | null;
  readonly accountsCenterGroup: AccountGroup | null;
  /** What the app read in the e-mail, when it is one. */
  readonly check: EmailCheck | null;
  readonly files: readonly EvidenceFile[];
}

/** Everything the document is built from. */
export interface FileEvidenceInput {
  readonly id: string;
  readonly account: Account;
  readonly group: AccountGroup | null;
  readonly campaignId: string;
  readonly origin: 'email' | 'file';
  readonly originalName: string;
  readonly now: Date;
  readonly offsetMinutes: number;
  readonly zone: string;
  readonly check: EmailCheck | null;
  readonly file: EvidenceFile;
}

/** The JSON document of a kept proof file. */
export function fileEvidenceDocument(input: FileEvidenceInput): FileEvidenceDocument {
  return {
    format: FILE_EVIDENCE_FORMAT,
    id: input.id,
    accountId: input.account.id,
    accountLabel: input.account.label,
    campaignId: input.campaignId,
    platform: input.account.platform,
    origin: input.origin,
    originalName: input.originalName.slice(0, 255),
    savedAt: isoWithOffset(input.now, input.offsetMinutes),
    zone: input.zone,
    savedAtUtc: input.now.toISOString(),
    email: input.account.email,
    accountsCenterGroup: input.group,
    check: input.check,
    files: [input.file],
  };
}

/** The state's record of a kept proof file: the document's facts, the file and the JSON one. */
export function fileEvidenceRecord(document: FileEvidenceDocument, json: EvidenceFile): EvidenceRecord {
  return {
    id: document.id,
    accountId: document.accountId,
    campaignId: document.campaignId,
    origin: document.origin,
    url: '',
    savedAt: document.savedAt,
    zone: document.zone,
    files: [...document.files, json],
    ...(document.check === null ? {} : { email: document.check }),
  };
}

/** The JSON file's name beside a kept proof file. */
export const FILE_RECORD_NAME = 'record.json';
