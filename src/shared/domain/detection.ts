/**
 * Confirmation detection: after each page load the account view's visible text (see `probe.ts`) and
 * URL are matched against the catalog's patterns in every language, because Meta's wording changes
 * and the page's language is the account's, not ours. A match only *proposes* "confirmed on page":
 * the person always confirms or corrects.
 *
 * "Not yet" patterns win: the form page itself promises "an email confirming…" and login pages
 * are never a confirmation. Patterns are compiled once per catalog object; the catalog schema only
 * admits patterns whose cost is linear in the text's length (see `catalog/safe-pattern.ts`).
 */
import { builtInCatalog, targetsOnPlatform } from '../catalog/index';
import { PATTERN_FLAGS } from '../catalog/safe-pattern';
import { LOCALES, type Catalog, type Locale, type Localized, type Platform } from './types';

/** Longest text examined; the probe returns no more than this either. */
export const MAX_DETECTION_TEXT = 1_000_000;
/** Longest excerpt kept as the reason for a match. */
export const MAX_EXCERPT = 200;

/** The page as the probe saw it. */
export interface DetectionInput {
  readonly text: string;
  readonly url: string;
  readonly platform: Platform;
}

/** Why a page looks like a confirmation: which campaign, which pattern, and the words around it. */
export interface ConfirmationMatch {
  readonly platform: Platform;
  readonly campaignId: string;
  /** The language of the pattern that matched ('en' for URL patterns, which have no language). */
  readonly locale: Locale;
  readonly pattern: string;
  /** Up to 200 characters of the page around the match, whitespace collapsed. */
  readonly excerpt: string;
  readonly via: 'text' | 'url';
}

interface Compiled {
  readonly locale: Locale;
  readonly source: string;
  readonly regex: RegExp;
}

interface CompiledTarget {
  readonly campaignId: string;
  readonly confirm: readonly Compiled[];
  readonly notYet: readonly Compiled[];
  readonly urls: readonly Compiled[];
  readonly login: readonly Compiled[];
  readonly unavailable: readonly Compiled[];
}

const cache = new WeakMap<Catalog, Map<Platform, readonly CompiledTarget[]>>();

const compile = (locale: Locale, sources: readonly string[]): Compiled[] =>
  sources.map((source) => ({ locale, source, regex: new RegExp(source, PATTERN_FLAGS) }));

const compileLocalized = (patterns: Localized<readonly string[]>): Compiled[] =>
  LOCALES.flatMap((locale) => compile(locale, patterns[locale] ?? []));

function compiledTargets(catalog: Catalog, platform: Platform): readonly CompiledTarget[] {
  let byPlatform = cache.get(catalog);
  if (byPlatform === undefined) {
    byPlatform = new Map();
    // Stryker disable next-line CallExpression: a cache; without it each call compiles the same patterns again
    cache.set(catalog, byPlatform);
  }
  const known = byPlatform.get(platform);
  if (known !== undefined) return known;
  const targets = targetsOnPlatform(catalog, platform).map(({ campaignId, target }) => ({
    campaignId,
    confirm: compileLocalized(target.confirmation.textPatterns),
    notYet: compileLocalized(target.confirmation.notYetPatterns),
    // Stryker disable next-line StringLiteral: a URL match always reports 'en' itself (detectConfirmation); this locale is never read
    urls: compile('en', target.confirmation.urlPatterns),
    // Stryker disable next-line StringLiteral: login patterns are only tested, their locale is never read
    login: compile('en', target.loginUrlPatterns),
    unavailable: compileLocalized(target.unavailablePatterns),
  }));
  // Stryker disable next-line CallExpression: a cache; without it each call compiles the same patterns again
  byPlatform.set(platform, targets);
  return targets;
}

const bounded = (text: string): string => (text.length > MAX_DETECTION_TEXT ? text.slice(0, MAX_DETECTION_TEXT) : text);
const collapse = (text: string): string => text.replace(/\s+/g, ' ');

