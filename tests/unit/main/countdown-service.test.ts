/** The shared ticker in main: wake sources, one timer, resume from sleep, zone key. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { powerMonitorMock, resetElectronMock } from '../../support/electron-mock';
import { systemZoneKey } from '../../../src/main/countdown-service';
import { stateWith } from '../../support/domain-fixtures';
import { before } from '../shared/tray-fixtures';
import { harness } from './tray-harness';

const HOUR = 3_600_000;

describe('setupCountdown (the shared ticker)', () => {
  beforeEach(() => resetElectronMock());

  it('sleeps until the earliest wake source is due, with one timer for all', () => {
    const { world, ticker } = harness(before(100), stateWith({}));
    const woken: string[] = [];
    const offHourly = ticker.addWakeSource({ next: (now) => new Date(now.getTime() + HOUR), onWake: () => woken.push('hourly') });
    const offDaily = ticker.addWakeSource({ next: (now) => new Date(now.getTime() + 24 * HOUR), onWake: () => woken.push('daily') });
    woken.length = 0;
    world.advance(3 * HOUR + 1000);
    // Every wake reaches every source; the timer follows the hourly one.
    expect(ticker.wakeups()).toBe(3);
    expect(woken.filter((name) => name === 'hourly')).toHaveLength(3);
    expect(world.pendingCount()).toBe(1);
    offHourly();
    offDaily();
    ticker.dispose();
    expect(world.pendingCount()).toBe(0);
  });

  it('with nothing to wait for, still wakes every 6 hours to re-read the clock', () => {
    const { world, ticker } = harness(before(100), stateWith({}));
    world.advance(24 * HOUR);
    expect(ticker.wakeups()).toBe(4);
    ticker.dispose();
  });

  it('catches up on powerMonitor resume', () => {
    const { world, ticker } = harness(before(10.5), stateWith({}));
    const seen: Date[] = [];
    ticker.addWakeSource({ next: () => null, onWake: (wake) => seen.push(wake.now) });
    world.suspend(5 * HOUR);
    powerMonitorMock.emit('resume');
    expect(seen.at(-1)?.getTime()).toBe(before(5.5).getTime());
    ticker.dispose();
    expect(powerMonitorMock.listenerCount('resume')).toBe(0);
  });
});

describe('systemZoneKey', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('changes across a DST switch in Europe/Paris', () => {
    process.env.TZ = 'Europe/Paris';
    const winter = systemZoneKey(new Date('2025-03-30T00:30:00Z'));
    const summer = systemZoneKey(new Date('2025-03-30T01:30:00Z'));
    expect(winter).not.toBe(summer);
    expect(summer).toContain('-120');
  });
});
