/**
 * The tray in the real app: it exists and shows the countdown, its menu opens the checklist, and
 * a fired reminder's click opens the guided window on that account. Electron cannot list trays or
 * notifications, so main exposes test hooks on `globalThis.__objectorE2E` (only with OBJECTOR_E2E=1
 * in an unpackaged app). The account view is pointed at a fixture page on 127.0.0.1. Skipped,
 * loudly, where the Electron binary is missing.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { findElectronBinary } from '../support/electron-binary';

const binary = findElectronBinary();
test.skip(!binary.found, `Electron binary missing: ${binary.found ? '' : binary.reason}`);

/** The hooks as seen from `app.evaluate` (a structural copy of src/main/tray/e2e-hooks.ts). */
interface Hooks {
  trayView?: () => { icon: string; tooltip: string; menu: { kind: string; label?: string }[] };
  trayMenu?: () => { items: { label: string; click: () => void }[] } | null;
  dispatch?: (command: unknown) => { ok: boolean };
  reminders: { title: string; body: string; click: () => void }[];
}

let server: Server;
let formUrl = '';

test.beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Objection form</title><h1>Right to object</h1><form><textarea></textarea></form>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  formUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/form.html`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function launchHidden(): Promise<ElectronApplication> {
  if (!binary.found) throw new Error('unreachable');
  const userData = mkdtempSync(join(tmpdir(), 'objector-e2e-tray-'));
  return electron.launch({
    executablePath: binary.path,
    args: ['.', '--hidden', `--user-data-dir=${userData}`],
    env: { ...process.env, OBJECTOR_USER_DATA: userData, OBJECTOR_E2E: '1', OBJECTOR_E2E_ENTRY_URL: formUrl },
  });
}

async function hooksReady(app: ElectronApplication): Promise<void> {
  await expect
    .poll(() => app.evaluate(() => typeof (globalThis as { __objectorE2E?: Hooks }).__objectorE2E?.trayView === 'function'), {
      timeout: 20_000,
    })
    .toBe(true);
}

test('the tray exists, shows the countdown, and its menu opens the checklist', async () => {
  const app = await launchHidden();
  try {
    await hooksReady(app);
    const view = await app.evaluate(() => (globalThis as unknown as { __objectorE2E: Hooks }).__objectorE2E.trayView?.());
    expect(view?.icon).toMatch(/^(idle|todo|due-soon|passed-todo|done)$/);
    expect(view?.tooltip).toContain('Objector');
    expect(view?.menu[0]?.kind).toBe('label');
    expect(app.windows()).toHaveLength(0);

    const opened = app.waitForEvent('window');
    const clicked = await app.evaluate(() => {
      const menu = (globalThis as unknown as { __objectorE2E: Hooks }).__objectorE2E.trayMenu?.();
      const item = menu?.items.find((candidate) => candidate.label === 'Open checklist');
      item?.click();
      return item !== undefined;
    });
    expect(clicked).toBe(true);
    const window = await opened;
    expect(window.url()).toContain('view=checklist');
  } finally {
    await app.close();
  }
});

test('a fired reminder’s click opens the guided window on its account', async () => {
  const app = await launchHidden();
  try {
    await hooksReady(app);
    // One account on the Meta campaign: past its deadline, the weekly nudge is due at once.
    const added = await app.evaluate(
      () =>
        (globalThis as unknown as { __objectorE2E: Hooks }).__objectorE2E.dispatch?.({
          kind: 'add-account',
          platform: 'facebook',
          label: 'e2e',
          email: null,
          group: { kind: 'none' },
          campaignIds: ['meta-ai-training-eu-2025'],
        }).ok,
    );
    expect(added).toBe(true);
    await expect
      .poll(() => app.evaluate(() => (globalThis as unknown as { __objectorE2E: Hooks }).__objectorE2E.reminders.length))
      .toBeGreaterThan(0);
    const opened = app.waitForEvent('window');
    await app.evaluate(() => (globalThis as unknown as { __objectorE2E: Hooks }).__objectorE2E.reminders[0]?.click());
    const window = await opened;
    expect(window.url()).toContain('view=guide');
  } finally {
    await app.close();
  }
});