/** Up to {@link MAX_EXCERPT} characters around `text[index, index + length)`, whitespace collapsed. */
export function excerptAround(text: string, index: number, length: number): string {
  const match = collapse(text.slice(index, index + length)).trim();
  if (match.length >= MAX_EXCERPT) return match.slice(0, MAX_EXCERPT);
  const before = collapse(text.slice(Math.max(0, index - 2 * MAX_EXCERPT), index));
  const after = collapse(text.slice(index + length, index + length + 2 * MAX_EXCERPT));
  const room = MAX_EXCERPT - match.length;
  const head = Math.min(before.length, Math.max(Math.floor(room / 2), room - after.length));
  const tail = Math.min(after.length, room - head);
  return `${before.slice(before.length - head)}${match}${after.slice(0, tail)}`.trim();
}

function firstMatch(patterns: readonly Compiled[], text: string): { readonly pattern: Compiled; readonly match: RegExpExecArray } | null {
  for (const pattern of patterns) {
    const match = pattern.regex.exec(text);
    if (match !== null) return { pattern, match };
  }
  return null;
}

function textMatch(target: CompiledTarget, text: string, platform: Platform): ConfirmationMatch | null {
  const found = firstMatch(target.confirm, text);
  if (found === null) return null;
  const { pattern, match } = found;
  const excerpt = excerptAround(text, match.index, match[0].length);
  return { platform, campaignId: target.campaignId, locale: pattern.locale, pattern: pattern.source, excerpt, via: 'text' };
}

/**
 * Whether a text that is not a page (a confirmation e-mail's body) confirms an objection on
 * `platform`: the targets' text patterns only, with their "not yet" patterns winning as on pages
 * (the form's own words mailed back are not a confirmation).
 */
export function matchConfirmationText(text: string, platform: Platform, catalog: Catalog = builtInCatalog()): ConfirmationMatch | null {
  const body = bounded(text);
  for (const target of compiledTargets(catalog, platform)) {
    if (firstMatch(target.notYet, body) !== null) continue;
    const found = textMatch(target, body, platform);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Whether the page looks like the platform's confirmation of an objection, and why. Null on the
 * form page, on login pages, and whenever a "not yet" pattern of the target is present.
 */
export function detectConfirmation(input: DetectionInput, catalog: Catalog = builtInCatalog()): ConfirmationMatch | null {
  const text = bounded(input.text);
  const url = input.url.slice(0, MAX_DETECTION_TEXT);
  const targets = compiledTargets(catalog, input.platform);
  if (targets.some((target) => target.login.some((pattern) => pattern.regex.test(url)))) return null;
  for (const target of targets) {
    if (firstMatch(target.notYet, text) !== null) continue;
    const byText = textMatch(target, text, input.platform);
    if (byText !== null) return byText;
    const byUrl = firstMatch(target.urls, url);
    if (byUrl !== null) {
      const excerpt = url.slice(0, MAX_EXCERPT);
      return { platform: input.platform, campaignId: target.campaignId, locale: 'en', pattern: byUrl.pattern.source, excerpt, via: 'url' };
    }
  }
  return null;
}

/** Whether the page says "this content isn't available" (in any language): time to try the next entry URL. */
export function isUnavailablePage(text: string, platform: Platform, catalog: Catalog = builtInCatalog()): boolean {
  const page = bounded(text);
  return compiledTargets(catalog, platform).some((target) => firstMatch(target.unavailable, page) !== null);
}

/**
 * Whether the page matches any confirmation or "not yet" pattern of the platform's targets: the
 * form itself (its "an e-mail confirming…", the 2024 code step) or a confirmation. Drift detection
 * never calls such a page changed, even when it lacks the form's markers.
 */
export function looksLikeFormOrConfirmation(text: string, platform: Platform, catalog: Catalog = builtInCatalog()): boolean {
  const page = bounded(text);
  return compiledTargets(catalog, platform).some(
    (target) => firstMatch(target.notYet, page) !== null || firstMatch(target.confirm, page) !== null,
  );
}
