import { beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvidenceRecord } from '@shared/domain/types';
import { dialogMock, FakeWebContents, ipcMainMock, resetElectronMock, shellMock } from '../../support/electron-mock';
import { trustWebContents } from '../../../src/main/ipc/handle';
import { sha256, writeFileAtomic } from '../../../src/main/evidence/files';
import { evidenceFilePath, evidenceFolder, writeEvidence } from '../../../src/main/evidence/evidence-store';
import { exportEvidence } from '../../../src/main/evidence/export-evidence';
import { setupEvidenceIpc } from '../../../src/main/ipc/evidence-handlers';
import { asReal } from '../../support/electron-mock';
import type { WebContents } from 'electron';
import { CAMPAIGN, FB1, guideDeps } from './guide-support';

const hashOf = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeEach(() => resetElectronMock());

function save(id = '5f0c6f2e-1111-4222-8333-444455556666'): EvidenceRecord {
  return writeEvidence(
    { png: Buffer.from('PNG-bytes'), pdf: Buffer.from('%PDF-1.7 bytes'), url: 'https://www.facebook.com/help/contact/1', title: 'Thanks' },
    {
      id,
      account: { id: FB1, label: 'Marie', email: 'marie@example.org', platform: 'facebook' },
      group: { id: 'g', name: 'Family' },
      campaignId: CAMPAIGN,
      now: new Date('2025-05-20T12:03:11Z'),
      reason: 'confirmed-on-page',
      zone: 'Europe/Paris',
      offsetMinutes: 120,
    },
  );
}

describe('evidence files', () => {
  it('hashes with SHA-256 and writes atomically (no temp file left)', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const dir = mkdtempSync(join(tmpdir(), 'objector-atomic-'));
    writeFileAtomic(join(dir, 'a.json'), '{"v":1}');
    writeFileAtomic(join(dir, 'a.json'), '{"v":2}');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"v":2}');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('writes a PNG, a PDF and a JSON record whose hashes match the files', () => {
    const record = save();
    const folder = evidenceFolder(record);
    expect(folder).toContain(join('evidence', FB1, '2025-05-20T14-03-11+02-00_5f0c6f2e'));
    expect(record).toMatchObject({ accountId: FB1, campaignId: CAMPAIGN, savedAt: '2025-05-20T14:03:11+02:00', zone: 'Europe/Paris' });
    expect(record.files.map((file) => file.kind)).toEqual(['png', 'pdf', 'json']);
    for (const file of record.files) {
      const path = join(folder, file.name);
      expect(hashOf(path)).toBe(file.sha256);
      expect(readFileSync(path).byteLength).toBe(file.bytes);
    }
    const document = JSON.parse(readFileSync(join(folder, 'record.json'), 'utf8')) as Record<string, unknown>;
    expect(document).toMatchObject({
      accountId: FB1,
      accountLabel: 'Marie',
      campaignId: CAMPAIGN,
      platform: 'facebook',
      url: 'https://www.facebook.com/help/contact/1',
      pageTitle: 'Thanks',
      savedAt: '2025-05-20T14:03:11+02:00',
      savedAtUtc: '2025-05-20T12:03:11.000Z',
      zone: 'Europe/Paris',
      email: 'marie@example.org',
      accountsCenterGroup: { id: 'g', name: 'Family' },
    });
    expect(document.files).toEqual(record.files.slice(0, 2));
  });

  it('resolves only files the record lists', () => {
    const record = save();
    expect(evidenceFilePath(record, 'page.png')).toBe(join(evidenceFolder(record), 'page.png'));
    expect(evidenceFilePath(record, 'other.png')).toBeNull();
    expect(evidenceFilePath({ ...record, files: [{ kind: 'png', name: '../../x', sha256: '', bytes: 0 }] }, '../../x')).toBeNull();
  });

  it('exports every proof folder with an index', () => {
    const first = save('5f0c6f2e-1111-4222-8333-444455556661');
    const second = save('5f0c6f2e-1111-4222-8333-444455556662');
    const parent = mkdtempSync(join(tmpdir(), 'objector-export-'));
    const outcome = exportEvidence([second, first], parent, new Date('2025-06-01T08:00:00Z'), '0.1.0');
    expect(outcome.kind).toBe('saved');
    if (outcome.kind !== 'saved') return;
    const index = JSON.parse(readFileSync(join(outcome.path, 'index.json'), 'utf8')) as { entries: { folder: string; copied: boolean }[] };
    expect(index.entries).toHaveLength(2);
    for (const entry of index.entries) {
      expect(entry.copied).toBe(true);
      expect(existsSync(join(outcome.path, entry.folder, 'page.pdf'))).toBe(true);
    }
  });
});

