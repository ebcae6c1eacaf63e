#!/usr/bin/env node
// Signs catalog updates (docs/catalog.md, "Publishing an update"). Plain Node 22, no build step.
//
//   node scripts/sign-catalog.mjs keygen [--key FILE]
//       A new Ed25519 key pair. The private key (base64 of its 32-byte seed, one line) goes to FILE
//       (default ~/.config/objector/catalog-signing.key, mode 0600, never overwritten); the public
//       key (base64 of its 32 raw bytes) and its fingerprint are printed for
//       src/shared/catalog/trusted-keys.ts.
//   node scripts/sign-catalog.mjs public-key [--key FILE]
//       Prints the public key and fingerprint of a private key.
//   node scripts/sign-catalog.mjs sign CATALOG.json [--key FILE] [--out DIR]
//       Writes DIR/catalog.json (the document, byte for byte), DIR/catalog.json.sig and the bundle
//       DIR/objector-catalog.json (default DIR: next to CATALOG.json, in a folder "signed").
//   node scripts/sign-catalog.mjs verify FILE [--sig FILE] [--public-key BASE64] [--newer-than N]
//       Checks a bundle, or a document with its .sig, against the given key or the keys built into
//       the app (src/shared/catalog/trusted-keys.ts), then runs the app's own checks on it
//       (acceptCatalogUpdate: schema, safe patterns, ids kept, a version above N, default 0);
//       exits 1 when either fails.
//
// The private key may also come from the environment, OBJECTOR_CATALOG_SIGNING_KEY (base64 seed),
// as the release workflow passes it from a repository secret. It is never printed.
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { base64 } from '@scure/base';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const DEFAULT_KEY = join(homedir(), '.config', 'objector', 'catalog-signing.key');
const BUNDLE_FORMAT = 'objector-catalog-update';

function fail(message) {
  console.error(`sign-catalog: ${message}`);
  process.exit(1);
}

/** The fingerprint the app shows and docs/catalog.md quotes: SHA-256 of the raw public key, hex in groups of four. */
function fingerprint(publicKey) {
  return bytesToHex(sha256(publicKey)).match(/.{4}/g).join(' ');
}

function decode(text, length, what) {
  let bytes;
  try {
    bytes = base64.decode(text);
  } catch {
    fail(`${what} is not valid base64`);
  }
  if (bytes.length !== length) fail(`${what} must be ${length} bytes, not ${bytes.length}`);
  return bytes;
}

function readSecret(keyFile) {
  const fromEnv = process.env.OBJECTOR_CATALOG_SIGNING_KEY;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return decode(fromEnv.trim(), 32, 'OBJECTOR_CATALOG_SIGNING_KEY');
  if (!existsSync(keyFile)) fail(`no private key at ${keyFile} (run "keygen" first, or set OBJECTOR_CATALOG_SIGNING_KEY)`);
  return decode(readFileSync(keyFile, 'utf8').trim(), 32, `the key in ${keyFile}`);
}

function builtInKeys() {
  const source = readFileSync(join(root, 'src', 'shared', 'catalog', 'trusted-keys.ts'), 'utf8');
  return [...source.matchAll(/'([A-Za-z0-9+/]{43}=)'/g)].map((match) => match[1]);
}

function keygen(keyFile) {
  if (existsSync(keyFile)) fail(`${keyFile} exists already: it is never overwritten`);
  const { secretKey, publicKey } = ed25519.keygen();
  mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
  writeFileSync(keyFile, `${base64.encode(secretKey)}\n`, { mode: 0o600, flag: 'wx' });
  console.log(`private key: ${keyFile} (keep it secret, keep a backup)`);
  printPublic(publicKey);
}

function printPublic(publicKey) {
  console.log(`public key:  ${base64.encode(publicKey)}`);
  console.log(`fingerprint: ${fingerprint(publicKey)}`);
}

