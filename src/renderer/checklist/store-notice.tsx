/**
 * Tells the person, once and calmly, that their saved progress could not be read and where the
 * copy is: a file path on the desktop; in a browser, the site and the date (a person recognises those,
 * not a storage key).
 */
import { useState } from 'preact/hooks';
import { useApp } from '../app/app-context';
import { formatFull } from '../app/format';

/** The store notice banner, until dismissed. */
export function StoreNoticeBanner() {
  const { snapshot, t, locale } = useApp();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const notice = snapshot.storeNotice;
  if (notice === null || dismissed === notice.at) return null;
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
