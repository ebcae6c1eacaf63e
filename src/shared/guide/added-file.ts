/**
 * A proof file the person adds themselves for a setting or an extra page (a screenshot of a
 * switched-off setting, a PDF): what kind it really is (by its first bytes, like the e-mail proof of
 * `../proof/proof-file.ts`), a safe file name, and the record kept in the state (origin `file`: the
 * person vouches for it). A form's confirmation goes through the e-mail proof instead. Pure.
 */
import type { EvidenceFile, EvidenceRecord } from '../domain/types';
import { isoWithOffset } from './evidence-record';

export { MAX_PROOF_FILE_BYTES } from '../proof/limits';

/** The kinds a person may add by hand. */
export type AddedFileKind = Extract<EvidenceFile['kind'], 'png' | 'jpeg' | 'webp' | 'pdf'>;

/** The file picker's filter: the extensions and media types of the kinds accepted. */
export const ADDED_FILE_TYPES = {
  extensions: ['png', 'jpg', 'jpeg', 'webp', 'pdf'],
  accept: 'image/png,image/jpeg,image/webp,application/pdf,.png,.jpg,.jpeg,.webp,.pdf',
} as const;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, index) => bytes[at + index] === byte);

/**
 * The file's kind from its first bytes (never its name), or null when it is none of the accepted
 * kinds. The same signatures as `documentKindOf` in `../proof/proof-file.ts`, kept here so the
 * checklist's first load does not bring that module's MIME parser.
 */
export function addedFileKind(bytes: Uint8Array): AddedFileKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  return null;
}

/** A file name that is safe on every system and in our evidence folders: letters, digits, . _ - only. */
export function safeFileName(original: string, kind: AddedFileKind): string {
  const extension = kind === 'jpeg' ? 'jpg' : kind;
  const stem = original
    .replace(/\.[^./\\]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${stem === '' ? 'proof' : stem}.${extension}`;
}

/** What a file record is built from. */
export interface FileRecordInput {
  readonly id: string;
  readonly accountId: string;
  readonly campaignId: string;
  readonly targetId?: string;
  readonly now: Date;
  /** The machine's offset east of UTC, in minutes, and its IANA zone. */
  readonly offsetMinutes: number;
  readonly zone: string;
  readonly file: EvidenceFile;
}

/** The state's record of a file the person added. */
export function fileRecord(input: FileRecordInput): EvidenceRecord {
  return {
    id: input.id,
    accountId: input.accountId,
    campaignId: input.campaignId,
    ...(input.targetId === undefined ? {} : { targetId: input.targetId }),
    origin: 'file',
    url: '',
    savedAt: isoWithOffset(input.now, input.offsetMinutes),
    zone: input.zone,
    files: [input.file],
  };
}
