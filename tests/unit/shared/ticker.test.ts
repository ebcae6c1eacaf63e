/** The adaptive ticker with a fake clock: one wake per display change, DST, sleep and clock changes. */
import { describe, expect, it } from 'vitest';
import { MAX_SLEEP_MS, sleepDuration, startTicker, WAKE_SLACK_MS, type Wake } from '@shared/tray/ticker';
import { loadMessages } from '@shared/i18n/load';
import { formatAmount, nextCountdownChange, readCountdown } from '@shared/domain/countdown';
import { before, DEADLINE } from './tray-fixtures';
import { TickerWorld } from './ticker-world';

const HOUR = 3_600_000;
const en = await loadMessages('en');
const deadline = { instant: DEADLINE };
/** What the tray displays at `now` (phase and words), the thing whose changes we count. */
const display = (at: { instant: string }, now: Date): string => {
  const read = readCountdown(at, now);
  return `${read.phase} ${formatAmount(read, en.duration.left, 'en-GB')}`;
};
const reading = (now: Date): string => display(deadline, now);

/** A countdown ticker in `world` for `to` (the test deadline by default), recording what it displays and every wake. */
function countdownTicker(world: TickerWorld, zoneKey?: (now: Date) => string, to: { instant: string } = deadline) {
  const wakes: Wake[] = [];
  let shown = '';
  let changes = 0;
  const ticker = startTicker({
    clock: world.clock,
    timers: world.timers,
    next: (now) => nextCountdownChange(to, now),
    onWake: (wake) => {
      wakes.push(wake);
      const text = display(to, wake.now);
      if (text !== shown && wake.reason !== 'start') changes += 1;
      shown = text;
    },
    ...(zoneKey === undefined ? {} : { zoneKey }),
  });
  return { ticker, wakes, shown: () => shown, changes: () => changes };
}

describe('sleepDuration', () => {
  it('sleeps until just after the next change, capped', () => {
    const now = new Date(0);
    expect(sleepDuration(now, new Date(1000))).toBe(1000 + WAKE_SLACK_MS);
    expect(sleepDuration(now, new Date(30 * 24 * HOUR))).toBe(MAX_SLEEP_MS);
    expect(sleepDuration(now, null)).toBe(MAX_SLEEP_MS);
    expect(sleepDuration(new Date(5000), new Date(1000))).toBe(WAKE_SLACK_MS);
  });
});

describe('the countdown ticker', () => {
  it('wakes exactly once per display change around the deadline (ratio 1.0) and is never stale', () => {
    const world = new TickerWorld(before(47.5));
    const run = countdownTicker(world);
    // Sample half a minute off the grid the display changes on: the display must always be current.
    world.advance(30_000);
    for (let minute = 0; minute < 95 * 60; minute += 1) {
      world.advance(60_000);
      expect(run.shown(), world.clock.now().toISOString()).toBe(reading(world.clock.now()));
    }
    expect(run.ticker.wakeups()).toBeGreaterThan(100);
    expect(run.ticker.wakeups() / run.changes()).toBe(1);
  });

  it('sleeps far from the deadline: under 30 wakes a day', () => {
    const world = new TickerWorld(before(30 * 24));
    const run = countdownTicker(world);
    world.advance(24 * HOUR);
    expect(run.ticker.wakeups()).toBeLessThanOrEqual((24 * HOUR) / MAX_SLEEP_MS + 1);
    expect(run.shown()).toBe(reading(world.clock.now()));
  });

  it('keeps one timer only, and none once stopped', () => {
    const world = new TickerWorld(before(10));
    const run = countdownTicker(world);
    run.ticker.wake('refresh');
    run.ticker.wake('refresh');
    expect(world.pendingCount()).toBe(1);
    run.ticker.stop();
    expect(world.pendingCount()).toBe(0);
    expect(run.ticker.nextWakeAt()).toBeNull();
  });
});

describe('DST in Europe/Paris', () => {
  // 30 March 2025, 01:00 UTC: Paris goes from UTC+1 to UTC+2.
  const switchAt = Date.parse('2025-03-30T01:00:00Z');
  const parisKey = (now: Date): string => (now.getTime() < switchAt ? 'Europe/Paris -60' : 'Europe/Paris -120');
  const dstDeadline = { instant: '2025-03-31T06:00:00Z' };

  it('counts real hours across the switch, wakes once per change, and reports the zone change once', () => {
    const world = new TickerWorld(new Date(Date.parse(dstDeadline.instant) - 47.5 * HOUR));
    const { ticker, wakes, changes } = countdownTicker(world, parisKey, dstDeadline);
    world.advance(46 * HOUR);
    expect(ticker.wakeups() / changes()).toBe(1);
    expect(wakes.filter((wake) => wake.zoneChanged)).toHaveLength(1);
    const hoursAcross = wakes.filter((wake) => wake.now.getTime() > switchAt - 3 * HOUR && wake.now.getTime() < switchAt + 3 * HOUR);
    // An hourly display keeps changing every real hour: the switch neither skips nor repeats one.
    expect(hoursAcross.length).toBe(6);
  });
});

describe('sleep, resume and clock changes', () => {
  it('catches up at once on resume and drops the stale timer', () => {
    const world = new TickerWorld(before(10));
    const run = countdownTicker(world);
    world.suspend(5 * HOUR);
    expect(run.shown()).not.toBe(reading(world.clock.now()));
    run.ticker.wake('resume');
    expect(run.shown()).toBe(reading(world.clock.now()));
    expect(world.pendingCount()).toBe(1);
    const next = nextCountdownChange(deadline, world.clock.now());
    expect(run.ticker.nextWakeAt()?.getTime()).toBe((next?.getTime() ?? 0) + WAKE_SLACK_MS);
  });

  it('recovers when the clock is set backwards: one extra wake, then on time again', () => {
    const world = new TickerWorld(before(10));
    const run = countdownTicker(world);
    world.setWall(before(12));
    world.advance(HOUR);
    expect(run.shown()).toBe(reading(world.clock.now()));
    const wakesAfterJump = run.ticker.wakeups();
    world.advance(3 * HOUR);
    expect(run.ticker.wakeups() - wakesAfterJump).toBe(3);
    expect(run.shown()).toBe(reading(world.clock.now()));
  });

  it('is at most one cap late when the clock jumps forward without a resume event', () => {
    const world = new TickerWorld(before(30 * 24));
    const run = countdownTicker(world);
    world.setWall(before(3 * 24));
    world.advance(MAX_SLEEP_MS);
    expect(run.shown()).toBe(reading(world.clock.now()));
  });
});
