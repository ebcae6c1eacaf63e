import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import type { EvidenceRecord } from '@shared/domain/types';
import type { GuideView } from '@shared/ipc/contract';
import {
  asReal,
  FakeBaseWindow,
  FakeWebContents,
  type FakeWebContentsView,
  ipcMainMock,
  resetElectronMock,
  shellMock,
} from '../../support/electron-mock';
import { trustWebContents } from '../../../src/main/ipc/handle';
import { setupGuide } from '../../../src/main/ipc/guide-handlers';
import { evidenceFolder } from '../../../src/main/evidence/evidence-store';
import { CAMPAIGN, FB1, guideDeps } from './guide-support';

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
});
afterEach(() => {
  for (const window of FakeBaseWindow.getAllWindows()) window.destroy();
  vi.useRealTimers();
});

async function opened() {
  const deps = guideDeps();
  setupGuide(deps);
  const checklist = new FakeWebContents();
  checklist.url = 'app://objector/index.html?view=checklist';
  trustWebContents(asReal<WebContents>(checklist));
  await ipcMainMock.invoke('guide:open', checklist, { accountId: FB1, campaignId: CAMPAIGN });
  const views = FakeBaseWindow.all[0]?.contentView.children as FakeWebContentsView[] | undefined;
  const panel = views?.[0]?.webContents;
  const page = views?.[1]?.webContents;
  if (panel === undefined || page === undefined) throw new Error('no views');
  return { deps, panel, page };
}

async function confirmationShown(page: FakeWebContents, url: string): Promise<void> {
  page.url = url;
  page.probeResult = 'Thank you. We will honour your objection going forward.';
  page.emit('did-navigate', {}, url, 200, 'OK');
  page.emit('did-finish-load');
  await vi.advanceTimersByTimeAsync(0);
}

describe('guide IPC', () => {
  it('tells the panel what it shows, and pushes changes', async () => {
    const { panel, page } = await opened();
    const view = (await ipcMainMock.invoke('guide:get', panel)) as GuideView;
    expect(view).toMatchObject({ accountId: FB1, campaignId: CAMPAIGN, platform: 'facebook' });
    page.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', page.url, true);
    const last = panel.sent.filter((message) => message.channel === 'guide:changed').at(-1)?.payload as GuideView;
    expect(last.problem).toBe('load-error');
  });

  it('refuses calls from the account page itself', async () => {
    const { page } = await opened();
    await expect(ipcMainMock.invoke('guide:get', page)).rejects.toThrow(/Refused/);
  });

  it('moves to the next address and opens the current one in the system browser (https only)', async () => {
    const { panel, page } = await opened();
    await ipcMainMock.invoke('guide:go', panel, { kind: 'entry', index: 1 });
    expect(page.loaded).toHaveLength(2);
    await ipcMainMock.invoke('guide:open-in-browser', panel);
    expect(shellMock.opened).toEqual([page.loaded[1]]);
  });

  it('on an accepted confirmation records it and saves proof files', async () => {
    const { deps, panel, page } = await opened();
    const url = 'https://www.facebook.com/help/contact/6359191084165019?submitted=1';
    await confirmationShown(page, url);
    expect(((await ipcMainMock.invoke('guide:get', panel)) as GuideView).detection?.url).toBe(url);
    await ipcMainMock.invoke('guide:answer-detection', panel, { accept: true });
    const state = deps.state.get();
    expect(state.events.some((event) => event.kind === 'confirmed-on-page' && event.url === url)).toBe(true);
    expect(state.events.some((event) => event.kind === 'evidence-saved')).toBe(true);
    const record = state.evidence[0];
    if (record === undefined) throw new Error('no proof saved');
    for (const file of record.files) expect(existsSync(join(evidenceFolder(record), file.name))).toBe(true);
    expect(((await ipcMainMock.invoke('guide:get', panel)) as GuideView).lastEvidence?.id).toBe(record.id);
  });

  it('on a rejected confirmation records nothing', async () => {
    const { deps, panel, page } = await opened();
    await confirmationShown(page, 'https://www.facebook.com/help/contact/1?x');
    await ipcMainMock.invoke('guide:answer-detection', panel, { accept: false });
    expect(deps.state.get().events.some((event) => event.kind === 'confirmed-on-page')).toBe(false);
    expect(deps.state.get().evidence).toEqual([]);
  });

  it('saves proof on demand', async () => {
    const { deps, panel } = await opened();
    const result = (await ipcMainMock.invoke('guide:capture', panel)) as { ok: boolean; record: EvidenceRecord };
    expect(result.ok).toBe(true);
    expect(deps.state.get().evidence.map((item) => item.id)).toEqual([result.record.id]);
  });

  it('forgets the login of a known account and reloads its first address', async () => {
    const { panel, page } = await opened();
    const session = page.session;
    if (session.storagePath !== null) mkdirSync(session.storagePath, { recursive: true });
    await ipcMainMock.invoke('session:forget', panel, { accountId: FB1 });
    expect(session.clearedAll).toBe(1);
    // The folder stays while its session lives; it goes at the next start (guide-session-cleanup.test.ts).
    expect(session.storagePath !== null && existsSync(session.storagePath)).toBe(true);
    expect(page.loaded.at(-1)).toBe(page.loaded[0]);
  });

  it('forgets the session and closes the window when the account is removed', async () => {
    const { deps, page } = await opened();
    const session = page.session;
    deps.state.dispatch({ kind: 'remove-account', accountId: FB1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(session.clearedAll).toBe(1);
    expect(page.destroyed).toBe(true);
  });
});
