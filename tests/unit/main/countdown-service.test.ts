/** The countdown service on the shared ticker: changes, resume, wake sources, zone key. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { powerMonitorMock, resetElectronMock } from '../../support/electron-mock';
import { systemZoneKey } from '../../../src/main/countdown-service';
import { stateWith } from '../../support/domain-fixtures';
import { before } from '../shared/tray-fixtures';
import { harness } from './tray-harness';

const HOUR = 3_600_000;

describe('setupCountdown', () => {
  beforeEach(() => resetElectronMock());

  it('computes the view at once and tells listeners only when the text changes', () => {
    const { world, countdown } = harness(before(10.5), stateWith({}));
    expect(countdown.current()?.text).toBe('10 hours left');
    const seen: string[] = [];
    countdown.onChange((view) => seen.push(view?.text ?? ''));
    world.advance(2 * HOUR);
    expect(seen).toEqual(['9 hours left', '8 hours left']);
    expect(countdown.wakeups()).toBe(2);
    countdown.dispose();
  });

  it('catches up on powerMonitor resume', () => {
    const { world, countdown } = harness(before(10.5), stateWith({}));
    world.suspend(5 * HOUR);
    powerMonitorMock.emit('resume');
    expect(countdown.current()?.text).toBe('5 hours left');
    countdown.dispose();
    expect(powerMonitorMock.listenerCount('resume')).toBe(0);
  });

  it('shares its one timer with other wake sources', () => {
    const { world, countdown } = harness(before(100), stateWith({}));
    const woken: Date[] = [];
    const off = countdown.addWakeSource({ next: (now) => new Date(now.getTime() + HOUR), onWake: (wake) => woken.push(wake.now) });
    world.advance(3 * HOUR);
    expect(woken).toHaveLength(3); // on adding, then after each hour
    expect(world.pendingCount()).toBe(1);
    off();
    countdown.dispose();
    expect(world.pendingCount()).toBe(0);
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
