import { beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { unzipSync, strFromU8 } from 'fflate';
import ICAL from 'ical.js';
import { appMock, asReal, dialogMock, FakeWebContents, ipcMainMock, resetElectronMock } from '../../support/electron-mock';
import { trustWebContents } from '../../../src/main/ipc/handle';
import { setupProofIpc } from '../../../src/main/ipc/proof-handlers';
import { createStateService, type StateService } from '../../../src/main/state/state-service';
import { evidenceFolder } from '../../../src/main/evidence/evidence-store';
import { memoryStorage } from '../../support/memory-storage';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { deriveStatus } from '../../../src/shared/domain/status';
import { emailConfidence } from '../../../src/shared/proof/confidence';
import { loadMessages } from '../../../src/shared/i18n/load';
import type { ProofFileOutcome } from '../../../src/shared/ipc/contract';
import { accountId, META } from '../../support/domain-fixtures';
import { proofState, PROOF_NOW } from '../../support/proof-fixtures';

const catalog = builtInCatalog();
const FB = accountId(4); // Jean, Facebook, sent 25 Nov 2026
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/email', name)));
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let state: StateService;
let window: FakeWebContents;

beforeEach(async () => {
  resetElectronMock();
  state = createStateService(memoryStorage(proofState()), catalog, { now: () => PROOF_NOW });
  const messages = await loadMessages('en');
  setupProofIpc({
    state,
    catalog,
    clock: { now: () => PROOF_NOW },
    language: () => ({ locale: 'en', messages, dateLocale: {} as never }),
    dataDir: appMock.getPath('userData'),
  });
  window = new FakeWebContents();
  window.url = 'app://objector/index.html?view=checklist';
  trustWebContents(asReal<WebContents>(window));
});

const drop = (name: string, bytes: Uint8Array, account = FB): Promise<ProofFileOutcome> =>
  ipcMainMock.invoke('proof:add-file', window, {
    accountId: account,
    campaignId: META,
    source: { kind: 'bytes', name, bytes },
  }) as Promise<ProofFileOutcome>;

describe('proof:add-file', () => {
  it('keeps a checked confirmation e-mail with its SHA-256 under the evidence folder and records confirmed-by-email', async () => {
    const bytes = fixture('plain-en.eml');
    const outcome = await drop('Your objection.eml', bytes);
    if (outcome.kind !== 'recorded') throw new Error(`not recorded: ${outcome.kind}`);
    expect(outcome.confirmed).toBe(true);
    expect(outcome.record).toMatchObject({
      origin: 'email',
      accountId: FB,
      email: { from: 'notification@facebookmail.com', senderRecognised: true, confirms: true },
    });
    const folder = evidenceFolder(outcome.record);
    expect(folder.startsWith(join(appMock.getPath('userData'), 'evidence', FB))).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['confirmation.eml', 'record.json']);
    expect(sha(new Uint8Array(readFileSync(join(folder, 'confirmation.eml'))))).toBe(sha(bytes));
    for (const file of outcome.record.files) expect(sha(new Uint8Array(readFileSync(join(folder, file.name))))).toBe(file.sha256);
    expect(JSON.parse(readFileSync(join(folder, 'record.json'), 'utf8'))).toMatchObject({
      origin: 'email',
      originalName: 'Your objection.eml',
    });
    expect(deriveStatus(state.get(), FB, META, catalog)).toMatchObject({ kind: 'confirmed', confidence: 'by-email' });
    expect(emailConfidence(state.get(), FB, META)).toBe('checked');
  });

  it('changes nothing for a look-alike sender until the person keeps it as their own proof', async () => {
    const before = state.get();
    const outcome = await drop('lookalike.eml', fixture('lookalike-sender.eml'));
    expect(outcome).toMatchObject({ kind: 'doubt', doubt: 'unknown-sender', from: 'notification@facebookmail.com.evil.example' });
    expect(state.get()).toBe(before);
    expect(existsSync(join(appMock.getPath('userData'), 'evidence', FB))).toBe(false);
    if (outcome.kind !== 'doubt') throw new Error('no doubt');
    const kept = await ipcMainMock.invoke('proof:keep-file', window, { pendingId: outcome.pendingId });
    expect(kept).toMatchObject({ kind: 'recorded', confirmed: true, record: { origin: 'file', email: { senderRecognised: false } } });
    expect(emailConfidence(state.get(), FB, META)).toBe('vouched');
    await expect(ipcMainMock.invoke('proof:keep-file', window, { pendingId: outcome.pendingId })).rejects.toThrow(/no longer waiting/);
  });

  it('takes a PDF of the e-mail only as the person’s own proof, and refuses what cannot be kept', async () => {
    expect(await drop('mail.pdf', new TextEncoder().encode('%PDF-1.7\n% a printed e-mail\n'))).toMatchObject({
      kind: 'doubt',
      doubt: 'picture',
      fileKind: 'pdf',
    });
    expect(await drop('form.eml', fixture('form-page-text.eml'))).toMatchObject({ kind: 'doubt', doubt: 'not-a-confirmation' });
    expect(await drop('garbage.bin', fixture('garbage.bin'))).toEqual({ kind: 'refused', refusal: 'unsupported' });
    expect(await drop('empty.eml', new Uint8Array(0))).toEqual({ kind: 'refused', refusal: 'empty' });
    const big = new Uint8Array(10 * 1024 * 1024);
    big.set(fixture('plain-en.eml'));
    big.fill(0x41, fixture('plain-en.eml').length);
    expect(await drop('big.eml', big)).toMatchObject({ kind: 'doubt', doubt: 'too-large' });
    expect(state.get().evidence).toHaveLength(1);
  });

  it('refuses bad payloads and changes nothing', async () => {
    const before = state.get();
    const invoke = (arg: unknown) => ipcMainMock.invoke('proof:add-file', window, arg);
    await expect(invoke({ accountId: 'not-an-id', campaignId: META, source: { kind: 'dialog' } })).rejects.toThrow(
      /Refused proof:add-file/,
    );
    await expect(invoke({ accountId: FB, campaignId: META, source: { kind: 'bytes', name: 'x', bytes: [1, 2, 3] } })).rejects.toThrow(
      /must be bytes/,
    );
    await expect(
      invoke({ accountId: FB, campaignId: META, source: { kind: 'bytes', name: 'x', bytes: new Uint8Array(21 * 1024 * 1024) } }),
    ).rejects.toThrow(/at most/);
    await expect(invoke({ accountId: FB, campaignId: META, source: { kind: 'path', path: '/etc/passwd' } })).rejects.toThrow(/Refused/);
    await expect(
      invoke({ accountId: accountId(99), campaignId: META, source: { kind: 'bytes', name: 'x', bytes: fixture('plain-en.eml') } }),
    ).rejects.toThrow(/no longer exists/);
    const stranger = new FakeWebContents();
    stranger.url = 'https://www.facebook.com/';
    await expect(
      ipcMainMock.invoke('proof:add-file', stranger, { accountId: FB, campaignId: META, source: { kind: 'dialog' } }),
    ).rejects.toThrow(/not an Objector window/);
    expect(state.get()).toBe(before);
  });

  it('opens the file the person picks in main’s own dialog (and nothing when cancelled)', async () => {
    expect(await ipcMainMock.invoke('proof:add-file', window, { accountId: FB, campaignId: META, source: { kind: 'dialog' } })).toEqual({
      kind: 'cancelled',
    });
    const path = join(appMock.getPath('userData'), 'picked.eml');
    writeFileSync(path, fixture('french-latin1.eml'));
    dialogMock.nextOpenPaths = [path];
    expect(
      await ipcMainMock.invoke('proof:add-file', window, { accountId: FB, campaignId: META, source: { kind: 'dialog' } }),
    ).toMatchObject({
      kind: 'recorded',
      record: { origin: 'email' },
    });
  });
});

