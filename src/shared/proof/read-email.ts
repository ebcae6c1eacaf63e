/**
 * Reading a confirmation e-mail file (`.eml`, as Gmail, Outlook on the web, Thunderbird and Apple
 * Mail save it) as proof: parsed locally with Thunderbird's MIME parser (JSMime, as maintained by
 * Proton: quoted-printable, base64, multipart, RFC 2047 headers, every charset `TextDecoder`
 * knows), the sender's domain checked against the catalog's senders by parsed domain (subdomains
 * yes, look-alikes no), the body (text, or HTML turned into text) matched against the catalog's
 * confirmation patterns with the "not yet" patterns winning, as on pages.
 *
 * Synchronous on purpose: the stable signature in `src/shared/index.ts` returns the reading, not a
 * promise (postal-mime, the other well-kept parser, only parses asynchronously). It is not a
 * cryptographic check: anyone can write a From line. It says the file says what a confirmation
 * from the platform says, from the platform's address.
 */
import { parseMail } from '@protontech/jsmimeparser';
import { convert } from 'html-to-text';
import { isWithinDomain } from '../catalog/host-pattern';
import { matchConfirmationText } from '../domain/detection';
import type { Catalog, Platform, PlatformInfo } from '../domain/types';

import { MAX_EMAIL_BYTES } from './limits';

export { MAX_EMAIL_BYTES } from './limits';

/** Why a file could not be read as an e-mail. */
export type EmailProblem = 'empty' | 'too-large' | 'not-an-email';

/** What the app read in an e-mail file. */
export interface EmailReading {
  /** The sender's address, e.g. "notification@facebookmail.com". */
  readonly from: string;
  /** The e-mail's own date (ISO 8601, UTC), or null when it has none. */
  readonly sentAt: string | null;
  readonly subject: string;
  /** The sender's domain is one of the catalog's senders. */
  readonly senderRecognised: boolean;
  /** The platforms the e-mail speaks for (see `platformsOfSender`). */
  readonly platforms: readonly Platform[];
  /** The body matches a confirmation pattern (of those platforms, or of any when the sender is unknown). */
  readonly confirms: boolean;
  /** The campaign whose pattern matched, and the words around the match. */
  readonly match: { readonly campaignId: string; readonly excerpt: string } | null;
}

/** An e-mail read, or why not. */
export type EmailInspection = { readonly ok: true; readonly email: EmailReading } | { readonly ok: false; readonly problem: EmailProblem };

/** Each problem in one English sentence (the app shows its own translated sentences). */
export const EMAIL_PROBLEM_TEXT: Readonly<Record<EmailProblem, string>> = {
  empty: 'The file is empty.',
  'too-large': `The file is too large for a confirmation e-mail (more than ${MAX_EMAIL_BYTES / 1024 / 1024} MB).`,
  'not-an-email': 'This file is not an e-mail: it has no sender. Save the message as an .eml file from your mail program.',
};

/** The domain of an address, lower-case, or null when it has none. */
function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return null;
  return address.slice(at + 1).toLowerCase();
}

/**
 * The platforms an e-mail from `domain` speaks for: those whose senders include the domain (or a
 * parent domain), and, for platforms linked in Meta's Accounts Center, the other Accounts Center
 * platforms of the same company (Meta's confirmation covers Facebook and Instagram together).
 */
export function platformsOfSender(domain: string, catalog: Catalog): readonly Platform[] {
  const direct = catalog.platforms.filter((platform) => platform.emailSenders.some((sender) => isWithinDomain(domain, sender)));
  const linked = (platform: PlatformInfo): boolean =>
    platform.accountsCenter && direct.some((match) => match.accountsCenter && match.company === platform.company);
  return catalog.platforms.filter((platform) => direct.includes(platform) || linked(platform)).map((platform) => platform.id);
}

function bodyText(body: { readonly text: string | null; readonly html: string | null }, subject: string): string {
  const html =
    body.html === null
      ? ''
      : convert(body.html, {
          wordwrap: false,
          selectors: [
            { selector: 'a', options: { ignoreHref: true } },
            { selector: 'img', format: 'skip' },
          ],
        });
  return [subject, body.text ?? '', html].join('\n');
}

function read(eml: Uint8Array, catalog: Catalog): EmailInspection {
  if (eml.byteLength === 0) return { ok: false, problem: 'empty' };
  if (eml.byteLength > MAX_EMAIL_BYTES) return { ok: false, problem: 'too-large' };
  const mail = parseMail(eml);
  const from = mail.from?.email.trim() ?? '';
  const domain = domainOf(from);
  if (domain === null) return { ok: false, problem: 'not-an-email' };
  const platforms = platformsOfSender(domain, catalog);
  const text = bodyText(mail.body, mail.subject ?? '');
  const candidates = platforms.length > 0 ? platforms : catalog.platforms.map((platform) => platform.id);
  let match: EmailReading['match'] = null;
  for (const platform of candidates) {
    const found = matchConfirmationText(text, platform, catalog);
    if (found !== null) {
      match = { campaignId: found.campaignId, excerpt: found.excerpt };
      break;
    }
  }
  const date = mail.date?.getTime();
  return {
    ok: true,
    email: {
      from,
      sentAt: date === undefined || Number.isNaN(date) ? null : new Date(date).toISOString(),
      subject: mail.subject ?? '',
      senderRecognised: platforms.length > 0,
      platforms,
      confirms: match !== null,
      match,
    },
  };
}

/** Reads an e-mail file in full detail, or says why it cannot. Never throws. */
export function inspectEmail(eml: Uint8Array, catalog: Catalog): EmailInspection {
  try {
    return read(eml, catalog);
  } catch {
    return { ok: false, problem: 'not-an-email' };
  }
}

/** The reading of the stable public surface (`src/shared/index.ts`). */
export type ConfirmationEmail =
  | {
      readonly ok: true;
      readonly from: string;
      readonly sentAt: string | null;
      readonly subject: string;
      readonly senderRecognised: boolean;
      readonly platforms: readonly Platform[];
      readonly confirms: boolean;
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Reads an e-mail file and says whether it is a platform's confirmation. Never throws.
 * `confirms` is true only when both hold: the sender is one of the platform's (`senderRecognised`)
 * and the body says what its confirmation says. A look-alike sender with the right words does not
 * confirm (the app offers to keep such a file only as the person's own proof).
 */
export function readConfirmationEmail(eml: Uint8Array, catalog: Catalog): ConfirmationEmail {
  const inspected = inspectEmail(eml, catalog);
  if (!inspected.ok) return { ok: false, errors: [EMAIL_PROBLEM_TEXT[inspected.problem]] };
  const { from, sentAt, subject, senderRecognised, platforms, confirms } = inspected.email;
  return { ok: true, from, sentAt, subject, senderRecognised, platforms, confirms: senderRecognised && confirms };
}
