/** The files a catalog update travels in, and the record the app keeps: read strictly, never throwing. */
import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import { catalogDocument } from '../../../src/shared/catalog/catalog-update';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { builtInInUse, pickCatalogInUse, versionToBeat } from '../../../src/shared/catalog/catalog-in-use';
import {
  catalogBundle,
  readStoredCatalog,
  readUpdateFile,
  signatureFileText,
  storedCatalogText,
} from '../../../src/shared/catalog/update-files';

const builtIn = builtInCatalog();
const keys = ed25519.keygen();
const trusted = [base64.encode(keys.publicKey)];
const signed = (version: number) => {
  const document = catalogDocument({ ...builtIn, version });
  return { document, signature: base64.encode(ed25519.sign(new TextEncoder().encode(document), keys.secretKey)) };
};

describe('update files', () => {
  it('reads a bundle back as the document and its signature, byte for byte', () => {
    const one = signed(builtIn.version + 1);
    expect(readUpdateFile(catalogBundle(one))).toEqual({ kind: 'bundle', ...one });
  });

  it('recognises a plain catalog document (its signature is in the .sig file next to it)', () => {
    expect(readUpdateFile(catalogDocument(builtIn))).toEqual({ kind: 'document' });
  });

  it.each([
    ['not JSON', 'garbage'],
    ['an empty file', ''],
    ['another format', JSON.stringify({ format: 'something-else', formatVersion: 1, document: 'x', signature: 'y' })],
    ['a newer bundle format', JSON.stringify({ format: 'objector-catalog-update', formatVersion: 2, document: 'x', signature: 'y' })],
    [
      'a bundle with extra keys',
      JSON.stringify({ format: 'objector-catalog-update', formatVersion: 1, document: 'x', signature: 'y', more: 1 }),
    ],
    ['prototype keys', '{"__proto__":{"x":1},"format":"objector-catalog-update","formatVersion":1,"document":"x","signature":"y"}'],
  ])('refuses %s with a reason', (_name, text) => {
    const read = readUpdateFile(text);
    expect(read.kind).toBe('unreadable');
    if (read.kind === 'unreadable') expect(read.errors.length).toBeGreaterThan(0);
  });

  it('takes one trailing line break off a .sig file, and nothing else', () => {
    expect(signatureFileText('abc==\n')).toBe('abc==');
    expect(signatureFileText('abc==\r\n')).toBe('abc==');
    expect(signatureFileText(' abc== \n')).toBe(' abc== ');
  });

  it('keeps the stored record whole, and refuses a damaged one', () => {
    const stored = { ...signed(builtIn.version + 1), origin: 'download' as const, acceptedAt: '2026-12-01T10:00:00.000Z' };
    expect(readStoredCatalog(storedCatalogText(stored))).toEqual({ ok: true, value: stored });
    expect(readStoredCatalog(storedCatalogText(stored).slice(0, 100)).ok).toBe(false);
    expect(readStoredCatalog(storedCatalogText({ ...stored, acceptedAt: 'yesterday' })).ok).toBe(false);
  });
});

describe('the catalog in use', () => {
  const stored = (version: number) => ({ ...signed(version), origin: 'file' as const, acceptedAt: '2026-12-01T10:00:00.000Z' });

  it('is the built-in one when nothing is stored', () => {
    expect(pickCatalogInUse(builtIn, null, trusted)).toEqual(builtInInUse(builtIn));
  });

  it('is a stored update, checked again, when it is newer than the built-in one', () => {
    const inUse = pickCatalogInUse(builtIn, stored(builtIn.version + 2), trusted);
    expect(inUse).toMatchObject({ origin: 'file', acceptedAt: '2026-12-01T10:00:00.000Z', storedProblem: null, pending: null });
    expect(inUse.catalog.version).toBe(builtIn.version + 2);
  });

  it('has the built-in catalog as its floor: a stored one that is not newer is ignored', () => {
    expect(pickCatalogInUse(builtIn, stored(builtIn.version), trusted)).toMatchObject({ origin: 'built-in', storedProblem: 'older' });
  });

  it('ignores a stored update whose signature no longer holds, or a damaged record', () => {
    const edited = { ...stored(builtIn.version + 1), document: stored(builtIn.version + 1).document.replace('Meta', 'Mota') };
    expect(pickCatalogInUse(builtIn, edited, trusted)).toMatchObject({ origin: 'built-in', storedProblem: 'untrusted' });
    expect(pickCatalogInUse(builtIn, stored(builtIn.version + 1), [base64.encode(ed25519.keygen().publicKey)]).storedProblem).toBe(
      'untrusted',
    );
    expect(pickCatalogInUse(builtIn, 'damaged', trusted)).toMatchObject({ origin: 'built-in', storedProblem: 'damaged' });
  });

  it('asks a new update to beat the pending one too', () => {
    const inUse = {
      ...builtInInUse(builtIn),
      pending: { version: builtIn.version + 3, publishedAt: builtIn.publishedAt, origin: 'file' as const },
    };
    expect(versionToBeat(inUse)).toBe(builtIn.version + 3);
    expect(versionToBeat(builtInInUse(builtIn))).toBe(builtIn.version);
  });
});
