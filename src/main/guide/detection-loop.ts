/**
 * Reads the account page's visible text, read-only (design.md §4): after each load, in-page
 * navigation or redirect, the probe runs in an isolated world at a few bounded delays while the
 * DOM settles (0 s, 1 s, 3 s, 8 s), then stops until the next page event. No tight loops.
 */
import type { WebContents } from 'electron';
import { PAGE_TEXT_PROBE } from '@shared/domain/probe';

/**
 * The isolated world the probe runs in, apart from the page's own scripts. Not 0 (the page's main
 * world) and not 999 (Electron's own world for preloads and contextIsolation, electron.d.ts
 * `executeJavaScriptInIsolatedWorld`); any id from 1 to 536,870,911 is ours to choose.
 */
export const PROBE_WORLD_ID = 1_042;

/** When to probe after a page event, in ms. */
export const PROBE_DELAYS_MS: readonly number[] = [0, 1_000, 3_000, 8_000];

/** What one probe saw. */
export interface PageText {
  readonly url: string;
  readonly text: string;
}

/** Runs the probe once; null when the page is gone or the probe failed. */
export async function probePage(contents: WebContents): Promise<PageText | null> {
  if (contents.isDestroyed()) return null;
  try {
    const result: unknown = await contents.executeJavaScriptInIsolatedWorld(PROBE_WORLD_ID, [{ code: PAGE_TEXT_PROBE }]);
    if (typeof result !== 'string' || contents.isDestroyed()) return null;
    return { url: contents.getURL(), text: result };
  } catch {
    return null;
  }
}

/** A running detection loop. */
export interface DetectionLoop {
  /** Starts a new round of probes (cancels the pending one). */
  trigger(): void;
  stop(): void;
}

/** Probes `contents` after each page event and hands the text to `onText`. */
export function startDetectionLoop(
  contents: WebContents,
  onText: (page: PageText) => void,
  delays: readonly number[] = PROBE_DELAYS_MS,
): DetectionLoop {
  let timers: ReturnType<typeof setTimeout>[] = [];
  let stopped = false;
  const clear = (): void => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };
  const trigger = (): void => {
    clear();
    if (stopped) return;
    timers = delays.map((delay) =>
      setTimeout(() => {
        void probePage(contents).then((page) => {
          if (page !== null && !stopped) onText(page);
        });
      }, delay),
    );
  };
  contents.on('did-finish-load', trigger);
  contents.on('did-navigate-in-page', (_event, _url, isMainFrame) => {
    if (isMainFrame) trigger();
  });
  const stop = (): void => {
    stopped = true;
    clear();
  };
  contents.once('destroyed', stop);
  return { trigger, stop };
}
