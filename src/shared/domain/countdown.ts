/**
 * The deadline countdown: which phase we are in, what to display, and when the display next
 * changes (so the tray ticker can sleep until then). Pure: `now` is always passed in.
 *
 * Numbers are computed from the instants alone (a countdown to an instant does not depend on the
 * machine's zone or DST). The words come from the messages (`duration.left.*`, `duration.passed.*`:
 * each language writes its units in the grammatical case its countdown sentence needs, e.g. German
 * "seit 1 Jahr und 6 Monaten"), joined by Intl.ListFormat ("1 year and 6 months", "1 an et 6 mois").
 */
import type { Duration } from 'date-fns';
import type { Deadline } from './types';
import type { Messages } from '../i18n/messages';

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

/** The unit words of one grammatical context: `messages.duration.left` or `messages.duration.passed`. */
export type DurationWords = Messages['duration']['left'];

const UNITS = ['years', 'months', 'days', 'hours', 'minutes'] as const;
const lists = new Map<string, Intl.ListFormat>();

/**
 * The reading's amount in words, e.g. "3 days", "1 hour and 5 minutes", "1 an et 6 mois": each
 * non-zero unit from `words`, joined as `intlTag`'s language joins a list ("and", "et", "und").
 */
export function formatAmount(reading: CountdownReading, words: DurationWords, intlTag: string): string {
  const parts = UNITS.filter((unit) => (reading.amount[unit] ?? 0) > 0).map((unit) => words[unit]({ count: reading.amount[unit] ?? 0 }));
  let list = lists.get(intlTag);
  if (list === undefined) {
    list = new Intl.ListFormat(intlTag, { type: 'conjunction', style: 'long' });
    lists.set(intlTag, list);
  }
  return list.format(parts);
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
