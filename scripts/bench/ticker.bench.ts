/**
 * Ticker benchmark: runs the tray's adaptive ticker against a fake clock and counts its wake-ups.
 *   ticker_wakeups_per_day_far          one day, 30 days before the deadline (target < 30; the 6 h
 *                                        safety cap makes it 4, the display itself changes once)
 *   ticker_wakeups_per_day_near         the last 24 h before the deadline (one per display change)
 *   ticker_wakeups_per_display_change   the 96 h around the deadline, where the display changes at
 *                                        least every hour (goal 1.0: no wake without a change)
 */
import { startTicker, type TimerPort } from '@shared/tray/ticker';
import { nextCountdownChange } from '@shared/domain/countdown';
import { buildCountdownView } from '@shared/domain/countdown-view';
import { loadMessages } from '@shared/i18n/load';
import type { Messages } from '@shared/i18n/messages';
import type { Campaign } from '@shared/domain/types';

const HOUR = 3_600_000;
const DEADLINE = Date.parse('2025-05-26T22:00:00Z');
const campaign: Campaign = {
  id: 'bench',
  title: { en: 'Bench' },
  summary: { en: 'Bench' },
  deadline: { instant: new Date(DEADLINE).toISOString(), zone: 'Europe/Paris', sourceText: 'bench' },
  afterDeadline: { en: 'Bench' },
  groupCoverage: false,
  targets: [],
};

/** Runs the ticker from `start` for `durationMs` of fake time; returns its wake-ups and the display changes. */
function simulate(messages: Messages, start: number, durationMs: number): { wakeups: number; changes: number } {
  let now = start;
  // A holder, not a variable: the timer closure sets it, which flow analysis cannot see.
  const queue: { pending: { at: number; fire: () => void } | null } = { pending: null };
  const timers: TimerPort = {
    start(delayMs, fire) {
      const entry = { at: now + delayMs, fire };
      queue.pending = entry;
      return () => {
        if (queue.pending === entry) queue.pending = null;
      };
    },
  };
  let text = '';
  let changes = 0;
  const ticker = startTicker({
    clock: { now: () => new Date(now) },
    timers,
    next: (at) => (campaign.deadline === null ? null : nextCountdownChange(campaign.deadline, at)),
    onWake: (wake) => {
      const shown = buildCountdownView(campaign, wake.now, messages, 'en').text;
      if (wake.reason !== 'start' && shown !== text) changes += 1;
      text = shown;
    },
  });
  const end = start + durationMs;
  for (;;) {
    const next = queue.pending;
    if (next === null || next.at > end) break;
    queue.pending = null;
    now = next.at;
    next.fire();
  }
  ticker.stop();
  return { wakeups: ticker.wakeups(), changes };
}

/** The ticker figures for `npm run bench`. */
export default async function run(): Promise<Record<string, number>> {
  const en = await loadMessages('en');
  const far = simulate(en, DEADLINE - 30 * 24 * HOUR, 24 * HOUR);
  const near = simulate(en, DEADLINE - 24 * HOUR, 24 * HOUR);
  const around = simulate(en, DEADLINE - 48 * HOUR, 96 * HOUR);
  const month = simulate(en, DEADLINE - 30 * 24 * HOUR, 30 * 24 * HOUR);
  return {
    ticker_wakeups_per_day_far: far.wakeups,
    ticker_wakeups_per_day_near: near.wakeups,
    ticker_wakeups_per_display_change: Number((around.wakeups / around.changes).toFixed(3)),
    ticker_wakeups_per_display_change_30d: Number((month.wakeups / month.changes).toFixed(3)),
  };
}
