/**
 * The addresses the guided window tries for one campaign target, in order: the entry URLs (first =
 * preferred), then the Privacy Center pages that link to the current form. Pure.
 */
import type { CampaignTarget } from '../domain/types';

/** Every address to try, in order, https only, without duplicates. */
export function entryUrlsOf(target: Pick<CampaignTarget, 'entryUrls' | 'privacyCenterUrls'>): readonly string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const url of [...target.entryUrls, ...target.privacyCenterUrls]) {
    if (!url.startsWith('https://') || seen.has(url)) continue;
    seen.add(url);
    out.push(url);
  }
  return out;
}

/** The index after `index`, or null when every address has been tried. */
export function nextEntryIndex(index: number, count: number): number | null {
  return index + 1 < count ? index + 1 : null;
}

/** Why the current address did not show the form. */
export type EntryFailure = 'load-error' | 'unavailable';

/** The problem to show after `failure` on address `index` of `count`: the last failure means all failed. */
export function problemAfter(failure: EntryFailure, index: number, count: number): EntryFailure | 'all-entries-failed' {
  return nextEntryIndex(index, count) === null ? 'all-entries-failed' : failure;
}
