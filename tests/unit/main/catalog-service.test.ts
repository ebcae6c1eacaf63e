/**
 * The catalog in use across restarts, on real files: an accepted update is written to the data
 * folder and used from the next start; the built-in catalog is the floor; a damaged or edited file
 * changes nothing; "Load a catalog update…" takes a bundle, or a document with its .sig.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCatalog } from '@shared/catalog/index';
import { catalogDocument } from '@shared/catalog/catalog-update';
import { dialogMock, resetElectronMock } from '../../support/electron-mock';
import { catalogWithMastodon, signedUpdate, testSigner } from '../../support/signed-catalogs';
import { createCatalogService } from '../../../src/main/catalog/catalog-service';
import { loadUpdateFile, pickAndLoadUpdate } from '../../../src/main/catalog/load-update';

const builtIn = builtInCatalog();
const signer = testSigner();
const clock = { now: () => new Date('2026-12-01T12:00:00Z') };
let dataDir = '';
let files = '';

beforeEach(() => {
  resetElectronMock();
  dataDir = mkdtempSync(join(tmpdir(), 'objector-catalog-'));
  files = mkdtempSync(join(tmpdir(), 'objector-update-files-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

const service = (keys = signer.trustedKeys) => createCatalogService({ dataDir, builtIn, clock, trustedKeys: keys });
const write = (name: string, text: string): string => {
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
};

describe('the catalog service', () => {
  it('starts from the built-in catalog, and uses an accepted update from the next start', () => {
    const first = service();
    expect(first.inUse()).toMatchObject({ origin: 'built-in', pending: null });
    const update = signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1));
    const changes: number[] = [];
    first.onChange((inUse) => changes.push(inUse.pending?.version ?? 0));
    expect(first.accept(update, 'file')).toEqual({ kind: 'accepted', version: builtIn.version + 1 });
    expect(changes).toEqual([builtIn.version + 1]);
    expect(first.inUse().catalog).toBe(builtIn);
    const next = service();
    expect(next.inUse()).toMatchObject({ origin: 'file', acceptedAt: '2026-12-01T12:00:00.000Z' });
    expect(next.inUse().catalog.platforms.map((p) => p.id)).toContain('mastodon');
  });

  it('refuses an update that does not beat the one waiting for the next start', () => {
    const first = service();
    first.accept(signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 2)), 'file');
    expect(first.accept(signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1)), 'download')).toMatchObject({
      kind: 'refused',
      reason: 'not-newer',
    });
  });

  it('ignores a stored update once the built-in catalog is as new (the app was updated past it)', () => {
    service().accept(signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1)), 'file');
    const newerApp = createCatalogService({
      dataDir,
      builtIn: { ...builtIn, version: builtIn.version + 1 },
      clock,
      trustedKeys: signer.trustedKeys,
    });
    expect(newerApp.inUse()).toMatchObject({ origin: 'built-in', storedProblem: 'older' });
  });

  it('ignores a stored update edited by hand, or a damaged file, and keeps them on disk', () => {
    service().accept(signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1)), 'file');
    const path = join(dataDir, 'catalog', 'active-catalog.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Mastodon', 'Mastodom'));
    expect(service().inUse()).toMatchObject({ origin: 'built-in', storedProblem: 'untrusted' });
    writeFileSync(path, '{"format":');
    expect(service().inUse()).toMatchObject({ origin: 'built-in', storedProblem: 'damaged' });
    expect(existsSync(path)).toBe(true);
  });

  it('says so, and changes nothing, when the data folder refuses the file', () => {
    // A file where the catalog folder should be: every write into it fails, even as root.
    writeFileSync(join(dataDir, 'catalog'), 'not a folder');
    const first = service();
    expect(first.accept(signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1)), 'file')).toMatchObject({
      reason: 'not-saved',
    });
    expect(first.inUse().pending).toBeNull();
    expect(readFileSync(join(dataDir, 'catalog'), 'utf8')).toBe('not a folder');
  });
});

describe('Load a catalog update…', () => {
  it('takes a bundle the person picked', async () => {
    const update = signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1));
    dialogMock.nextOpenPaths = [write('objector-catalog.json', update.bundle)];
    expect(await pickAndLoadUpdate(service(), { title: 'Load', fileType: 'Update' })).toEqual({
      kind: 'accepted',
      version: builtIn.version + 1,
    });
  });

  it('takes a document with its .sig next to it (one trailing line break allowed)', () => {
    const update = signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1));
    const path = write('catalog.json', update.document);
    write('catalog.json.sig', `${update.signature}\n`);
    expect(loadUpdateFile(path, service())).toEqual({ kind: 'accepted', version: builtIn.version + 1 });
  });

  it('refuses a document without its .sig, a tampered one, another key’s, and garbage: nothing changes', () => {
    const update = signedUpdate(signer.sign, catalogWithMastodon(builtIn.version + 1));
    const catalogs = service();
    const alone = write('alone.json', update.document);
    expect(loadUpdateFile(alone, catalogs)).toMatchObject({ kind: 'refused', reason: 'no-signature' });
    const tampered = write('tampered.json', update.document.replace('Mastodon', 'Mastodom'));
    write('tampered.json.sig', update.signature);
    expect(loadUpdateFile(tampered, catalogs)).toMatchObject({ kind: 'refused', reason: 'untrusted' });
    const other = testSigner();
    expect(loadUpdateFile(write('other.json', signedUpdate(other.sign, update.document).bundle), catalogs)).toMatchObject({
      reason: 'untrusted',
    });
    expect(loadUpdateFile(write('garbage.json', '\u0000\u0001binary'), catalogs)).toMatchObject({ reason: 'unreadable' });
    expect(loadUpdateFile(join(files, 'missing.json'), catalogs)).toMatchObject({ reason: 'unreadable' });
    expect(catalogs.inUse().pending).toBeNull();
    expect(existsSync(join(dataDir, 'catalog', 'active-catalog.json'))).toBe(false);
  });

  it('does nothing when the person cancels', async () => {
    dialogMock.nextOpenPaths = [];
    expect(await pickAndLoadUpdate(service(), { title: 'Load', fileType: 'Update' })).toEqual({ kind: 'cancelled' });
  });

  it('refuses the built-in catalog itself, signed: it is not newer', () => {
    const update = signedUpdate(signer.sign, catalogDocument(builtIn));
    expect(loadUpdateFile(write('same.json', update.bundle), service())).toMatchObject({ kind: 'refused', reason: 'not-newer' });
  });
});
