/**
 * The guided window in the real app: the account view uses its account's partition, refuses a
 * disallowed host, denies permissions, and keeps proof after a confirmation. The account view is
 * pointed at fixture pages on 127.0.0.1 through OBJECTOR_E2E_ENTRY_URL (honoured only by an
 * unpackaged app; see src/main/guide/e2e-override.ts). Skipped, loudly, without the Electron binary.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../support/electron-binary';
import { serveStatic, type StaticServer } from '../../scripts/static-server';

const binary = findElectronBinary();
test.skip(!binary.found, `Electron binary missing: ${binary.found ? '' : binary.reason}`);

const CAMPAIGN = 'meta-ai-training-eu-2025';

interface ObjectorWindow {
  objector: {
    dispatch(command: unknown): Promise<{ ok: boolean; snapshot?: { state: { accounts: { id: string; label: string }[] } } }>;
    openGuide(arg: { accountId: string; campaignId: string }): Promise<void>;
  };
}

async function pageAt(app: ElectronApplication, prefix: string): Promise<Page> {
  let found: Page | undefined;
  await expect
    .poll(() => {
      found = app.windows().find((candidate) => candidate.url().startsWith(prefix));
      return found !== undefined;
    })
    .toBe(true);
  if (found === undefined) throw new Error(`no page at ${prefix}`);
  return found;
}

test('the account view is isolated, guarded, and keeps proof of a confirmation', async () => {
  if (!binary.found) return;
  const server: StaticServer = await serveStatic(resolve(import.meta.dirname, '../fixtures/e2e'));
  const userData = mkdtempSync(join(tmpdir(), 'objector-e2e-guide-'));
  const app = await electron.launch({
    executablePath: binary.path,
    args: ['.', `--user-data-dir=${userData}`],
    env: { ...process.env, OBJECTOR_USER_DATA: userData, OBJECTOR_E2E: '1', OBJECTOR_E2E_ENTRY_URL: `${server.url}/form.html` },
  });
  try {
    const checklist = await app.firstWindow();
    const accountId = await checklist.evaluate(async (campaignId) => {
      const api = (window as unknown as ObjectorWindow).objector;
      const result = await api.dispatch({
        kind: 'add-account',
        platform: 'facebook',
        label: 'E2E account',
        email: 'e2e@example.org',
        group: { kind: 'none' },
        campaignIds: [campaignId],
      });
      const account = result.snapshot?.state.accounts.find((item) => item.label === 'E2E account');
      if (account === undefined) throw new Error('account not added');
      await api.openGuide({ accountId: account.id, campaignId });
      return account.id;
    }, CAMPAIGN);

    const page = await pageAt(app, `${server.url}/form.html`);
    await expect(page.getByRole('heading', { name: /Object to Your Information/ })).toBeVisible();

    // Its own persistent partition: persist:account-<id> lives in Partitions/account-<id>.
    const storage = await app.evaluate(({ webContents }, prefix) => {
      const contents = webContents.getAllWebContents().find((item) => item.getURL().startsWith(prefix));
      return contents?.session.getStoragePath() ?? null;
    }, server.url);
    expect(storage).toContain(`account-${accountId}`);

    // No Node in the account view, and no Electron/Objector token in its user agent.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => navigator.userAgent)).not.toMatch(/Electron|Objector/);

    // Every permission is denied.
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
    expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).toBe('denied');

    // A navigation to a host outside the policy is refused (http://localhost is not the allowed origin).
    const disallowed = server.url.replace('127.0.0.1', 'localhost') + '/disallowed.html';
    await page.evaluate((url) => {
      window.location.href = url;
    }, disallowed);
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(`${server.url}/form.html`);

    // The person presses Send; the page confirms in place; the panel proposes; Yes saves proof.
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByText('We will honour your objection')).toBeVisible();
    const panel = await pageAt(app, 'app://objector/index.html?view=guide');
    await expect(panel.getByTestId('guide-detection')).toBeVisible({ timeout: 15_000 });
    await panel.getByRole('button', { name: 'Yes, it is' }).click();
    await expect(panel.getByTestId('guide-proof')).toBeVisible({ timeout: 15_000 });

    const root = join(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData')), 'evidence', accountId);
    const folders = readdirSync(root);
    expect(folders).toHaveLength(1);
    for (const name of ['page.png', 'page.pdf', 'record.json']) expect(existsSync(join(root, folders[0] ?? '', name))).toBe(true);
  } finally {
    await app.close();
    await server.close();
  }
});
