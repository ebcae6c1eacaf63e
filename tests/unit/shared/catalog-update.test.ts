/**
 * Signed catalog updates (issue 11) as a table: what `acceptCatalogUpdate` accepts, and why it
 * refuses everything else. Each test makes its own Ed25519 key pairs; none uses the project's key.
 */
import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import { acceptCatalogUpdate, catalogDocument, loadCatalog } from '../../../src/shared/index';
import { checkCatalogUpdate, MAX_CATALOG_CHARS, type CatalogRefusal } from '../../../src/shared/catalog/catalog-update';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { keyFingerprint, TRUSTED_CATALOG_KEYS } from '../../../src/shared/catalog/trusted-keys';
import type { Catalog } from '../../../src/shared/domain/types';

const builtIn = builtInCatalog();
const signer = ed25519.keygen();
const stranger = ed25519.keygen();
const trusted = [base64.encode(signer.publicKey)];

const sign = (text: string, secret = signer.secretKey): string => base64.encode(ed25519.sign(new TextEncoder().encode(text), secret));
const newer = (patch: (json: Record<string, unknown>) => void = () => undefined, version = builtIn.version + 1): string => {
  const json = JSON.parse(catalogDocument({ ...builtIn, version })) as Record<string, unknown>;
  patch(json);
  return `${JSON.stringify(json, null, 2)}\n`;
};
const firstTarget = (json: Record<string, unknown>): Record<string, unknown> =>
  ((json.campaigns as Record<string, unknown>[])[0]?.targets as Record<string, unknown>[])[0] ?? {};

