import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asReal, dialogMock, FakeWebContents, ipcMainMock, resetElectronMock } from '../../support/electron-mock';
import { trustWebContents } from '../../../src/main/ipc/handle';
import { setupDataIpc } from '../../../src/main/ipc/data-handlers';
import { beforeImportCopies } from '../../../src/main/state/before-import';
import type { ImportPreview, Snapshot } from '../../../src/shared/ipc/contract';
import { setupStateIpc } from '../../../src/main/ipc/state-handlers';
import { builtInInUse } from '../../../src/shared/catalog/catalog-in-use';
import { createStateService, type StateService } from '../../../src/main/state/state-service';
import { memoryStorage } from '../../support/memory-storage';
import { MAX_IMPORT_CHARS, parseExport } from '../../../src/shared/domain/export';
import { defaultState } from '../../../src/shared/domain/defaults';
import type { AppState, Catalog } from '../../../src/shared/domain/types';
import { englishProblem, type Problem } from '../../../src/shared/problems';

const exampleText = readFileSync(join(import.meta.dirname, '../../fixtures/export-example.json'), 'utf8');
const AT = new Date('2025-05-21T08:30:00Z');
const catalog: Catalog = { version: 1, publishedAt: '2025-01-01T00:00:00Z', platforms: [], campaigns: [] };
const current: AppState = { ...defaultState(), remindersSent: ['shown-before'], settings: { ...defaultState().settings, theme: 'dark' } };

let dir: string;
let state: StateService;
let saved: AppState[];
let window: FakeWebContents;

beforeEach(() => {
  resetElectronMock();
  dir = mkdtempSync(join(tmpdir(), 'objector-data-'));
  const storage = memoryStorage(current);
  saved = storage.saved;
  state = createStateService(storage, catalog, { now: () => AT });
  const copies = beforeImportCopies(dir);
  setupDataIpc({ state, clock: { now: () => AT }, copies });
  setupStateIpc(state, {
    catalog: () => builtInInUse(catalog),
    updates: () => ({ appUpdatesSupported: false, catalogChecksSupported: true, lastCatalogCheck: null }),
    copies,
  });
  window = new FakeWebContents();
  window.url = 'app://objector/index.html?view=checklist';
  trustWebContents(asReal<WebContents>(window));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));
const importFile = async (contents: string | Buffer): Promise<unknown> => {
  const path = join(dir, 'chosen.json');
  writeFileSync(path, contents);
  dialogMock.nextOpenPaths = [path];
  return ipcMainMock.invoke('data:import', window);
};

describe('data:export', () => {
  it('writes the export file where the person chose, and it imports again', async () => {
    const path = join(dir, 'my-export.json');
    dialogMock.nextSavePath = path;
    expect(await ipcMainMock.invoke('data:export', window)).toEqual({ kind: 'saved', path });
    const parsed = parseExport(readFileSync(path, 'utf8'));
    expect(parsed.ok && parsed.value.exportedAt).toBe(AT.toISOString());
    expect(parsed.ok && parsed.value.settings.theme).toBe('dark');
    expect(readdirSync(dir)).toEqual(['my-export.json']);
  });

  it('does nothing when the dialog is cancelled', async () => {
    expect(await ipcMainMock.invoke('data:export', window)).toEqual({ kind: 'cancelled' });
  });

  it('reports a folder it cannot write to', async () => {
    dialogMock.nextSavePath = join(dir, 'missing-folder', 'export.json');
    expect(await ipcMainMock.invoke('data:export', window)).toMatchObject({ kind: 'failed' });
  });

  it('refuses a window that is not ours', async () => {
    const stranger = new FakeWebContents();
    stranger.url = 'https://www.facebook.com/';
    await expect(ipcMainMock.invoke('data:export', stranger)).rejects.toThrow(/not an Objector window/);
  });
});

