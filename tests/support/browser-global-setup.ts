/**
 * Browser suite set-up: builds the renderer into a fresh temporary folder (so parallel runs never
 * share output), serves it on 127.0.0.1, and passes the address to the tests in OBJECTOR_WEB_URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import { rendererConfig } from '../../vite.renderer.config';
import { serveStatic } from '../../scripts/static-server';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'objector-web-'));
  // A catalog key of this run's own, trusted by this build only, so tests can load signed updates.
  const { secretKey, publicKey } = ed25519.keygen();
  process.env.OBJECTOR_TEST_CATALOG_SECRET = base64.encode(secretKey);
  await build({ ...rendererConfig(outDir, { testCatalogKey: base64.encode(publicKey) }), configFile: false, logLevel: 'warn' });
  const server = await serveStatic(outDir);
  process.env.OBJECTOR_WEB_URL = server.url;
  process.env.OBJECTOR_WEB_DIR = outDir;
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
