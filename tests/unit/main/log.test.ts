/**
 * The log holds what happened, never who: no e-mail address, no account label, no page text.
 * A whole scenario runs with a sink collecting every line, then the lines are searched for the
 * person's data; the file transport writes to app.getPath('logs')/main.log and nothing else.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import {
  appMock,
  asReal,
  FakeBaseWindow,
  FakeWebContents,
  type FakeWebContentsView,
  ipcMainMock,
  resetElectronMock,
} from '../../support/electron-mock';
import { cleanValue, errorFields, formatLine, log, setLogHome, setLogSink } from '../../../src/main/log/log';
import { setupFileLog } from '../../../src/main/log/file-log';
import { setupGuide } from '../../../src/main/ipc/guide-handlers';
import { trustWebContents } from '../../../src/main/ipc/handle';
import { CAMPAIGN, FB1, guideDeps } from './guide-support';

const lines: string[] = [];
beforeEach(() => {
  resetElectronMock();
  lines.length = 0;
  setLogSink({ write: (level, line) => lines.push(`${level} ${line}`) });
  vi.useFakeTimers();
});
afterEach(() => {
  for (const window of FakeBaseWindow.getAllWindows()) window.destroy();
  vi.useRealTimers();
  setLogSink(null);
});

describe('the log port', () => {
  it('scrubs e-mail addresses and the home folder from every value, and cuts long texts', () => {
    setLogHome('/home/marie');
    expect(cleanValue('sent to marie.dupont+objector@example.org today')).toBe('sent to <e-mail> today');
    expect(cleanValue('/home/marie/.config/Objector/objector-state.json')).toBe('~/.config/Objector/objector-state.json');
    expect(cleanValue('x'.repeat(400))).toHaveLength(301);
    expect(formatLine('store.saved', { seq: 3, path: 'a b', ok: true })).toBe('store.saved seq=3 path="a b" ok=true');
    expect(errorFields(Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toEqual({ error: 'ENOSPC', message: 'no space' });
    setLogHome(homedir());
  });

  it('keeps the lines logged before the log file was set up, and writes them first', () => {
    setLogSink(null);
    log.info('early.one');
    const later: string[] = [];
    setLogSink({ write: (_level, line) => later.push(line) });
    expect(later).toEqual(['early.one']);
  });

  it('writes the log file in the app’s log folder', () => {
    setupFileLog(appMock.getPath('logs'));
    log.warn('file.check', { n: 1 });
    const file = join(appMock.getPath('logs'), 'main.log');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/\[warn\]\s+file\.check n=1/);
  });
});

describe('what main logs', () => {
  it('a whole guided session logs ids and outcomes, never an e-mail, a label or page text', async () => {
    const deps = guideDeps();
    setupGuide(deps);
    const checklist = new FakeWebContents();
    checklist.url = 'app://objector/index.html?view=checklist';
    trustWebContents(asReal<WebContents>(checklist));
    await ipcMainMock.invoke('guide:open', checklist, { accountId: FB1, campaignId: CAMPAIGN });
    const views = FakeBaseWindow.all[0]?.contentView.children as FakeWebContentsView[];
    const page = views[1]?.webContents;
    if (page === undefined) throw new Error('no page');
    // The platform's page text names the person; the probe reads it.
    const pageText = 'Thank you, Marie Dupont (marie@example.org). We will honour your objection going forward.';
    page.url = 'https://www.facebook.com/help/contact/confirm?name=Marie';
    page.probeResult = pageText;
    page.emit('did-navigate', {}, page.url, 200, 'OK');
    page.emit('did-finish-load');
    await vi.advanceTimersByTimeAsync(0);
    await ipcMainMock.invoke('guide:answer-detection', views[0]?.webContents ?? checklist, { accept: true }).catch(() => undefined);
    page.emitNavigation('will-navigate', 'https://evil.example/?email=marie@example.org');
    page.emitNavigation('will-navigate', 'javascript:alert("marie@example.org")');
    page.crash('crashed');
    await ipcMainMock.invoke('guide:open', new FakeWebContents(), { accountId: FB1, campaignId: CAMPAIGN }).catch(() => undefined);
    const all = lines.join('\n');
    expect(all).toMatch(/detection\.proposed accountId=/);
    expect(all).toMatch(/navigation\.external-refused host=evil\.example/);
    expect(all).toMatch(/navigation\.refused window=account host=javascript:/);
    expect(all).toMatch(/guide\.page-gone/);
    expect(all).toMatch(/ipc\.refused channel=guide:open reason=sender/);
    expect(all).toContain(FB1);
    for (const personal of ['marie@example.org', 'Marie', 'Dupont', 'honour your objection', 'marie@work.example', '@marie']) {
      expect(all, personal).not.toContain(personal);
    }
  });
});
