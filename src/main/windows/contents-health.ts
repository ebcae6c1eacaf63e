/**
 * Keeps our own pages (checklist, guide panel) alive: a renderer that crashed or was killed
 * ('render-process-gone', web-contents.md) is logged and reloaded, at most three times a minute;
 * a page of ours that fails to load is logged. Nothing about the person is logged, only why.
 */
import type { WebContents } from 'electron';
import { log } from '../log/log';

/** How often a crashed page of ours is reloaded within a minute before we stop trying. */
export const MAX_RELOADS_PER_MINUTE = 3;

/** Watches `contents` of our page `what`; `now` is injectable for tests. */
export function watchOurContents(contents: WebContents, what: string, now: () => number = Date.now): void {
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
    if (isMainFrame) log.error('window.load-failed', { what, errorCode, errorDescription });
  });
}
