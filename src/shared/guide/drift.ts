/**
 * "This link seems to have changed" (issue 11): whether the page shown for a target still looks
 * like the target's page, decided from what the guide sees and nothing else (no telemetry), and
 * where to go next: the next entry URL, then the Privacy Center pages, then the manual path.
 *
 * Signals, in order: the page says it is unavailable (the catalog's patterns); the address is gone
 * (HTTP 404 or 410); the page is outside the target's expected paths (say, a redirect to the home
 * page); the page, settled, lacks the target's markers in its own language (the form's e-mail field
 * and Send button). Login pages and confirmation-looking pages are never judged; markers are judged
 * only on entry pages, not on Privacy Center pages, and only for a language the catalog has markers
 * for from a source (never for its unverified wording). Pure: the guide session gathers the facts and applies the decision.
 */
import { PATTERN_FLAGS } from '../catalog/safe-pattern';
import { pageAddress, withoutQuery } from '../catalog/page-address';
import type { CampaignTarget, Locale, Localized } from '../domain/types';
import { LOCALES } from '../domain/types';

/** Why the link seems to have changed. */
export type DriftReason = 'unavailable' | 'gone' | 'outside-paths' | 'markers-missing';

/** Which of the target's addresses is shown: one of its entry URLs or one of its Privacy Center pages. */
export type EntryStage = 'entry' | 'privacy-center';

/** What the guide knows about the page, at one moment. */
export interface DriftInput {
  readonly target: Pick<CampaignTarget, 'unavailablePatterns' | 'expectedMarkers' | 'expectedPaths' | 'unverifiedWording'>;
  /** The page's address now. */
  readonly url: string;
  /** The page's visible text, or null before the first probe. */
  readonly text: string | null;
  /** The page's declared language (`<html lang>`), '' when none. */
  readonly lang: string;
  /** The HTTP status of the main-frame navigation, when known. */
  readonly httpStatus: number | null;
  /** The page had time to settle (the last probe after a load). */
  readonly settled: boolean;
  readonly stage: EntryStage;
  /** The address is a login or 2FA page of the platform. */
  readonly login: boolean;
  /** The page matched a confirmation or a "not yet confirmed" pattern (after Send, or the 2024 code step). */
  readonly confirmationLike: boolean;
}

/** The verdict: fine, not yet decidable, or changed (with the reason). */
export type DriftVerdict =
  { readonly kind: 'fine' } | { readonly kind: 'undecided' } | { readonly kind: 'changed'; readonly reason: DriftReason };

const compiled = new WeakMap<readonly string[], readonly RegExp[]>();
function regexes(sources: readonly string[]): readonly RegExp[] {
  let known = compiled.get(sources);
  if (known === undefined) {
    known = sources.map((source) => new RegExp(source, PATTERN_FLAGS));
    compiled.set(sources, known);
  }
  return known;
}

/** The catalog language of a `<html lang>` value ("fr-FR" → fr), or null. */
export function pageLocale(lang: string): Locale | null {
  const primary = lang.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

function anyMatch(patterns: Localized<readonly string[]>, text: string): boolean {
  return LOCALES.some((locale) => regexes(patterns[locale] ?? []).some((regex) => regex.test(text)));
}

function markersMissing(
  markers: Localized<readonly string[]> | undefined,
  unverified: readonly Locale[] | undefined,
  text: string,
  lang: string,
): boolean {
  if (markers === undefined) return false;
  const locale = pageLocale(lang);
  // Markers no source shows are a guess at the page's words: their absence proves nothing.
  if (locale === null || (unverified ?? []).includes(locale)) return false;
  const own = markers[locale];
  if (own === undefined || own.length === 0) return false;
  return regexes(own).some((regex) => !regex.test(text));
}

function outsidePaths(paths: readonly string[] | undefined, url: string): boolean {
  if (paths === undefined || paths.length === 0) return false;
  const page = pageAddress(url);
  if (page === null) return false; // not an https page (the e2e fixtures): nothing to judge by
  return !regexes(paths).some((regex) => regex.test(page));
}

/** Whether the page still looks like the target's page. */
export function driftVerdict(input: DriftInput): DriftVerdict {
  if (input.login) return { kind: 'undecided' };
  const text = input.text === null ? null : input.text.slice(0, 1_000_000);
  if (text !== null && anyMatch(input.target.unavailablePatterns, text)) return { kind: 'changed', reason: 'unavailable' };
  if (input.httpStatus === 404 || input.httpStatus === 410) return { kind: 'changed', reason: 'gone' };
  if (outsidePaths(input.target.expectedPaths, input.url)) {
    // A platform may show its "thank you" (or "already sent") page at any address: an address
    // outside the paths is judged by the page it shows, once that page has settled.
    if (text === null) return { kind: 'undecided' };
    if (input.confirmationLike) return { kind: 'fine' };
    return input.settled ? { kind: 'changed', reason: 'outside-paths' } : { kind: 'undecided' };
  }
  if (text === null || !input.settled) return { kind: 'undecided' };
  if (input.confirmationLike) return { kind: 'fine' };
  if (input.stage === 'entry' && markersMissing(input.target.expectedMarkers, input.target.unverifiedWording, text, input.lang)) {
    return { kind: 'changed', reason: 'markers-missing' };
  }
  return { kind: 'fine' };
}

/**
 * The address a drift report may carry: without query and fragment always, and with its path only
 * when the page is one of the target's own (an entry, a Privacy Center page, or on its expected
 * paths). Anywhere else (a profile, a feed) the path may name the person, so only the host is kept.
 */
export function reportableAddress(url: string, target: Pick<CampaignTarget, 'entryUrls' | 'privacyCenterUrls' | 'expectedPaths'>): string {
  const stripped = withoutQuery(url);
  if (stripped === '') return '';
  const own = [...target.entryUrls, ...target.privacyCenterUrls].some((entry) => withoutQuery(entry) === stripped);
  const page = pageAddress(url);
  const expected =
    page !== null && (target.expectedPaths ?? []).length > 0 && regexes(target.expectedPaths ?? []).some((regex) => regex.test(page));
  if (own || expected) return stripped;
  const origin = /^[a-z]+:\/\/[^/]+/.exec(stripped)?.[0] ?? '';
  return stripped === `${origin}/` ? stripped : `${origin}/…`;
}

/** Where the guide goes after a changed link: the next address (entry, then Privacy Center), or the manual path. */
export type DriftNext = { readonly kind: 'entry'; readonly index: number; readonly stage: EntryStage } | { readonly kind: 'manual' };

/**
 * The next step after address `index` of `entries` seemed changed. `entries` is the target's
 * address list in order (`entryUrlsOf`: its entry URLs, then its Privacy Center pages).
 */
export function nextAfterDrift(index: number, entries: readonly string[], entryUrls: readonly string[]): DriftNext {
  const url = entries[index + 1];
  return url === undefined ? { kind: 'manual' } : { kind: 'entry', index: index + 1, stage: stageOf(url, entryUrls) };
}

/** Whether an address is one of the target's entry URLs (the form itself) or a Privacy Center page. */
export function stageOf(url: string, entryUrls: readonly string[]): EntryStage {
  return entryUrls.includes(url) ? 'entry' : 'privacy-center';
}
