/**
 * When what the tray shows next changes by itself: the countdown to the nearest date ahead ticks
 * (days far out, hours near, minutes at the end), or an account's standing changes (a follow-up
 * or a re-check falls due). The ticker sleeps until then. Pure.
 */
import type { AppState, Catalog } from '../domain/types';
import { campaignProgress, nextDeadlineOf, nextStandingChange } from '../domain/overview';
import { nextCountdownChange } from '../domain/countdown';

/** The next instant after `now` at which the tray's view changes without a change of state, or null. */
export function nextTrayChange(state: AppState, catalog: Catalog, now: Date): Date | null {
  const progress = campaignProgress(state, catalog, now);
  const deadline = nextDeadlineOf(progress, now);
  const times: number[] = [];
  if (deadline !== null) {
    const change = nextCountdownChange({ instant: deadline.at }, now);
    if (change !== null) times.push(change.getTime());
  }
  const standing = nextStandingChange(progress, now);
  if (standing !== null) times.push(standing.getTime());
  return times.length === 0 ? null : new Date(Math.min(...times));
}