function sign(file, keyFile, outDir) {
  const document = readFileSync(file, 'utf8');
  let catalog;
  try {
    catalog = JSON.parse(document);
  } catch (error) {
    fail(`${file} is not JSON: ${error.message}`);
  }
  if (!Number.isInteger(catalog.version) || typeof catalog.publishedAt !== 'string') fail(`${file} has no integer version and publishedAt`);
  const secret = readSecret(keyFile);
  const signature = base64.encode(ed25519.sign(new TextEncoder().encode(document), secret));
  const out = outDir ?? join(dirname(file), 'signed');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'catalog.json'), document);
  writeFileSync(join(out, 'catalog.json.sig'), `${signature}\n`);
  const bundle = { format: BUNDLE_FORMAT, formatVersion: 1, document, signature };
  writeFileSync(join(out, 'objector-catalog.json'), `${JSON.stringify(bundle, null, 2)}\n`);
  console.log(`signed catalog version ${catalog.version} (${catalog.publishedAt}) with key ${fingerprint(ed25519.getPublicKey(secret))}`);
  console.log(`wrote ${join(out, 'catalog.json')}, ${basename(join(out, 'catalog.json.sig'))}, objector-catalog.json`);
}

/** The app's own check of an update (src/shared/catalog/catalog-update.ts), loaded through Vite's module runner. */
async function appCheck(document, signature, keys, newerThan) {
  const load = (path) =>
    runnerImport(join(root, path), {
      configFile: false,
      root,
      logLevel: 'warn',
      resolve: { alias: { '@shared': join(root, 'src', 'shared') } },
    });
  const [{ module: update }, { module: catalogs }] = await Promise.all([
    load('src/shared/catalog/catalog-update.ts'),
    load('src/shared/catalog/index.ts'),
  ]);
  const builtIn = catalogs.builtInCatalog();
  return update.checkCatalogUpdate(document, signature, keys, { ...builtIn, version: newerThan });
}

async function verify(file, sigFile, publicKey, newerThan) {
  const text = readFileSync(file, 'utf8');
  let document = text;
  let signature;
  try {
    const value = JSON.parse(text);
    if (value?.format === BUNDLE_FORMAT) ({ document, signature } = value);
  } catch {
    // Not JSON at all: the signature check below fails on it like on any changed document.
  }
  if (signature === undefined) {
    const path = sigFile ?? `${file}.sig`;
    if (!existsSync(path)) fail(`no signature: ${path} does not exist`);
    signature = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  }
  const keys = publicKey === undefined ? builtInKeys() : [publicKey];
  if (keys.length === 0) fail('no public key to check with');
  const message = new TextEncoder().encode(document);
  const sig = decode(signature, 64, 'the signature');
  const signer = keys.find((key) => {
    try {
      return ed25519.verify(sig, message, decode(key, 32, 'a public key'), { zip215: false });
    } catch {
      return false;
    }
  });
  if (signer === undefined) fail('the signature does not hold for any of the keys: the document was changed, or signed with another key');
  console.log(`good signature by key ${fingerprint(base64.decode(signer))}`);
  const checked = await appCheck(document, signature, [signer], newerThan);
  if (!checked.ok) fail(`the app would refuse it (${checked.reason}):\n  ${checked.errors.join('\n  ')}`);
  console.log(`the app accepts it: catalog version ${checked.catalog.version}, published ${checked.catalog.publishedAt}`);
}

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: {
    key: { type: 'string' },
    out: { type: 'string' },
    sig: { type: 'string' },
    'public-key': { type: 'string' },
    'newer-than': { type: 'string' },
  },
});
const keyFile = resolve(values.key ?? DEFAULT_KEY);
switch (command) {
  case 'keygen':
    keygen(keyFile);
    break;
  case 'public-key':
    printPublic(ed25519.getPublicKey(readSecret(keyFile)));
    break;
  case 'sign':
    if (positionals[0] === undefined) fail('sign needs the catalog file');
    sign(resolve(positionals[0]), keyFile, values.out === undefined ? undefined : resolve(values.out));
    break;
  case 'verify':
    if (positionals[0] === undefined) fail('verify needs a bundle or a catalog file');
    await verify(
      resolve(positionals[0]),
      values.sig === undefined ? undefined : resolve(values.sig),
      values['public-key'],
      Number(values['newer-than'] ?? '0'),
    );
    break;
  default:
    console.error('usage: node scripts/sign-catalog.mjs keygen|public-key|sign|verify … (see the top of this file)');
    process.exit(2);
}
