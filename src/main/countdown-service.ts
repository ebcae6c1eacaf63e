/**
 * Keeps the countdown current for the tray and the windows. It sleeps until the displayed text
 * next changes (`nextCountdownChange`), re-reads the clock on every wake and on resume from sleep,
 * and never runs a fixed-interval timer.
 */
import { powerMonitor } from 'electron';
import type { Campaign, Clock } from '@shared/domain/types';
import type { CountdownView } from '@shared/ipc/contract';
import { buildCountdownView } from '@shared/domain/countdown-view';
import { nextCountdownChange } from '@shared/domain/countdown';
import type { Language } from './language';

/** Longest sleep: re-check at least this often (timers drift across sleep). */
const MAX_SLEEP_MS = 6 * 60 * 60 * 1000;

/** The live countdown. */
export interface CountdownService {
  current(): CountdownView | null;
  onChange(listener: (view: CountdownView | null) => void): () => void;
  /** Recompute now (language changed, clock changed). */
  refresh(): void;
  /** How many times the ticker woke (for the benchmark). */
  wakeups(): number;
  dispose(): void;
}

/** Starts the ticker for `campaign`. */
export function setupCountdown(campaign: Campaign | undefined, clock: Clock, language: () => Language): CountdownService {
  const listeners = new Set<(view: CountdownView | null) => void>();
  let view: CountdownView | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let wakes = 0;

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (campaign?.deadline == null) return;
    const now = clock.now();
    const next = nextCountdownChange(campaign.deadline, now);
    const delay = next === null ? MAX_SLEEP_MS : Math.min(MAX_SLEEP_MS, next.getTime() - now.getTime());
    timer = setTimeout(
      () => {
        wakes += 1;
        update();
      },
      Math.max(0, delay),
    );
  };

  const update = (): void => {
    const next = campaign === undefined ? null : buildCountdownView(campaign, clock.now(), language().messages, language().dateLocale);
    const changed = JSON.stringify(next) !== JSON.stringify(view);
    view = next;
    if (changed) for (const listener of listeners) listener(view);
    schedule();
  };

  const onResume = (): void => update();
  powerMonitor.on('resume', onResume);
  update();

  return {
    current: () => view,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: update,
    wakeups: () => wakes,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      powerMonitor.off('resume', onResume);
    },
  };
}
