// Builds the renderer for the browser (the browser backend) into the given folder (default out/web).
import { build } from 'vite';
import { resolve } from 'node:path';
import { rendererConfig } from '../vite.renderer.config.ts';

/** Builds into `outDir` and returns it. */
export async function buildWeb(outDir = resolve(import.meta.dirname, '..', 'out', 'web'), quiet = false) {
  await build({ ...rendererConfig(outDir), configFile: false, logLevel: quiet ? 'warn' : 'info' });
  return outDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildWeb(process.argv[2]);
}
