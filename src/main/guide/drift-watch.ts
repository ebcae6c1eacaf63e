/**
 * Watches one address of the guided window for a changed link (issue 11). From the moment the
 * guide loads an address until the page it leads to has settled and looked right, every
 * navigation and every probe goes through the pure `driftVerdict`; once the page looked right,
 * the watch stops, so pages the person opens themselves afterwards are never judged. A changed
 * link is reported once with where to go next (`nextAfterDrift`).
 *
 * One exception: platforms sometimes land on their home page right after a sign-in instead of
 * going back to the form. After a sign-in page, the first landing outside the expected paths
 * loads the same address again (`retry`); only a second one counts as a changed link.
 */
import type { CampaignTarget } from '@shared/domain/types';
import type { DriftNotice } from '@shared/ipc/contract';
import { driftVerdict, nextAfterDrift, reportableAddress, stageOf, type DriftNext, type DriftReason } from '@shared/guide/drift';
import type { PageText } from './detection-loop';

/** What the watch needs from its session. */
export interface DriftWatchInput {
  readonly target: CampaignTarget;
  /** The target's addresses in order (entry URLs, then Privacy Center pages). */
  readonly entries: readonly string[];
  readonly isLogin: (url: string) => boolean;
  /** The page matches the form's or a confirmation's own words. */
  readonly formLike: (text: string) => boolean;
  readonly onChanged: (notice: DriftNotice, next: DriftNext) => void;
  /** Loads address `index` again (after a sign-in that landed elsewhere). */
  readonly retry: (index: number) => void;
}

/** The watch of one session. */
export interface DriftWatch {
  /** Starts judging address `index` (the guide is loading it). */
  judge(index: number): void;
  /** A main-frame navigation; true when it was a changed link (handled). */
  onNavigate(url: string, httpStatus: number): boolean;
  /** A probe of the page; true when it was a changed link (handled). */
  onPage(page: PageText): boolean;
}

/** A watch that judges nothing until `judge` is called. */
export function createDriftWatch(input: DriftWatchInput): DriftWatch {
  let judging: number | null = null;
  // Between loading an address and its first navigation, probes still see the page before it.
  let awaitingNavigation = false;
  let httpStatus: number | null = null;
  let sawLogin = false;
  let retried: number | null = null;

  const changed = (index: number, reason: DriftReason, url: string, lang: string): true => {
    judging = null;
    if (reason === 'outside-paths' && sawLogin && retried !== index) {
      retried = index;
      input.retry(index);
      return true;
    }
    const notice: DriftNotice = {
      reason,
      addressTried: input.entries[index] ?? '',
      entryIndex: index,
      urlSeen: reportableAddress(url, input.target),
      pageLang: lang,
    };
    input.onChanged(notice, nextAfterDrift(index, input.entries, input.target.entryUrls));
    return true;
  };

  const verdict = (index: number, url: string, text: string | null, lang: string, settled: boolean) => {
    const login = input.isLogin(url);
    if (login) sawLogin = true;
    return driftVerdict({
      target: input.target,
      url,
      text,
      lang,
      httpStatus,
      settled,
      stage: stageOf(input.entries[index] ?? '', input.target.entryUrls),
      login,
      confirmationLike: text !== null && input.formLike(text),
    });
  };

  return {
    judge(index) {
      if (index !== judging && index !== retried) sawLogin = false;
      judging = index;
      awaitingNavigation = true;
      httpStatus = null;
    },
    onNavigate(url, status) {
      if (judging === null) return false;
      awaitingNavigation = false;
      httpStatus = status;
      const result = verdict(judging, url, null, '', false);
      return result.kind === 'changed' ? changed(judging, result.reason, url, '') : false;
    },
    onPage(page) {
      if (judging === null || awaitingNavigation) return false;
      const result = verdict(judging, page.url, page.text, page.lang, page.settled);
      if (result.kind === 'changed') return changed(judging, result.reason, page.url, page.lang);
      if (result.kind === 'fine') judging = null;
      return false;
    },
  };
}
