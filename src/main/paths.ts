/** Where the app's built files and assets are, in development and when packaged. */
import { app } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The built renderer (out/renderer, inside the asar when packaged). */
export function rendererDir(): string {
  return join(here, '..', 'renderer');
}

/** The built, CommonJS preload (sandboxed windows cannot load an ESM preload). */
export function preloadPath(): string {
  return join(here, '..', 'preload', 'index.cjs');
}

/** The assets folder: tray icons and app icons. Packed as extra resources. */
export function assetsDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'assets') : join(app.getAppPath(), 'assets');
}
