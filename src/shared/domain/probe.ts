/**
 * The page-text probe: JavaScript source that the guided window runs in an isolated world of the
 * account view (`webContents.executeJavaScriptInIsolatedWorld`) after each load, in-page navigation
 * and DOM settling. It only reads: it returns the visible text of the page's body (what `innerText`
 * renders, so hidden elements and scripts are left out), cut to one million characters.
 * It is a string because it runs in the third-party page, not in our code.
 */

/** Most characters the probe returns (the same bound detection applies). */
export const PAGE_TEXT_LIMIT = 1_000_000;

/** An expression that evaluates to the page's visible text (a string, possibly empty). Read-only. */
export const PAGE_TEXT_PROBE = `(() => {
  const limit = ${PAGE_TEXT_LIMIT};
  const body = document.body;
  if (body === null || body === undefined) return '';
  const text = body.innerText;
  if (typeof text !== 'string') return '';
  return text.length > limit ? text.slice(0, limit) : text;
})()`;

/** What the guide's probe returns: the visible text (as {@link PAGE_TEXT_PROBE}) and the page's declared language. */
export interface PageProbeResult {
  readonly text: string;
  /** `<html lang>`, cut to 35 characters (a BCP 47 tag), '' when absent. */
  readonly lang: string;
}

/**
 * The guide's probe: an expression that evaluates to a {@link PageProbeResult}. The language lets
 * drift detection judge a page only against the markers of the language the page says it is in.
 * Read-only, like the text probe.
 */
export const PAGE_PROBE = `(() => {
  const text = ${PAGE_TEXT_PROBE};
  const root = document.documentElement;
  const lang = root === null || typeof root.lang !== 'string' ? '' : root.lang.slice(0, 35);
  return { text, lang };
})()`;

/** Reads a probe's result as a {@link PageProbeResult}; null for anything else. */
export function readProbeResult(value: unknown): PageProbeResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const { text, lang } = value as { text?: unknown; lang?: unknown };
  if (typeof text !== 'string' || typeof lang !== 'string') return null;
  return { text: text.length > PAGE_TEXT_LIMIT ? text.slice(0, PAGE_TEXT_LIMIT) : text, lang: lang.slice(0, 35) };
}
