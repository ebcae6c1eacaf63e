/**
 * The files a catalog update travels in, and the record the app keeps of an accepted one.
 *
 * - The **document** (`catalog.json`): the catalog exactly as `catalogDocument` writes it, with its
 *   signature next to it in `catalog.json.sig` (base64 of the 64-byte Ed25519 signature, one line).
 * - The **bundle** (`objector-catalog.json`): both in one JSON file, so a person opens one file and
 *   the daily check makes one request:
 *   `{ "format": "objector-catalog-update", "formatVersion": 1, "document": "…", "signature": "…" }`.
 * - The **stored record** (`<data folder>/catalog/active-catalog.json`, or localStorage in the
 *   browser): the bundle plus where it came from and when it was accepted. It is checked again at
 *   every start, so a record edited by hand is refused like any bad update.
 *
 * `scripts/sign-catalog.mjs` writes the first two; docs/catalog.md describes all three.
 */
import { check, isoInstant, number, object, oneOf, string, type Checked } from '../validate';
import { parseJson } from '../domain/safe-json';
import { MAX_CATALOG_CHARS } from './catalog-update';

/** The `format` of a bundle. */
export const CATALOG_BUNDLE_FORMAT = 'objector-catalog-update';
/** The `format` of the stored record. */
export const STORED_CATALOG_FORMAT = 'objector-stored-catalog';

/** A signed catalog document. */
export interface SignedCatalog {
  readonly document: string;
  readonly signature: string;
}

/** Where an accepted update came from. */
export type UpdateOrigin = 'file' | 'download';

/** An accepted update, as the app keeps it for the next start. */
export interface StoredCatalog extends SignedCatalog {
  readonly origin: UpdateOrigin;
  /** When it was accepted, ISO 8601. */
  readonly acceptedAt: string;
}

// JSON escaping can double a document's length (quotes, newlines, non-ASCII stay as they are).
const LIMITS = { maxChars: 2 * MAX_CATALOG_CHARS + 4096, maxDepth: 64 };
const documentText = string({ min: 1, max: 2 * MAX_CATALOG_CHARS });
const signatureText = string({ min: 1, max: 200 });

const bundleSchema = object({
  format: oneOf([CATALOG_BUNDLE_FORMAT]),
  formatVersion: number({ integer: true, min: 1, max: 1 }),
  document: documentText,
  signature: signatureText,
});

const storedSchema = object({
  format: oneOf([STORED_CATALOG_FORMAT]),
  formatVersion: number({ integer: true, min: 1, max: 1 }),
  origin: oneOf(['file', 'download'] as const),
  acceptedAt: isoInstant(),
  document: documentText,
  signature: signatureText,
});

/** The bundle of `document` and its `signature`, as a file's text. */
export function catalogBundle(signed: SignedCatalog): string {
  return `${JSON.stringify({ format: CATALOG_BUNDLE_FORMAT, formatVersion: 1, document: signed.document, signature: signed.signature }, null, 2)}\n`;
}

/** What a file a person opened turned out to be. */
export type UpdateFile =
  | ({ readonly kind: 'bundle' } & SignedCatalog)
  /** A plain catalog document: its signature must come from the `.sig` file next to it. */
  | { readonly kind: 'document' }
  | { readonly kind: 'unreadable'; readonly errors: readonly string[] };

/** Reads an opened file as a bundle, or recognises a plain catalog document. Never throws. */
export function readUpdateFile(text: string): UpdateFile {
  const parsed = parseJson(text, LIMITS);
  if (!parsed.ok) return { kind: 'unreadable', errors: parsed.errors };
  const value = parsed.value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'platforms')) {
    return { kind: 'document' };
  }
  const bundle = checkBundle(value);
  return bundle.ok
    ? { kind: 'bundle', document: bundle.value.document, signature: bundle.value.signature }
    : { kind: 'unreadable', errors: bundle.errors };
}

function checkBundle(value: unknown): Checked<SignedCatalog> {
  const checked = check(bundleSchema, value);
  return checked.ok ? { ok: true, value: { document: checked.value.document, signature: checked.value.signature } } : checked;
}

/**
 * The signature in a `.sig` file: its text without one trailing line break (editors add one).
 * Anything else stays, so a signature with stray spaces is refused as not well formed.
 */
export function signatureFileText(text: string): string {
  return text.replace(/\r?\n$/, '');
}

/** The stored record of an accepted update, as a file's text. */
export function storedCatalogText(stored: StoredCatalog): string {
  const { origin, acceptedAt, document, signature } = stored;
  return `${JSON.stringify({ format: STORED_CATALOG_FORMAT, formatVersion: 1, origin, acceptedAt, document, signature })}\n`;
}

/** Reads a stored record; null when absent, an error list when damaged. Never throws. */
export function readStoredCatalog(text: string): Checked<StoredCatalog> {
  const parsed = parseJson(text, LIMITS);
  if (!parsed.ok) return parsed;
  const checked = check(storedSchema, parsed.value);
  if (!checked.ok) return checked;
  const { origin, acceptedAt, document, signature } = checked.value;
  return { ok: true, value: { origin, acceptedAt, document, signature } };
}