describe('evidence IPC', () => {
  function setup() {
    const deps = guideDeps();
    setupEvidenceIpc(deps);
    const sender = new FakeWebContents();
    sender.url = 'app://objector/index.html?view=checklist';
    trustWebContents(asReal<WebContents>(sender));
    const record = save();
    deps.state.dispatch({ kind: 'add-evidence', record });
    return { deps, sender, record };
  }

  it('opens a listed file of a known record only', async () => {
    const { sender, record } = setup();
    await ipcMainMock.invoke('evidence:open', sender, { evidenceId: record.id, file: 'page.pdf' });
    expect(shellMock.openedPaths).toEqual([join(evidenceFolder(record), 'page.pdf')]);
    await expect(ipcMainMock.invoke('evidence:open', sender, { evidenceId: record.id, file: 'secret.txt' })).rejects.toThrow();
    await expect(ipcMainMock.invoke('evidence:open', sender, { evidenceId: record.id, file: '../../etc/passwd' })).rejects.toThrow();
    await expect(
      ipcMainMock.invoke('evidence:open', sender, { evidenceId: '5f0c6f2e-1111-4222-8333-000000000000', file: 'page.pdf' }),
    ).rejects.toThrow();
    expect(shellMock.openedPaths).toHaveLength(1);
  });

  it('reveals a record in its folder', async () => {
    const { sender, record } = setup();
    await ipcMainMock.invoke('evidence:reveal', sender, { evidenceId: record.id });
    expect(shellMock.revealed[0]).toContain(evidenceFolder(record));
  });

  it('exports into the folder the person picks, or does nothing when cancelled', async () => {
    const { sender } = setup();
    expect(await ipcMainMock.invoke('evidence:export', sender)).toEqual({ kind: 'cancelled' });
    const parent = mkdtempSync(join(tmpdir(), 'objector-export-'));
    dialogMock.nextOpenPaths = [parent];
    const outcome = (await ipcMainMock.invoke('evidence:export', sender)) as { kind: string; path: string };
    expect(outcome.kind).toBe('saved');
    expect(existsSync(join(outcome.path, 'index.json'))).toBe(true);
  });

  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  const pick = (name: string, contents: Buffer | string): void => {
    const path = join(mkdtempSync(join(tmpdir(), 'objector-pick-')), name);
    writeFileSync(path, contents);
    dialogMock.nextOpenPaths = [path];
  };

  it('keeps a picture the person adds in the account’s proof folder, with its hash, as their own proof', async () => {
    const { deps, sender } = setup();
    pick('Capture d’écran.png', PNG);
    const outcome = (await ipcMainMock.invoke('evidence:add-file', sender, { accountId: FB1, campaignId: CAMPAIGN })) as {
      kind: string;
      record: EvidenceRecord;
    };
    expect(outcome.kind).toBe('added');
    expect(outcome.record).toMatchObject({ origin: 'file', url: '', accountId: FB1, campaignId: CAMPAIGN });
    const [file] = outcome.record.files;
    expect(file).toMatchObject({ kind: 'png', name: 'Capture-d-ecran.png', bytes: PNG.length });
    const path = join(evidenceFolder(outcome.record), file?.name ?? '');
    expect(hashOf(path)).toBe(file?.sha256);
    expect(deps.state.get().evidence.at(-1)).toEqual(outcome.record);
    expect(deps.state.get().events.at(-1)).toMatchObject({ kind: 'evidence-saved', evidenceId: outcome.record.id });
  });

  it('refuses a file that is not a picture or a PDF, or too large, and changes nothing', async () => {
    const { deps, sender } = setup();
    const before = deps.state.get();
    pick('fake.png', 'this is text');
    expect(await ipcMainMock.invoke('evidence:add-file', sender, { accountId: FB1, campaignId: CAMPAIGN })).toEqual({
      kind: 'refused',
      reason: 'unsupported',
    });
    pick('huge.pdf', Buffer.alloc(20 * 1024 * 1024 + 1, 0x25));
    expect(await ipcMainMock.invoke('evidence:add-file', sender, { accountId: FB1, campaignId: CAMPAIGN })).toEqual({
      kind: 'refused',
      reason: 'too-large',
    });
    dialogMock.nextOpenPaths = [];
    expect(await ipcMainMock.invoke('evidence:add-file', sender, { accountId: FB1, campaignId: CAMPAIGN })).toEqual({ kind: 'cancelled' });
    expect(deps.state.get()).toBe(before);
  });

  it('refuses an unknown account or a target the campaign does not have', async () => {
    const { sender } = setup();
    pick('a.png', PNG);
    await expect(
      ipcMainMock.invoke('evidence:add-file', sender, { accountId: '5f0c6f2e-1111-4222-8333-000000000000', campaignId: CAMPAIGN }),
    ).rejects.toThrow(/Unknown account/);
    await expect(
      ipcMainMock.invoke('evidence:add-file', sender, { accountId: FB1, campaignId: CAMPAIGN, targetId: 'not-a-target' }),
    ).rejects.toThrow(/Unknown target/);
  });
});
