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
