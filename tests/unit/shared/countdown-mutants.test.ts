/**
 * The countdown at each rounding edge (issue 14, step 7: tests that bite): the exact reading on
 * both sides of every threshold, the words with zero units left out, and the next change from
 * each side of each threshold.
 */
import { describe, expect, it } from 'vitest';
import { DUE_SOON_MS, formatAmount, nextCountdownChange, readCountdown } from '../../../src/shared/domain/countdown';
import { loadMessages } from '../../../src/shared/i18n/load';

const en = await loadMessages('en');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DEADLINE = Date.parse('2025-05-26T22:00:00Z');
const deadline = { instant: '2025-05-26T22:00:00Z' };
const before = (ms: number): Date => new Date(DEADLINE - ms);
const after = (ms: number): Date => new Date(DEADLINE + ms);

describe('readCountdown at every edge', () => {
  it.each([
    [3 * DAY, 'upcoming', { days: 3 }],
    [3 * DAY - 1, 'due-soon', { days: 2 }],
    [2 * DAY, 'due-soon', { days: 2 }],
    [2 * DAY - 1, 'due-soon', { hours: 47 }],
    [2 * HOUR, 'due-soon', { hours: 2 }],
    [2 * HOUR - 1, 'due-soon', { hours: 2, minutes: 0 }],
    [2 * HOUR - MINUTE, 'due-soon', { hours: 1, minutes: 59 }],
    [HOUR, 'due-soon', { hours: 1, minutes: 0 }],
    [HOUR - 1, 'due-soon', { hours: 1, minutes: 0 }],
    [59 * MINUTE, 'due-soon', { hours: 0, minutes: 59 }],
    [MINUTE + 1, 'due-soon', { hours: 0, minutes: 2 }],
    [MINUTE, 'due-soon', { hours: 0, minutes: 1 }],
    [1, 'due-soon', { hours: 0, minutes: 1 }],
  ] as const)('%d ms before: %s %o', (ms, phase, amount) => {
    expect(readCountdown(deadline, before(ms))).toStrictEqual({ phase, amount });
  });

  it.each([
    [0, { minutes: 1 }],
    [MINUTE - 1, { minutes: 1 }],
    [2 * MINUTE, { minutes: 2 }],
    [HOUR - 1, { minutes: 59 }],
    [HOUR, { hours: 1 }],
    [2 * DAY - 1, { hours: 47 }],
    [2 * DAY, { days: 2 }],
    [60 * DAY - 1, { days: 59 }],
    [60 * DAY, { years: 0, months: 1 }],
    [400 * DAY, { years: 1, months: 1 }],
    [800 * DAY, { years: 2, months: 2 }],
  ] as const)('%d ms after: passed %o', (ms, amount) => {
    expect(readCountdown(deadline, after(ms))).toStrictEqual({ phase: 'passed', amount });
  });

  it('is due soon from exactly 72 hours before', () => {
    expect(DUE_SOON_MS).toBe(72 * HOUR);
    expect(readCountdown(deadline, before(DUE_SOON_MS)).phase).toBe('upcoming');
    expect(readCountdown(deadline, before(DUE_SOON_MS - 1)).phase).toBe('due-soon');
  });
});

describe('formatAmount', () => {
  it('writes only the units that are not zero, in order from years to minutes', () => {
    const words = en.duration.left;
    expect(formatAmount({ phase: 'due-soon', amount: { hours: 1, minutes: 0 } }, words, 'en-GB')).toBe('1 hour');
    expect(formatAmount({ phase: 'due-soon', amount: { hours: 0, minutes: 5 } }, words, 'en-GB')).toBe('5 minutes');
    expect(formatAmount({ phase: 'passed', amount: { years: 0, months: 1 } }, en.duration.passed, 'en-GB')).toBe('1 month');
    expect(formatAmount({ phase: 'passed', amount: { years: 2, months: 0 } }, en.duration.passed, 'en-GB')).toBe('2 years');
    expect(formatAmount({ phase: 'upcoming', amount: { minutes: 3, years: 1, days: 2 } }, words, 'en-GB')).toBe(
      '1 year, 2 days and 3 minutes',
    );
  });

  it('joins with each language’s list rules, whichever language came first', () => {
    const reading = { phase: 'passed', amount: { years: 1, months: 6 } } as const;
    expect(formatAmount(reading, en.duration.passed, 'en-US')).toBe('1 year and 6 months');
    expect(formatAmount(reading, en.duration.passed, 'es-ES')).toBe('1 year y 6 months');
    expect(formatAmount(reading, en.duration.passed, 'en-US')).toBe('1 year and 6 months');
    expect(formatAmount(reading, en.duration.passed, 'es-ES')).toBe('1 year y 6 months');
  });
});

describe('nextCountdownChange at every edge', () => {
  it.each([
    // [from (ms before the deadline; negative: after), the next change (same convention)]
    [10 * DAY + 5, 10 * DAY - 1],
    [10 * DAY, 10 * DAY - 1],
    [3 * DAY + 1, 3 * DAY - 1], // upcoming, 3 days → due soon, 2 days
    [2 * DAY + 1, 2 * DAY - 1],
    [2 * DAY, 2 * DAY - 1],
    [2 * DAY - 1, 47 * HOUR - 1],
    // 2 hours → "2 hours and 0 minutes" is the same reading: the next change is 1 hour 59 minutes.
    [2 * HOUR + 1, 2 * HOUR - MINUTE],
    [2 * HOUR, 2 * HOUR - MINUTE],
    [2 * HOUR - 1, 2 * HOUR - MINUTE],
    [MINUTE + 1, MINUTE],
    [MINUTE, 0],
    [1, 0],
    [0, -2 * MINUTE],
    [-MINUTE + 1, -2 * MINUTE],
    [-HOUR + 1, -HOUR],
    [-HOUR, -2 * HOUR],
    [-2 * DAY + 1, -2 * DAY],
    [-2 * DAY, -3 * DAY],
    [-60 * DAY + 1, -60 * DAY],
  ])('from %d ms before, the reading next changes %d ms before', (from, next) => {
    const now = new Date(DEADLINE - from);
    const change = nextCountdownChange(deadline, now);
    expect(change?.getTime(), `${from}`).toBe(DEADLINE - next);
  });

  it('months after the deadline, the change comes at the next month of elapsed time', () => {
    const now = after(60 * DAY + 1);
    const change = nextCountdownChange(deadline, now);
    expect(change).not.toBeNull();
    if (change === null) return;
    expect(readCountdown(deadline, change).amount).toStrictEqual({ years: 0, months: 2 });
    expect(readCountdown(deadline, new Date(change.getTime() - 1)).amount).toStrictEqual({ years: 0, months: 1 });
  });

  it('returns null with no time to look ahead, and the next change as soon as there is', () => {
    const now = before(10 * DAY + 5);
    expect(nextCountdownChange(deadline, now, 0)).toBeNull();
    expect(nextCountdownChange(deadline, now, -1)).toBeNull();
    expect(nextCountdownChange(deadline, now, 1)?.getTime()).toBe(DEADLINE - 10 * DAY + 1);
    expect(nextCountdownChange(deadline, now, 6)?.getTime()).toBe(DEADLINE - 10 * DAY + 1);
  });
});
