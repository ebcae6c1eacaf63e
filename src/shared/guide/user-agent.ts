/**
 * The user agent the account view shows the platform: Chrome's own, without the `Electron/x.y.z`
 * token and the app's `Objector/x.y.z` token (design.md §5), so the page sees an ordinary browser.
 */

/** Removes the Electron and Objector tokens from `agent`, keeping everything else. */
export function cleanUserAgent(agent: string): string {
  return agent
    .replace(/\s*\bElectron\/[^\s]+/gi, '')
    .replace(/\s*\bObjector\/[^\s]+/gi, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
