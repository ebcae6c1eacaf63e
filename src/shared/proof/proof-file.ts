/**
 * What to do with a file the person drops or picks as proof of a confirmation, decided the same
 * way in both backends: a confirmation e-mail from the platform's own address is checked proof and
 * is recorded at once; a PDF or picture of the e-mail, an e-mail the app cannot vouch for (unknown
 * sender, another platform, no confirmation in it, too large to read) or a text file is kept only
 * when the person chooses to keep it as their own proof; anything else is refused. Pure: the
 * caller hashes and stores the bytes.
 */
import type { Account, Catalog, EmailCheck, EvidenceFile } from '../domain/types';
import { inspectEmail, type EmailReading } from './read-email';

import { MAX_PROOF_FILE_BYTES } from './limits';

export { MAX_PROOF_FILE_BYTES } from './limits';

/** The kinds of file kept as proof of a confirmation. */
export type ProofFileKind = Extract<EvidenceFile['kind'], 'eml' | 'pdf' | 'png' | 'jpeg' | 'webp' | 'txt'>;

/** Why a file is not checked proof: the person may still keep it as their own. */
export type ProofFileDoubt =
  /** A PDF or a picture: the app cannot read it, the person vouches for it. */
  | 'picture'
  /** An e-mail larger than the app reads. */
  | 'too-large'
  /** Not an e-mail (a text file). */
  | 'not-an-email'
  /** The sender's domain is not one of the platform's. */
  | 'unknown-sender'
  /** The sender is another platform's. */
  | 'other-platform'
  /** From the platform, but no confirmation in it. */
  | 'not-a-confirmation';

/** Why a file cannot be kept at all. */
export type ProofFileRefusal = 'empty' | 'too-large-to-keep' | 'unsupported';

/** The decision about one file. */
export type ProofFileAssessment =
  | { readonly kind: 'checked'; readonly fileKind: 'eml'; readonly email: EmailReading }
  | { readonly kind: 'doubt'; readonly fileKind: ProofFileKind; readonly doubt: ProofFileDoubt; readonly email: EmailReading | null }
  | { readonly kind: 'refused'; readonly refusal: ProofFileRefusal };

/** How much of a too-large file is read to see whether it is an e-mail. */
const HEAD_BYTES = 64 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string): number[] => Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));

/** The kind of a PDF or picture by its first bytes (never by its name), or null. */
export function documentKindOf(bytes: Uint8Array): Extract<ProofFileKind, 'pdf' | 'png' | 'jpeg' | 'webp'> | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  return null;
}

/** `TextDecoder` (in every runtime; `src/shared` has no DOM or Node types, so it is declared here). */
const Utf8Decoder = (
  globalThis as unknown as {
    readonly TextDecoder: new (
      label: string,
      options: { readonly fatal: boolean },
    ) => { decode(input: Uint8Array, options?: { readonly stream: boolean }): string };
  }
).TextDecoder;

/** Whether the bytes are UTF-8 text (a message pasted into a text file). */
function isText(bytes: Uint8Array): boolean {
  try {
    const text = new Utf8Decoder('utf-8', { fatal: true }).decode(bytes.subarray(0, HEAD_BYTES), { stream: true });
    return !text.includes('\u0000');
  } catch {
    return false;
  }
}

function emailDoubt(email: EmailReading, account: Account, campaignId: string): ProofFileDoubt | null {
  if (!email.senderRecognised) return 'unknown-sender';
  if (!email.platforms.includes(account.platform)) return 'other-platform';
  if (!email.confirms || email.match?.campaignId !== campaignId) return 'not-a-confirmation';
  return null;
}

/** Decides what a file dropped on `account`'s card for `campaignId` is. */
export function assessProofFile(bytes: Uint8Array, account: Account, campaignId: string, catalog: Catalog): ProofFileAssessment {
  if (bytes.byteLength === 0) return { kind: 'refused', refusal: 'empty' };
  if (bytes.byteLength > MAX_PROOF_FILE_BYTES) return { kind: 'refused', refusal: 'too-large-to-keep' };
  const document = documentKindOf(bytes);
  if (document !== null) return { kind: 'doubt', fileKind: document, doubt: 'picture', email: null };
  const inspected = inspectEmail(bytes, catalog);
  if (inspected.ok) {
    const doubt = emailDoubt(inspected.email, account, campaignId);
    return doubt === null
      ? { kind: 'checked', fileKind: 'eml', email: inspected.email }
      : { kind: 'doubt', fileKind: 'eml', doubt, email: inspected.email };
  }
  // Too large to read whole: an e-mail still shows its sender in its first lines.
  if (inspected.problem === 'too-large' && inspectEmail(bytes.subarray(0, HEAD_BYTES), catalog).ok)
    return { kind: 'doubt', fileKind: 'eml', doubt: 'too-large', email: null };
  if (isText(bytes)) return { kind: 'doubt', fileKind: 'txt', doubt: 'not-an-email', email: null };
  return { kind: 'refused', refusal: 'unsupported' };
}

/** What the evidence record keeps of an e-mail reading. */
export function emailCheckOf(email: EmailReading): EmailCheck {
  return {
    from: email.from,
    subject: email.subject,
    sentAt: email.sentAt,
    senderRecognised: email.senderRecognised,
    confirms: email.confirms,
  };
}

/** The name a kept proof file gets inside its folder (never the person's own file name). */
export function proofFileName(kind: ProofFileKind): string {
  switch (kind) {
    case 'eml':
      return 'confirmation.eml';
    case 'pdf':
      return 'confirmation.pdf';
    case 'png':
      return 'confirmation.png';
    case 'jpeg':
      return 'confirmation.jpg';
    case 'webp':
      return 'confirmation.webp';
    case 'txt':
      return 'confirmation.txt';
  }
}