describe('data:import', () => {
  it('first shows what the file would change, and changes nothing', async () => {
    const preview = (await importFile(exampleText)) as Extract<ImportPreview, { kind: 'preview' }>;
    expect(preview.kind).toBe('preview');
    expect(preview.changes.accounts).toMatchObject({ removed: [], kept: 0 });
    expect(preview.changes.accounts.added).toHaveLength(5);
    expect(preview.changes.steps).toEqual({ before: 0, after: 9 });
    expect(preview.changes.settings).toContain('theme');
    expect(state.get()).toBe(current);
    expect(saved).toEqual([]);
  });

  it('on confirmation replaces the state, keeps the reminders already shown, and keeps a copy of the old data', async () => {
    const preview = (await importFile(exampleText)) as Extract<ImportPreview, { kind: 'preview' }>;
    expect(await ipcMainMock.invoke('data:import-confirm', window, { token: preview.token })).toEqual({
      kind: 'imported',
      accounts: 5,
      events: 9,
    });
    expect(state.get().accounts).toHaveLength(5);
    expect(state.get().remindersSent).toEqual(['shown-before']);
    expect(saved).toHaveLength(1);
    const copy = readFileSync(join(dir, 'objector-before-import-2025-05-21T08-30-00-000Z.json'), 'utf8');
    expect(parseExport(copy).ok && JSON.parse(copy)).toMatchObject({ settings: { theme: 'dark' }, accounts: [] });
    // The copy is offered in the snapshot, and the same preview cannot be confirmed twice.
    expect(((await ipcMainMock.invoke('state:get', window)) as Snapshot).beforeImport).toEqual({ at: AT.toISOString() });
    expect(await ipcMainMock.invoke('data:import-confirm', window, { token: preview.token })).toMatchObject({ kind: 'invalid' });
  });

  it('puts back the data from before the import', async () => {
    expect(await ipcMainMock.invoke('data:restore', window)).toEqual({ kind: 'none' });
    const preview = (await importFile(exampleText)) as Extract<ImportPreview, { kind: 'preview' }>;
    await ipcMainMock.invoke('data:import-confirm', window, { token: preview.token });
    expect(await ipcMainMock.invoke('data:restore', window)).toEqual({ kind: 'restored', at: AT.toISOString() });
    expect(state.get().accounts).toEqual([]);
    expect(state.get().settings.theme).toBe('dark');
    expect(state.get().remindersSent).toEqual(['shown-before']);
  });

  it('refuses a confirmation it did not preview', async () => {
    expect(await ipcMainMock.invoke('data:import-confirm', window, { token: '3f2c1b7e-8a4d-4c1e-9b2a-1d2e3f4a5b6c' })).toMatchObject({
      kind: 'invalid',
    });
    expect(state.get()).toBe(current);
    await expect(ipcMainMock.invoke('data:import-confirm', window, { token: 'not-a-token' })).rejects.toThrow(/token/);
  });

  it.each<[string, string | Buffer, RegExp]>([
    ['malformed JSON', '{"format":', /not valid JSON/],
    ['a truncated file', exampleText.slice(0, 500), /not valid JSON/],
    ['binary bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]), /not text/],
    ['a newer version', exampleText.replace('"version": 2', '"version": 7'), /newer version/],
    ['a dangling reference', exampleText.replace('"accountId": "6f1c2a9e', '"accountId": "7f1c2a9e'), /refers to an account/],
    ['deep nesting', '['.repeat(100_000), /nested/],
  ])('refuses %s and changes nothing', async (_name, contents, expected) => {
    const outcome = (await importFile(contents)) as { kind: string; problems: Problem[] };
    expect(outcome.kind).toBe('invalid');
    expect(outcome.problems.map(englishProblem).join('\n')).toMatch(expected);
    expect(state.get()).toBe(current);
    expect(saved).toEqual([]);
    expect(readdirSync(dir)).toEqual(['chosen.json']);
  });

  it('refuses a file larger than anything the app exports, without reading it', async () => {
    // Sparse: the size is what counts, and it is checked before a byte is read.
    const path = join(dir, 'huge.json');
    writeFileSync(path, '{');
    truncateSync(path, 3 * MAX_IMPORT_CHARS + 1);
    dialogMock.nextOpenPaths = [path];
    const outcome = (await ipcMainMock.invoke('data:import', window)) as { kind: string; problems: Problem[] };
    expect(outcome.kind).toBe('invalid');
    expect(outcome.problems.map((problem) => problem.code)).toEqual(['file-too-large']);
    expect(outcome.problems.map(englishProblem)[0]).toMatch(/^The file is too large \(more than \d+ MB\)\.$/);
    expect(state.get()).toBe(current);
  });

  it('reports a file that cannot be read', async () => {
    dialogMock.nextOpenPaths = [join(dir, 'gone.json')];
    expect(await ipcMainMock.invoke('data:import', window)).toMatchObject({ kind: 'invalid' });
    expect(state.get()).toBe(current);
  });

  it('does nothing when the dialog is cancelled', async () => {
    expect(await ipcMainMock.invoke('data:import', window)).toEqual({ kind: 'cancelled' });
    expect(saved).toEqual([]);
  });
});
