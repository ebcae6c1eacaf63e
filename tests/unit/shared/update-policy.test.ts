/** When the app may fetch for the person: consent, at most once a day, app updates only packaged. */
import { describe, expect, it } from 'vitest';
import {
  appUpdateCheckDue,
  appUpdatesSupported,
  catalogCheckDue,
  CHECK_INTERVAL_MS,
  nextCheckAt,
} from '../../../src/shared/domain/update-policy';

const now = new Date('2026-12-01T12:00:00Z');
const hoursAgo = (hours: number): string => new Date(now.getTime() - hours * 3_600_000).toISOString();

describe('the daily check', () => {
  it.each([
    ['not asked yet', 'ask', null, false],
    ['refused', 'refused', null, false],
    ['allowed, never checked', 'allowed', null, true],
    ['allowed, checked 23 h ago', 'allowed', hoursAgo(23), false],
    ['allowed, checked 24 h ago', 'allowed', hoursAgo(24), true],
    ['allowed, checked a week ago', 'allowed', hoursAgo(24 * 7), true],
    ['allowed, last check "in the future" (clock set back)', 'allowed', hoursAgo(-5), false],
    ['allowed, last check unreadable', 'allowed', 'not a date', true],
  ] as const)('%s → due: %s', (_name, consent, lastCheckAt, due) => {
    expect(catalogCheckDue({ consent, lastCheckAt, now })).toBe(due);
  });

  it('says when to look again: a day after the last check, and never without consent', () => {
    expect(nextCheckAt({ consent: 'allowed', lastCheckAt: hoursAgo(2), now })?.getTime()).toBe(
      now.getTime() - 2 * 3_600_000 + CHECK_INTERVAL_MS,
    );
    expect(nextCheckAt({ consent: 'allowed', lastCheckAt: hoursAgo(-5), now })?.getTime()).toBe(now.getTime() + CHECK_INTERVAL_MS);
    expect(nextCheckAt({ consent: 'ask', lastCheckAt: null, now })).toBeNull();
  });
});

describe('app updates', () => {
  it.each([
    [true, true, true],
    [true, false, false],
    [false, true, false],
    [false, false, false],
  ] as const)('desktop %s, packaged %s → supported %s', (desktop, packaged, supported) => {
    expect(appUpdatesSupported({ desktop, packaged })).toBe(supported);
    expect(appUpdateCheckDue({ consent: 'allowed', lastCheckAt: null, now, host: { desktop, packaged } })).toBe(supported);
  });

  it('needs consent and waits a day, like the catalog check', () => {
    const host = { desktop: true, packaged: true };
    expect(appUpdateCheckDue({ consent: 'ask', lastCheckAt: null, now, host })).toBe(false);
    expect(appUpdateCheckDue({ consent: 'allowed', lastCheckAt: hoursAgo(3), now, host })).toBe(false);
  });
});
