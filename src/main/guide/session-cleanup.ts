/**
 * Forgetting an account's login (design.md §4): clear its session's storage, cache and auth cache,
 * then remove its storage folder. A folder still in use (Windows locks it) is listed in a small
 * JSON file under userData and removed at the next start by `cleanupPendingSessions()`.
 */
import { app } from 'electron';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { StateService } from '../state/state-service';
import { writeFileAtomic } from '../evidence/files';
import { accountSession } from './account-session';

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
  writeFileAtomic(pendingFile(), JSON.stringify([...new Set(paths)], null, 2));
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

/** Clears the account's session and removes its folder (now, or at the next start if busy). */
export async function forgetLogin(accountId: string, remove: FolderRemover = tryRemove): Promise<void> {
  const target = accountSession(accountId);
  await target.clearStorageData();
  await target.clearCache();
  await target.clearAuthCache();
  const folder = target.getStoragePath();
  if (folder === null || !insideUserData(folder)) return;
  if (!remove(folder)) writePending([...readPending(), folder]);
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
