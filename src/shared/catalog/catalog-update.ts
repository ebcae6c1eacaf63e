/**
 * Signed catalog updates (issue 11): a newer catalog is accepted only with a valid Ed25519
 * signature by a trusted key, only when its version is higher than the one in use, and only when
 * it passes the same schema and safe-pattern checks as the built-in one. Pure and synchronous
 * (@noble/curves, @scure/base), so main and the browser backend verify the same way.
 *
 * Order of the checks: sizes and base64 first (cheap), then the signature over the exact bytes,
 * and only then JSON and the schema — text nobody trusted signed is never parsed.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base64 } from '@scure/base';
import type { Catalog } from '../domain/types';
import { parseJson } from '../domain/safe-json';
import { loadCatalog } from './catalog-schema';
import { oneOf, type Schema } from '../validate';

/** Why an update can be refused: one code per sentence the person is shown (translated). */
export const CATALOG_REFUSALS = [
  'unreadable',
  'too-large',
  'bad-signature',
  'untrusted',
  'not-newer',
  'invalid',
  'drops-ids',
  'no-trusted-key',
] as const;
/** Why an update was refused. */
export type CatalogRefusal = (typeof CATALOG_REFUSALS)[number];
/** Checks a stored refusal code. */
export const catalogRefusalSchema: Schema<CatalogRefusal> = oneOf(CATALOG_REFUSALS);

/** An update's verdict, with the reason code the interface translates. */
export type CatalogUpdateCheck =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly reason: CatalogRefusal; readonly errors: readonly string[] };

/** Largest catalog document accepted, in UTF-16 code units (the built-in one is about 170 KB). */
export const MAX_CATALOG_CHARS = 4 * 1024 * 1024;

const SIGNATURE_BASE64 = /^[A-Za-z0-9+/]{86}==$/;
const KEY_BASE64 = /^[A-Za-z0-9+/]{43}=$/;

/** The English sentence for each refusal; the first entry of `errors`. */
const SENTENCES: Readonly<Record<CatalogRefusal, string>> = {
  unreadable: 'The catalog update could not be read.',
  'too-large': 'The catalog update is too large.',
  'bad-signature': 'The catalog update’s signature is not well formed.',
  untrusted: 'The catalog update is not signed by a key this app trusts, or it was changed after signing.',
  'not-newer': 'The catalog update is not newer than the catalog in use.',
  invalid: 'The catalog update is signed but does not pass the catalog checks.',
  'drops-ids': 'The catalog update drops platforms, campaigns or targets that saved data may refer to.',
  'no-trusted-key': 'This app has no usable key to check catalog updates with.',
};

const refuse = (reason: CatalogRefusal, details: readonly string[] = []): CatalogUpdateCheck => ({
  ok: false,
  reason,
  errors: [SENTENCES[reason], ...details],
});

/** Strict base64 of exactly `length` bytes (canonical: padding bits zero, no whitespace), or null. */
function decodeExact(text: string, shape: RegExp, length: number): Uint8Array | null {
  if (!shape.test(text)) return null;
  try {
    const bytes = base64.decode(text);
    return bytes.length === length ? bytes : null;
  } catch {
    return null;
  }
}

/** Whether any of `keys` signed `message` with `signature` (RFC 8032 strict, not ZIP-215). */
function signedByAny(message: Uint8Array, signature: Uint8Array, keys: readonly Uint8Array[]): boolean {
  return keys.some((key) => {
    try {
      return ed25519.verify(signature, message, key, { zip215: false });
    } catch {
      return false;
    }
  });
}

/** The ids saved data may refer to: platforms, campaigns, and campaign/target pairs. */
function idsOf(catalog: Catalog): readonly string[] {
  return [
    ...catalog.platforms.map((platform) => `platform ${platform.id}`),
    ...catalog.campaigns.flatMap((campaign) => [
      `campaign ${campaign.id}`,
      ...campaign.targets.map((target) => `target ${campaign.id}/${target.id}`),
    ]),
  ];
}

/**
 * The full check of a catalog update, with a reason code. Never throws, whatever it is given:
 * `text`, `signature` and `trustedKeys` may come straight from a file or the network.
 */
export function checkCatalogUpdate(text: unknown, signature: unknown, trustedKeys: unknown, current: Catalog): CatalogUpdateCheck {
  try {
    if (typeof text !== 'string' || typeof signature !== 'string') return refuse('unreadable');
    if (text.length > MAX_CATALOG_CHARS) return refuse('too-large');
    const keys = (Array.isArray(trustedKeys) ? (trustedKeys as unknown[]) : [])
      .map((key) => (typeof key === 'string' ? decodeExact(key, KEY_BASE64, 32) : null))
      .filter((key): key is Uint8Array => key !== null);
    if (keys.length === 0) return refuse('no-trusted-key');
    const signatureBytes = decodeExact(signature, SIGNATURE_BASE64, 64);
    if (signatureBytes === null) return refuse('bad-signature');
    if (!signedByAny(utf8ToBytes(text), signatureBytes, keys)) return refuse('untrusted');
    const parsed = parseJson(text, { maxChars: MAX_CATALOG_CHARS, maxDepth: 64 });
    if (!parsed.ok) return refuse('invalid', parsed.errors);
    const loaded = loadCatalog(parsed.value);
    if (!loaded.ok) return refuse('invalid', loaded.errors);
    if (loaded.value.version <= current.version) {
      return refuse('not-newer', [`Version ${loaded.value.version} is not above the version in use, ${current.version}.`]);
    }
    const kept = new Set(idsOf(loaded.value));
    const dropped = idsOf(current).filter((id) => !kept.has(id));
    if (dropped.length > 0) return refuse('drops-ids', [`Missing: ${dropped.join(', ')}.`]);
    return { ok: true, catalog: loaded.value };
  } catch (error) {
    return refuse('unreadable', [error instanceof Error ? error.message : String(error)]);
  }
}

/**
 * Accepts a catalog update, or says why not. `signature`: base64 of the 64-byte Ed25519 signature
 * over the UTF-8 bytes of `text`; `trustedKeys`: base64 of raw 32-byte Ed25519 public keys.
 * Never throws.
 */
export function acceptCatalogUpdate(
  text: string,
  signature: string,
  trustedKeys: readonly string[],
  current: Catalog,
): { readonly ok: true; readonly catalog: Catalog } | { readonly ok: false; readonly errors: readonly string[] } {
  const checked = checkCatalogUpdate(text, signature, trustedKeys, current);
  return checked.ok ? { ok: true, catalog: checked.catalog } : { ok: false, errors: checked.errors };
}

/** The catalog as a document that acceptCatalogUpdate reads back (the shipped format). */
export function catalogDocument(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}
