/**
 * Forgetting an account's login (design.md §4): `session.clearData()` clears everything the
 * session holds (cookies, storage, cache, auth cache: electron.d.ts `clearData`), while the
 * session and maybe its page are alive. Its folder is not removed under a live session: it is
 * listed in a small JSON file under userData and removed at the next start, before any session
 * is created, by `cleanupPendingSessions()`.
 */
import { app } from 'electron';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { StateService } from '../state/state-service';
import { writeFileVerifiedSync } from '../state/verified-write';
import { accountSession } from './account-session';
import { log } from '../log/log';

/** The file listing storage folders to remove at the next start. */
export function pendingFile(): string {
  return join(app.getPath('userData'), 'pending-session-removals.json');
}

function readPending(): string[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(pendingFile(), 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function writePending(paths: readonly string[]): void {
  writeFileVerifiedSync(pendingFile(), JSON.stringify([...new Set(paths)], null, 2));
}

/** True for a folder inside userData (never remove anything else, whatever the list says). */
function insideUserData(path: string): boolean {
  const rel = relative(app.getPath('userData'), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Removes a folder; false when it resists (busy, locked). Swappable in tests. */
export type FolderRemover = (path: string) => boolean;

function tryRemove(path: string): boolean {
  try {
    rmSync(path, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
}

/** Clears everything the account's session holds; its folder is removed at the next start. */
export async function forgetLogin(accountId: string): Promise<void> {
  const target = accountSession(accountId);
  await target.clearData();
  log.info('session.forgotten', { accountId });
  const folder = target.getStoragePath();
  if (folder === null || !insideUserData(folder)) return;
  writePending([...readPending(), folder]);
}

/** Removes the folders left busy last time; keeps in the list those that still resist. Call at start. */
export function cleanupPendingSessions(remove: FolderRemover = tryRemove): void {
  const pending = readPending();
  if (pending.length === 0) return;
  writePending(pending.filter((path) => insideUserData(path) && !remove(path)));
}

/** Forgets the session of every account that disappears from the state (removed, or reset). */
export function setupSessionCleanup(
  state: Pick<StateService, 'get' | 'onChange'>,
  forget: (accountId: string) => Promise<void> = forgetLogin,
): () => void {
  let known = new Set(state.get().accounts.map((account) => account.id));
  return state.onChange((next) => {
    const now = new Set(next.accounts.map((account) => account.id));
    for (const id of known) if (!now.has(id)) void forget(id).catch(() => undefined);
    known = now;
  });
}
