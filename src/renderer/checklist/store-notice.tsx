/**
/**
 * Tells the person, once and calmly, what happened to their saved progress at start-up: an
 * unreadable file put aside (and where: a file path on the desktop; in a browser, the site and the
 * date, which a person recognises, not a storage key), or why nothing can be saved for now and what to do.
 */
import { useState } from 'preact/hooks';
import type { StoreNotice } from '@shared/ipc/contract';
import type { Messages } from '@shared/i18n/messages';
import { useApp } from '../app/app-context';
import { formatFull } from '../app/format';

function readOnlyText(notice: Extract<StoreNotice, { kind: 'read-only' }>, t: Messages): { body: string; todo: string } {
  const s = t.store;
  switch (notice.reason) {
    case 'folder-read-only':
      return { body: s.folderReadOnly, todo: s.whatToDoReadOnly };
    case 'disk-full':
      return { body: s.diskFull, todo: s.whatToDoReadOnly };
    case 'newer-version':
      return { body: s.newerVersion, todo: s.whatToDoNewer };
    case 'dangling-link':
      return { body: s.danglingLink({ target: notice.detail }), todo: s.whatToDoLink };
    case 'cannot-read':
      return { body: s.cannotRead({ detail: notice.detail }), todo: s.whatToDoReadOnly };
    case 'cannot-repair':
      return { body: s.cannotRepair({ detail: notice.detail }), todo: s.whatToDoReadOnly };
  }
}

/** The store notice banner; a read-only notice stays, the others until dismissed. */
export function StoreNoticeBanner() {
  const { api, snapshot, t, locale } = useApp();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const notice = snapshot.storeNotice;
  if (notice === null || (notice.kind !== 'read-only' && dismissed === notice.at)) return null;
  if (notice.kind === 'read-only') {
    const text = readOnlyText(notice, t);
    return (
      <div class="banner banner-warn" role="alert" data-testid="store-notice">
        <p class="banner-title">{t.store.readOnlyTitle}</p>
        <div class="banner-body">
          <p>{text.body}</p>
          <p>{text.todo}</p>
          {snapshot.host === 'browser' ? null : (
            <>
              <p class="hint">{t.store.whereFiles({ folder: notice.folder })}</p>
              <div class="button-row">
                <button type="button" class="button button-secondary" onClick={() => void api.openFolder({ folder: 'data' })}>
                  {t.store.openDataFolder}
                </button>
                <button type="button" class="button button-secondary" onClick={() => void api.openFolder({ folder: 'logs' })}>
                  {t.store.openLogFolder}
                </button>
              </div>
            </>
          )}
        </div>
      </div>
    );
  }
  const body =
    snapshot.host === 'browser'
      ? t.checklist.storeFreshBrowser({ site: window.location.host, date: formatFull(notice.at, locale) })
      : notice.kind === 'recovered-from-backup'
        ? t.checklist.storeRecovered({ path: notice.copiedTo })
        : t.checklist.storeFresh({ path: notice.copiedTo });
  return (
    <div class="banner banner-warn" role="status" data-testid="store-notice">
      <p class="banner-title">{t.checklist.storeNoticeTitle}</p>
      <div class="banner-body">
        <p>{body}</p>
        <button type="button" class="button button-secondary" onClick={() => setDismissed(notice.at)}>
          {t.checklist.dismiss}
        </button>
      </div>
    </div>
  );
}
