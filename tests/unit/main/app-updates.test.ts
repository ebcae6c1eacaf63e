/**
 * App updates (issue 11): only with consent, at most once a day, never in an unpackaged build. The
 * updater itself is the double of tests/support/app-updater-double.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCatalog } from '@shared/catalog/index';
import { defaultState } from '@shared/domain/defaults';
import type { FetchConsent } from '@shared/domain/types';
import { memoryStorage } from '../../support/memory-storage';
import { appUpdaterDouble } from '../../support/app-updater-double';
import { createStateService } from '../../../src/main/state/state-service';
import { fileCheckLog } from '../../../src/main/catalog/check-log';
import { setupAppUpdates } from '../../../src/main/updates/app-updates';

let dataDir = '';
let now = new Date('2026-12-01T12:00:00Z');
const clock = { now: () => now };

beforeEach(() => {
  vi.useFakeTimers({ now });
  dataDir = mkdtempSync(join(tmpdir(), 'objector-updates-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dataDir, { recursive: true, force: true });
  now = new Date('2026-12-01T12:00:00Z');
});

function setup(consent: FetchConsent, packaged: boolean) {
  const state = createStateService(
    memoryStorage({ ...defaultState(), settings: { ...defaultState().settings, appUpdates: consent } }),
    builtInCatalog(),
    clock,
  );
  const double = appUpdaterDouble();
  const updates = setupAppUpdates({
    state,
    clock,
    log: fileCheckLog(dataDir),
    packaged,
    createUpdater: double.create,
    startDelayMs: 1_000,
  });
  return { state, double, updates };
}

describe('app updates', () => {
  it('never load the updater in an unpackaged build, even when allowed', async () => {
    const { double, updates } = setup('allowed', false);
    expect(await updates.runIfDue()).toBe(false);
    await vi.advanceTimersByTimeAsync(3 * 86_400_000);
    expect(double.created()).toBe(0);
    updates.stop();
  });

  it.each(['ask', 'refused'] as const)('never check while the answer is “%s”', async (consent) => {
    const { double, updates } = setup(consent, true);
    await vi.advanceTimersByTimeAsync(3 * 86_400_000);
    expect(await updates.runIfDue()).toBe(false);
    expect(double.checks()).toBe(0);
    updates.stop();
  });

  it('check once after start-up when allowed, then at most once a day', async () => {
    const { double, updates } = setup('allowed', true);
    await vi.advanceTimersByTimeAsync(999);
    expect(double.checks()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(double.checks()).toBe(1);
    expect(await updates.runIfDue()).toBe(false);
    now = new Date(now.getTime() + 23 * 3_600_000);
    expect(await updates.runIfDue()).toBe(false);
    now = new Date(now.getTime() + 3_600_000);
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(double.checks()).toBe(2);
    expect(double.created()).toBe(1);
    updates.stop();
  });

  it('start when the person allows them, and a failed check waits for the next day', async () => {
    const { double, updates, state } = setup('ask', true);
    double.fail = true;
    state.dispatch({ kind: 'set-settings', patch: { appUpdates: 'allowed' } });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(double.checks()).toBe(1);
    expect(await updates.runIfDue()).toBe(false);
    state.dispatch({ kind: 'set-settings', patch: { appUpdates: 'refused' } });
    now = new Date(now.getTime() + 2 * 86_400_000);
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(double.checks()).toBe(1);
    updates.stop();
  });
});
