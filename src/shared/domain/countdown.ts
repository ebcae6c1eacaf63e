/**
 * The deadline countdown: which phase we are in, what to display, and when the display next
 * changes (so the tray ticker can sleep until then). Pure: `now` is always passed in.
 *
 * Numbers are computed from the instants alone (a countdown to an instant does not depend on the
 * machine's zone or DST); date-fns only supplies the words ("3 days", "3 jours").
 */
import { formatDuration, type Duration, type Locale as DateLocale } from 'date-fns';
import type { Deadline } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.436875 * DAY;
/** Below this much time left, the deadline is "due soon". */
export const DUE_SOON_MS = 72 * HOUR;

/** Where we stand relative to a deadline. */
export type DeadlinePhase = 'upcoming' | 'due-soon' | 'passed';

/** What the countdown displays: the phase and the rounded amount of time. */
export interface CountdownReading {
  readonly phase: DeadlinePhase;
  /** Time left (upcoming, due-soon) or elapsed (passed), rounded for display. */
  readonly amount: Duration;
}

/** The phase at `now`. */
export function deadlinePhase(deadline: Pick<Deadline, 'instant'>, now: Date): DeadlinePhase {
  const left = Date.parse(deadline.instant) - now.getTime();
  if (left <= 0) return 'passed';
  return left < DUE_SOON_MS ? 'due-soon' : 'upcoming';
}

/**
 * The rounded reading at `now`: days while two or more are left, then hours, then hours and
 * minutes (rounded up, so it never shows "0 minutes" before the deadline). After the deadline:
 * minutes, hours, days, then months and years ago (rounded down).
 */
export function readCountdown(deadline: Pick<Deadline, 'instant'>, now: Date): CountdownReading {
  const left = Date.parse(deadline.instant) - now.getTime();
  const phase = deadlinePhase(deadline, now);
  if (left > 0) {
    if (left >= 2 * DAY) return { phase, amount: { days: Math.floor(left / DAY) } };
    if (left >= 2 * HOUR) return { phase, amount: { hours: Math.floor(left / HOUR) } };
    const minutes = Math.ceil(left / MINUTE);
    return { phase, amount: { hours: Math.floor(minutes / 60), minutes: minutes % 60 } };
  }
  const elapsed = -left;
  if (elapsed < HOUR) return { phase, amount: { minutes: Math.max(1, Math.floor(elapsed / MINUTE)) } };
  if (elapsed < 2 * DAY) return { phase, amount: { hours: Math.floor(elapsed / HOUR) } };
  if (elapsed < 60 * DAY) return { phase, amount: { days: Math.floor(elapsed / DAY) } };
  const months = Math.floor(elapsed / MONTH);
  return { phase, amount: { years: Math.floor(months / 12), months: months % 12 } };
}

/** The reading's amount in words, e.g. "3 days", "1 hour 5 minutes", "1 an 6 mois". */
export function formatAmount(reading: CountdownReading, locale: DateLocale): string {
  return formatDuration(reading.amount, { locale, delimiter: ' ' });
}

function sameReading(a: CountdownReading, b: CountdownReading): boolean {
  if (a.phase !== b.phase) return false;
  const keys = ['years', 'months', 'days', 'hours', 'minutes'] as const;
  return keys.every((key) => (a.amount[key] ?? 0) === (b.amount[key] ?? 0));
}

/** The next instant after `t` where a rounding boundary of the reading's unit lies. */
function nextBoundary(deadlineMs: number, t: number): number {
  const left = deadlineMs - t;
  if (left > 0) {
    if (left > 2 * DAY) return deadlineMs - Math.floor(left / DAY) * DAY + 1;
    if (left > 2 * HOUR) return deadlineMs - Math.floor(left / HOUR) * HOUR + 1;
    if (left > MINUTE) return deadlineMs - (Math.ceil(left / MINUTE) - 1) * MINUTE;
    return deadlineMs;
  }
  const elapsed = -left;
  const step = elapsed < HOUR ? MINUTE : elapsed < 2 * DAY ? HOUR : elapsed < 60 * DAY ? DAY : MONTH;
  return deadlineMs + (Math.floor(elapsed / step) + 1) * step;
}

/**
 * When the displayed reading next changes after `now` (phase or amount), or null when it never
 * will within `horizonMs` (the ticker then wakes at the horizon to re-check).
 */
export function nextCountdownChange(deadline: Pick<Deadline, 'instant'>, now: Date, horizonMs = 400 * DAY): Date | null {
  const deadlineMs = Date.parse(deadline.instant);
  const current = readCountdown(deadline, now);
  let t = now.getTime();
  const limit = t + horizonMs;
  while (t < limit) {
    const candidate = Math.max(nextBoundary(deadlineMs, t), t + 1);
    if (!sameReading(readCountdown(deadline, new Date(candidate)), current)) return new Date(candidate);
    t = candidate;
  }
  return null;
}
