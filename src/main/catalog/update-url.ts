/**
 * Where the daily check fetches the signed catalog: the project's published bundle
 * (`CATALOG_UPDATE_URL`). Tests (and only unpackaged builds) may point it at a local server with
 * OBJECTOR_CATALOG_UPDATE_URL, an http(s)://127.0.0.1 address; a packaged app ignores it.
 */
import { app } from 'electron';
import { CATALOG_UPDATE_URL } from '@shared/project';

/** The address to fetch. */
export function catalogUpdateUrl(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.OBJECTOR_CATALOG_UPDATE_URL;
  if (value === undefined || value === '' || app.isPackaged) return CATALOG_UPDATE_URL;
  try {
    const url = new URL(value);
    return url.hostname === '127.0.0.1' && (url.protocol === 'http:' || url.protocol === 'https:') ? url.toString() : CATALOG_UPDATE_URL;
  } catch {
    return CATALOG_UPDATE_URL;
  }
}
