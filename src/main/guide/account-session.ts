/**
 * The persistent session of one account (design.md §4): its own cookies, storage and cache under
 * `persist:account-<id>`, hardened once: every permission request and check denied, downloads
 * refused, and the Electron/Objector tokens removed from the user agent.
 */
import { session, type Session } from 'electron';
import { partitionFor } from '@shared/guide/partition';
import { cleanUserAgent } from '@shared/guide/user-agent';

const hardened = new WeakSet<Session>();

/** The session of `accountId`, hardened on first use. */
export function accountSession(accountId: string): Session {
  const target = session.fromPartition(partitionFor(accountId));
  hardenAccountSession(target);
  return target;
}

/** Applies the account-view rules to `target` (idempotent). */
export function hardenAccountSession(target: Session): void {
  if (hardened.has(target)) return;
  hardened.add(target);
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
  });
  target.setUserAgent(cleanUserAgent(target.getUserAgent()));
}
