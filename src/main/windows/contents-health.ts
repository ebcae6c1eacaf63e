/**
 * Keeps our own pages (checklist, guide panel) alive: a renderer that crashed or was killed
 * ('render-process-gone', web-contents.md) is logged and reloaded, at most three times a minute;
 * a page of ours that fails to load is logged. Nothing about the person is logged, only why.
 */
import type { WebContents } from 'electron';
import { log } from '../log/log';

/** How often a crashed page of ours is reloaded within a minute before we stop trying. */
export const MAX_RELOADS_PER_MINUTE = 3;

/** What to do besides logging. */
export interface HealthOptions {
  /** Our page itself could not load (a broken install): the person must be told. */
  readonly onLoadFailure?: (error: Error) => void;
  readonly now?: () => number;
}

/** Watches `contents` of our page `what`. */
export function watchOurContents(contents: WebContents, what: string, options: HealthOptions = {}): void {
  const now = options.now ?? Date.now;
  const reloads: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    log.error('window.renderer-gone', { what, reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit' || contents.isDestroyed()) return;
    const at = now();
    while (reloads.length > 0 && (reloads[0] ?? at) < at - 60_000) reloads.shift();
    if (reloads.length >= MAX_RELOADS_PER_MINUTE) {
      log.error('window.renderer-gone-again', { what, reloads: reloads.length });
      return;
    }
    reloads.push(at);
    contents.reload();
  });
  contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    // -3 is "aborted" (a navigation we refused, or replaced): not a failure.
    if (!isMainFrame || errorCode === -3) return;
    log.error('window.load-failed', { what, errorCode, errorDescription });
    options.onLoadFailure?.(new Error(`The ${what} window could not load (${errorDescription}).`));
  });
}
