/**
 * Test-only: lets the Electron e2e suite point the account view at fixture pages served on
 * 127.0.0.1 instead of the platform. Exists only when OBJECTOR_E2E_ENTRY_URL is set AND the app is
 * not packaged, and only for http(s)://127.0.0.1 addresses; a packaged app ignores it entirely.
 */
import { app } from 'electron';

/** The fixture address that replaces the target's entry URLs, or null (always null when packaged). */
export function e2eEntryOverride(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.OBJECTOR_E2E_ENTRY_URL;
  if (value === undefined || value === '' || app.isPackaged) return null;
  try {
    const url = new URL(value);
    const local = url.hostname === '127.0.0.1' && (url.protocol === 'http:' || url.protocol === 'https:');
    return local ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The origin the override allows in the account view, or null. */
export function e2eOrigin(env: NodeJS.ProcessEnv = process.env): string | null {
  const entry = e2eEntryOverride(env);
  return entry === null ? null : new URL(entry).origin;
}