describe('complaints, the proof pack and the calendar', () => {
  it('saves a complaint with the proof and puts it in the pack, with the page proof’s files and their hashes', async () => {
    const account = accountId(1);
    await expect(
      ipcMainMock.invoke('proof:save-complaint', window, { accountId: account, campaignId: META, authorityId: 'nowhere', text: 'x' }),
    ).rejects.toThrow(/Unknown authority/);
    await expect(
      ipcMainMock.invoke('proof:save-complaint', window, { accountId: account, campaignId: META, authorityId: 'ie-dpc', text: '' }),
    ).rejects.toThrow(/Refused/);
    await ipcMainMock.invoke('proof:save-complaint', window, {
      accountId: account,
      campaignId: META,
      authorityId: 'ie-dpc',
      text: 'Dear DPC,\n',
    });
    expect(await ipcMainMock.invoke('proof:complaints', window)).toMatchObject([
      { accountId: account, authorityId: 'ie-dpc', text: 'Dear DPC,\n' },
    ]);
    const path = join(appMock.getPath('userData'), 'pack.zip');
    dialogMock.nextSavePath = path;
    expect(await ipcMainMock.invoke('proof:export-pack', window, { accountId: account })).toEqual({ kind: 'packed', path, missing: 3 });
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    expect(strFromU8(files[`01-Marie-personal/complaint-${META}.txt`] ?? new Uint8Array())).toBe('Dear DPC,\n');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['summary.pdf', 'README.txt', 'SHA256SUMS']));
  });

  it('writes the calendar file where the person chooses', async () => {
    const path = join(appMock.getPath('userData'), 'dates.ics');
    dialogMock.nextSavePath = path;
    expect(await ipcMainMock.invoke('calendar:export', window)).toEqual({ kind: 'saved', path });
    const events = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')) as unknown[]).getAllSubcomponents('vevent');
    expect(events.map((event) => new ICAL.Event(event).summary)).toEqual([
      'Has Meta answered? (Jean)',
      'Is the LinkedIn setting still off? (Marie at work)',
    ]);
  });
});
