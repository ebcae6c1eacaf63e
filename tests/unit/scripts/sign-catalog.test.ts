/**
 * scripts/sign-catalog.mjs, run as a maintainer runs it (Node, no build): a key pair of its own,
 * a signed catalog the app accepts with that key, and a verify that fails on a changed byte or the
 * wrong key. The private key never leaves its file and is never printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { acceptCatalogUpdate } from '../../../src/shared/index';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { catalogDocument } from '../../../src/shared/catalog/catalog-update';
import { readUpdateFile } from '../../../src/shared/catalog/update-files';

const root = resolve(import.meta.dirname, '..', '..', '..');
const script = join(root, 'scripts', 'sign-catalog.mjs');
let dir = '';

function run(...args: string[]): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OBJECTOR_CATALOG_SIGNING_KEY: '' },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'objector-sign-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each run is a fresh Node process, and verify loads the app's checks through Vite: seconds each.
describe('sign-catalog.mjs', { timeout: 120_000 }, () => {
  it('makes a key pair, signs a newer catalog the app accepts with that key, and verifies it', () => {
    const key = join(dir, 'signing.key');
    const made = run('keygen', '--key', key);
    expect(made.status).toBe(0);
    const publicKey = /public key: +(\S+)/.exec(made.out)?.[1] ?? '';
    expect(publicKey).toHaveLength(44);
    const secret = readFileSync(key, 'utf8').trim();
    expect(made.out).not.toContain(secret);
    expect(statSync(key).mode & 0o077).toBe(0);
    expect(run('keygen', '--key', key).status).toBe(1); // never overwritten

    const catalog = join(dir, 'catalog.json');
    writeFileSync(catalog, catalogDocument({ ...builtInCatalog(), version: builtInCatalog().version + 1 }));
    const signed = run('sign', catalog, '--key', key, '--out', join(dir, 'signed'));
    expect(signed.status).toBe(0);
    expect(signed.out).not.toContain(secret);

    const bundle = readUpdateFile(readFileSync(join(dir, 'signed', 'objector-catalog.json'), 'utf8'));
    expect(bundle.kind).toBe('bundle');
    if (bundle.kind === 'bundle') {
      expect(bundle.document).toBe(readFileSync(catalog, 'utf8'));
      expect(readFileSync(join(dir, 'signed', 'catalog.json.sig'), 'utf8')).toBe(`${bundle.signature}\n`);
      expect(acceptCatalogUpdate(bundle.document, bundle.signature, [publicKey], builtInCatalog()).ok).toBe(true);
    }
    const verified = run(
      'verify',
      join(dir, 'signed', 'objector-catalog.json'),
      '--public-key',
      publicKey,
      '--newer-than',
      String(builtInCatalog().version),
    );
    expect(verified.out).toContain('the app accepts it');
    expect(verified.status).toBe(0);
    expect(run('verify', join(dir, 'signed', 'catalog.json'), '--public-key', publicKey).status).toBe(0);
  });

  it('fails on a changed byte, on another key, and on a catalog the app would refuse', () => {
    const key = join(dir, 'second.key');
    const publicKey = /public key: +(\S+)/.exec(run('keygen', '--key', key).out)?.[1] ?? '';
    const catalog = join(dir, 'two.json');
    writeFileSync(catalog, catalogDocument(builtInCatalog()));
    expect(run('sign', catalog, '--key', key, '--out', join(dir, 'two')).status).toBe(0);
    const document = join(dir, 'two', 'catalog.json');
    expect(run('verify', document).status).toBe(1); // the app's built-in key did not sign it
    expect(run('verify', document, '--public-key', publicKey, '--newer-than', String(builtInCatalog().version)).out).toMatch(
      /would refuse it \(not-newer\)/,
    );
    writeFileSync(document, readFileSync(document, 'utf8').replace('Meta', 'Mota'));
    const tampered = run('verify', document, '--public-key', publicKey);
    expect(tampered.status).toBe(1);
    expect(tampered.out).toMatch(/does not hold/);
  });

  it('takes the private key from OBJECTOR_CATALOG_SIGNING_KEY, as the release workflow does', () => {
    const key = join(dir, 'third.key');
    const publicKey = /public key: +(\S+)/.exec(run('keygen', '--key', key).out)?.[1] ?? '';
    const catalog = join(dir, 'three.json');
    writeFileSync(catalog, catalogDocument(builtInCatalog()));
    const result = spawnSync(process.execPath, [script, 'sign', catalog, '--key', join(dir, 'absent.key'), '--out', join(dir, 'three')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, OBJECTOR_CATALOG_SIGNING_KEY: readFileSync(key, 'utf8').trim() },
    });
    expect(result.status).toBe(0);
    expect(run('verify', join(dir, 'three', 'objector-catalog.json'), '--public-key', publicKey).status).toBe(0);
  });
});