/** Flips one byte of `text` (the first "e" after a third of it becomes an "f"). */
function tamper(text: string): string {
  const at = text.indexOf('e', Math.floor(text.length / 3));
  return `${text.slice(0, at)}f${text.slice(at + 1)}`;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The same 64 bytes with one of the unused bits of the last character set: base64 that lax decoders accept. */
function nonCanonical(signature: string): string {
  const last = ALPHABET.indexOf(signature.charAt(85));
  return `${signature.slice(0, 85)}${ALPHABET.charAt(last | 1)}==`;
}

interface Row {
  readonly name: string;
  readonly text: string;
  readonly signature: string;
  readonly keys?: readonly string[];
  readonly current?: Catalog;
  readonly reason: CatalogRefusal;
  readonly detail?: RegExp;
}

const valid = newer();
const prototypeKeys = newer().replace('"version":', '"__proto__": { "polluted": true },\n  "version":');
const nestedPrototype = newer((json) => {
  Object.defineProperty(firstTarget(json), 'constructor', { value: { prototype: { polluted: true } }, enumerable: true });
});
const rows: readonly Row[] = [
  { name: 'tampered by one byte', text: tamper(valid), signature: sign(valid), reason: 'untrusted' },
  { name: 'signed with a key the app does not trust', text: valid, signature: sign(valid, stranger.secretKey), reason: 'untrusted' },
  {
    name: 'replayed: the version in use',
    text: newer(undefined, builtIn.version),
    signature: sign(newer(undefined, builtIn.version)),
    reason: 'not-newer',
    detail: /not above the version in use/,
  },
  { name: 'older', text: newer(undefined, 1), signature: sign(newer(undefined, 1)), reason: 'not-newer' },
  {
    name: 'newer than the built-in one but not than the catalog in use',
    text: valid,
    signature: sign(valid),
    current: { ...builtIn, version: builtIn.version + 5 },
    reason: 'not-newer',
  },
  ...(() => {
    const httpUrl = newer((json) => (firstTarget(json).entryUrls = ['http://www.facebook.com/help/contact/1']));
    const unsafe = newer((json) => (firstTarget(json).unavailablePatterns = { en: ['(a+)+b'] }));
    const dropped = newer((json) => (json.campaigns = (json.campaigns as unknown[]).slice(0, 1)));
    const unknownKey = newer((json) => (json.extra = true));
    return [
      { name: 'signed but invalid (an http address)', text: httpUrl, signature: sign(httpUrl), reason: 'invalid', detail: /https/ },
      { name: 'an unsafe pattern', text: unsafe, signature: sign(unsafe), reason: 'invalid', detail: /unbounded repetition/ },
      { name: 'an unknown field', text: unknownKey, signature: sign(unknownKey), reason: 'invalid', detail: /extra: is not expected/ },
      {
        name: 'dropping campaigns saved data refers to',
        text: dropped,
        signature: sign(dropped),
        reason: 'drops-ids',
        detail: /linkedin-genai-2025/,
      },
    ] satisfies Row[];
  })(),
  {
    name: 'prototype keys at the top',
    text: prototypeKeys,
    signature: sign(prototypeKeys),
    reason: 'invalid',
    detail: /forbidden key "__proto__"/,
  },
  {
    name: 'prototype keys inside a target',
    text: nestedPrototype,
    signature: sign(nestedPrototype),
    reason: 'invalid',
    detail: /forbidden key "constructor"/,
  },
  {
    name: 'garbage, signed',
    text: 'this is not a catalog',
    signature: sign('this is not a catalog'),
    reason: 'invalid',
    detail: /not valid JSON/,
  },
  { name: 'an empty text', text: '', signature: sign(''), reason: 'invalid' },
  { name: 'a signature that is not base64', text: valid, signature: 'not base64 at all!', reason: 'bad-signature' },
  { name: 'a signature with a line break', text: valid, signature: `${sign(valid)}\n`, reason: 'bad-signature' },
  { name: 'a signature of the wrong length', text: valid, signature: base64.encode(new Uint8Array(63)), reason: 'bad-signature' },
  {
    name: 'a signature in non-canonical base64 (padding bits set)',
    text: valid,
    signature: nonCanonical(sign(valid)),
    reason: 'bad-signature',
  },
  {
    name: 'no usable trusted key',
    text: valid,
    signature: sign(valid),
    keys: ['nope', base64.encode(new Uint8Array(31))],
    reason: 'no-trusted-key',
  },
  { name: 'too large', text: 'x'.repeat(MAX_CATALOG_CHARS + 1), signature: sign('x'), reason: 'too-large' },
];

describe('acceptCatalogUpdate', () => {
  it('accepts a newer catalog signed by a trusted key, exactly as the document says', () => {
    const result = acceptCatalogUpdate(valid, sign(valid), trusted, builtIn);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.catalog.version).toBe(builtIn.version + 1);
      expect(result.catalog.campaigns).toEqual(builtIn.campaigns);
    }
  });

  it('reads back what catalogDocument writes (the shipped format), with any trusted key of several', () => {
    const added = newer((json) => {
      (json.platforms as unknown[]).push({
        id: 'mastodon',
        name: 'Mastodon',
        company: 'Mastodon',
        accountsCenter: false,
        emailSenders: [],
      });
      const quora = (json.campaigns as Record<string, unknown>[]).find((c) => c.id === 'quora-llm-training');
      (json.campaigns as unknown[]).push({
        ...structuredClone(quora),
        id: 'mastodon-test',
        targets: [{ ...structuredClone((quora?.targets as unknown[])[0] as object), id: 'mastodon', platform: 'mastodon' }],
      });
    });
    const result = acceptCatalogUpdate(added, sign(added), [base64.encode(stranger.publicKey), ...trusted], builtIn);
    expect(result.ok && result.catalog.platforms.at(-1)?.id).toBe('mastodon');
    if (result.ok) expect(loadCatalog(JSON.parse(catalogDocument(result.catalog))).ok).toBe(true);
  });

  it.each(rows.map((row) => [row.name, row] as const))('refuses an update %s, saying why first', (_name, row) => {
    const result = acceptCatalogUpdate(row.text, row.signature, row.keys ?? trusted, row.current ?? builtIn);
    expect(result.ok).toBe(false);
    const checked = checkCatalogUpdate(row.text, row.signature, row.keys ?? trusted, row.current ?? builtIn);
    expect(checked.ok ? null : checked.reason).toBe(row.reason);
    if (!result.ok) {
      expect(result.errors[0]).toMatch(/^The catalog update|^This app has no usable key/);
      if (row.detail !== undefined) expect(result.errors.join('\n')).toMatch(row.detail);
    }
  });

  it('never pollutes prototypes', () => {
    acceptCatalogUpdate(prototypeKeys, sign(prototypeKeys), trusted, builtIn);
    acceptCatalogUpdate(nestedPrototype, sign(nestedPrototype), trusted, builtIn);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [undefined, null, 42, {}, [], Symbol('s'), () => 1, new Uint8Array(64), 'x'.repeat(100), '\u0000'];
    for (const text of odd) {
      for (const signature of odd) {
        for (const keys of [odd, trusted, null, 'key']) {
          const call = () => acceptCatalogUpdate(text as string, signature as string, keys as string[], builtIn);
          expect(call).not.toThrow();
          expect(call().ok).toBe(false);
        }
      }
    }
  });
});

describe('the built-in key', () => {
  it('is one well-formed Ed25519 public key, and its fingerprint is the one docs/catalog.md gives', () => {
    expect(TRUSTED_CATALOG_KEYS).toHaveLength(1);
    expect(base64.decode(TRUSTED_CATALOG_KEYS[0] ?? '')).toHaveLength(32);
    expect(keyFingerprint(TRUSTED_CATALOG_KEYS[0] ?? '')).toBe(
      '232a cdf0 742c 3e25 80db 5aac cb27 2743 7111 f3bb fb28 3658 a617 e91d 62e6 a722',
    );
    expect(keyFingerprint('garbage')).toBe('');
  });
});
