/**
 * What the guided window knows about the account page it shows: the address tried, loading, load
 * problems, a confirmation noticed on the page (a proposal the person confirms or corrects), and
 * a link that seems to have changed (issue 11: the guide says so and moves on to the next address,
 * then the Privacy Center, then the manual path; see `@shared/guide/drift`).
 * Listens to the account view's WebContents and tells the panel through `onChange`.
 */
import type { WebContents } from 'electron';
import type { Catalog, CampaignTarget, EvidenceRecord } from '@shared/domain/types';
import type { GuideView } from '@shared/ipc/contract';
import { detectConfirmation, isUnavailablePage, looksLikeFormOrConfirmation } from '@shared/domain/detection';
import { isLoginUrl } from '@shared/domain/navigation';
import { problemAfter, type EntryFailure } from '@shared/guide/entries';
import { startDetectionLoop, type PageText } from './detection-loop';
import { createDriftWatch } from './drift-watch';
import { log } from '../log/log';

/** Chromium's "navigation aborted" (our own refusals, the person pressing stop): not a failure. */
const ERR_ABORTED = -3;

/** One account page in the guided window. */
export interface GuideSession {
  view(): GuideView;
  /** The address currently tried (from the entries). */
  currentEntry(): string;
  /** Loads entry `index` (clamped), clearing the problem. */
  goToEntry(index: number): void;
  reload(): void;
  /** The person's answer to the proposal: the URL is never proposed again either way. Returns the URL answered. */
  answerDetection(accept: boolean): string | null;
  setLastEvidence(record: EvidenceRecord): void;
  dispose(): void;
}

/** What a guide session is built from. */
export interface GuideSessionInput {
  readonly accountId: string;
  readonly campaignId: string;
  readonly target: CampaignTarget;
  readonly catalog: Catalog;
  readonly entries: readonly string[];
  readonly contents: WebContents;
  readonly onChange: (view: GuideView) => void;
  readonly probeDelays?: readonly number[];
}

/** Starts following `contents`; call `goToEntry(0)` to load the first address. */
export function createGuideSession(input: GuideSessionInput): GuideSession {
  const { contents, entries, target } = input;
  const answered = new Set<string>();
  let view: GuideView = {
    accountId: input.accountId,
    campaignId: input.campaignId,
    targetId: target.id,
    platform: target.platform,
    mechanism: target.mechanism,
    url: entries[0] ?? '',
    loading: false,
    entryIndex: 0,
    entryCount: entries.length,
    problem: entries.length === 0 ? 'all-entries-failed' : null,
    detection: null,
    lastEvidence: null,
    drift: null,
  };
  const set = (patch: Partial<GuideView>): void => {
    view = { ...view, ...patch };
    input.onChange(view);
  };
  const fail = (failure: EntryFailure): void => set({ problem: problemAfter(failure, view.entryIndex, entries.length), loading: false });

  const goToEntry = (index: number): void => {
    const clamped = Math.max(0, Math.min(index, entries.length - 1));
    const url = entries[clamped];
    if (url === undefined) return;
    drift.judge(clamped);
    loop.cancel();
    set({ entryIndex: clamped, url, problem: null, detection: null, loading: true });
    contents.loadURL(url).catch(() => undefined);
  };

  const drift = createDriftWatch({
    target,
    entries,
    isLogin: (url) => isLoginUrl(url, target.platform, input.catalog),
    formLike: (text) => looksLikeFormOrConfirmation(text, target.platform, input.catalog),
    onChanged: (notice, next) => {
      if (next.kind === 'entry') {
        set({ drift: notice });
        goToEntry(next.index);
      } else {
        set({ drift: notice, problem: 'all-entries-failed', loading: false });
      }
    },
    retry: (index) => goToEntry(index),
  });

  const onText = (page: PageText): void => {
    if (drift.onPage(page)) return;
    if (isUnavailablePage(page.text, target.platform, input.catalog)) {
      if (view.problem === null) {
        log.info('detection.unavailable', { accountId: input.accountId, platform: target.platform });
        fail('unavailable');
      }
      return;
    }
    // Confirmations are matched for the main target only; an extra page's outcome is the person's to record.
    if (target.role === 'extra' || view.detection !== null || answered.has(page.url)) return;
    const match = detectConfirmation({ text: page.text, url: page.url, platform: target.platform }, input.catalog);
    if (match?.campaignId !== input.campaignId) return;
    // Never the excerpt or the page's address: they are the platform's words about the person.
    log.info('detection.proposed', { accountId: input.accountId, campaignId: input.campaignId, locale: match.locale });
    set({ detection: { url: page.url, excerpt: match.excerpt, locale: match.locale } });
  };
  const loop = startDetectionLoop(contents, onText, input.probeDelays);

  contents.on('did-start-loading', () => set({ loading: true }));
  contents.on('did-stop-loading', () => set({ loading: false, url: contents.getURL() || view.url }));
  contents.on('did-navigate', (_event, url, httpResponseCode) => {
    if (drift.onNavigate(url, httpResponseCode)) return;
    if (httpResponseCode >= 400) set({ url, problem: problemAfter('load-error', view.entryIndex, entries.length) });
    else set({ url, problem: null });
  });
  contents.on('did-navigate-in-page', (_event, url, isMainFrame) => {
    if (isMainFrame) set({ url });
  });
  contents.on('did-fail-load', (_event, errorCode, _description, _url, isMainFrame) => {
    if (isMainFrame && errorCode !== ERR_ABORTED) fail('load-error');
  });
  // The platform's page crashed or was killed: say so, and let the person reload it.
  contents.on('render-process-gone', (_event, details) => {
    log.warn('guide.page-gone', { accountId: input.accountId, reason: details.reason });
    fail('load-error');
  });

  return {
    view: () => view,
    currentEntry: () => entries[view.entryIndex] ?? '',
    goToEntry,
    reload: () => contents.reload(),
    answerDetection(accept) {
      const proposal = view.detection;
      if (proposal === null) return null;
      log.info('detection.answered', { accountId: input.accountId, accepted: accept });
      answered.add(proposal.url);
      set({ detection: null });
      return accept ? proposal.url : null;
    },
    setLastEvidence: (record) => set({ lastEvidence: record }),
    dispose: () => loop.stop(),
  };
}
