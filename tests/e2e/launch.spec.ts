/**
 * Launches the built desktop app with Playwright's `_electron` and checks the checklist window and
 * an IPC round trip. Skipped, loudly, where the Electron binary is missing.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../support/electron-binary';

const binary = findElectronBinary();
test.skip(!binary.found, `Electron binary missing: ${binary.found ? '' : binary.reason}`);

test('the app starts, opens the checklist and answers over IPC', async () => {
  if (!binary.found) return;
  const userData = mkdtempSync(join(tmpdir(), 'objector-e2e-'));
  const app = await electron.launch({
    executablePath: binary.path,
    args: ['.', `--user-data-dir=${userData}`],
    env: { ...process.env, OBJECTOR_USER_DATA: userData, OBJECTOR_E2E: '1' },
  });
  try {
    const window = await app.firstWindow();
    // A new installation starts with the three first-run screens, then the checklist.
    await expect(window.getByTestId('onboarding')).toBeVisible();
    for (let step = 0; step < 2; step++) await window.getByTestId('onboarding-next').click();
    await window.getByTestId('onboarding-start').click();
    await window.keyboard.press('Escape'); // the "add your first account" dialog
    await expect(window.getByTestId('countdown')).toHaveAttribute('data-phase', /passed|upcoming|due-soon/);
    const sandboxed = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined');
    expect(sandboxed).toBe(true);
    // The countdown is no longer a channel of its own (issue 15): the snapshot carries the catalog it is computed from.
    const campaigns = await window.evaluate(async () => {
      const api = (window as unknown as { objector: { getState(): Promise<{ catalog: { catalog: { campaigns: unknown[] } } }> } }).objector;
      return (await api.getState()).catalog.catalog.campaigns.length;
    });
    expect(campaigns).toBeGreaterThan(0);
  } finally {
    await app.close();
  }
});
