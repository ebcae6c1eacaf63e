/**
 * IPC handlers for exporting all data to a file and importing it back. Import reads and checks
 * the whole file first (`parseExport`); only a file without a single problem replaces the state,
 * and a copy of the current data is kept in the app's data folder before it does.
 */
import { dialog, app } from 'electron';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '@shared/domain/types';
import type { ImportOutcome, SaveOutcome } from '@shared/ipc/contract';
import { importedState, parseExport, serializeExport } from '@shared/domain/export';
import { MAX_IMPORT_CHARS } from '@shared/domain/export';
import type { Problem, ProblemDetail } from '@shared/problems';
import type { StateService } from '../state/state-service';
import { writeFileVerifiedSync } from '../state/verified-write';
import { fileStamp } from '../state/store-files';
import { handle } from './handle';

/** Translated words for the file dialogs. */
export interface DataDialogLabels {
  readonly exportTitle: string;
  readonly importTitle: string;
  /** The file type in the dialogs' filter, e.g. "Objector export". */
  readonly fileType: string;
}

/** What the data handlers need. */
export interface DataIpcDeps {
  readonly state: StateService;
  readonly clock: Clock;
  /** Where the copy of the current data is kept before an import: `app.getPath('userData')`. */
  readonly dataDir: string;
  /** The dialogs' words in the person's language; the OS defaults are used without them. */
  readonly labels?: () => DataDialogLabels;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Asks where to save, then writes the export file atomically. */
export async function exportData(deps: DataIpcDeps): Promise<SaveOutcome> {
  const labels = deps.labels?.();
  const now = deps.clock.now();
  const result = await dialog.showSaveDialog({
    ...(labels && { title: labels.exportTitle }),
    defaultPath: join(app.getPath('documents'), `objector-export-${now.toISOString().slice(0, 10)}.json`),
    filters: [{ name: labels?.fileType ?? 'JSON', extensions: ['json'] }],
  });
  if (result.canceled || result.filePath === '') return { kind: 'cancelled' };
  try {
    writeFileVerifiedSync(result.filePath, serializeExport(deps.state.get(), now));
    return { kind: 'saved', path: result.filePath };
  } catch (error) {
    return { kind: 'failed', message: message(error) };
  }
}

const MB = 1024 * 1024;

function readImportFile(path: string): { ok: true; text: string } | { ok: false; problem: Problem } {
  const whole = (problem: ProblemDetail): { ok: false; problem: Problem } => ({ ok: false, problem: { path: '', ...problem } });
  try {
    if (!statSync(path).isFile()) return whole({ code: 'not-a-file' });
    // At most 3 bytes per character in UTF-8: the exact limit (in characters) is checked after decoding.
    if (statSync(path).size > 3 * MAX_IMPORT_CHARS) return whole({ code: 'file-too-large', mb: Math.round((3 * MAX_IMPORT_CHARS) / MB) });
    return { ok: true, text: utf8.decode(readFileSync(path)) };
  } catch (error) {
    if (error instanceof TypeError) return whole({ code: 'file-not-text' });
    return whole({ code: 'file-unreadable', detail: message(error) });
  }
}

/** Asks for a file, checks all of it, and replaces the state only when nothing is wrong. */
export async function importData(deps: DataIpcDeps): Promise<ImportOutcome> {
  const labels = deps.labels?.();
  const result = await dialog.showOpenDialog({
    ...(labels && { title: labels.importTitle }),
    properties: ['openFile'],
    filters: [{ name: labels?.fileType ?? 'JSON', extensions: ['json'] }],
  });
  const path = result.filePaths[0];
  if (result.canceled || path === undefined) return { kind: 'cancelled' };
  const file = readImportFile(path);
  if (!file.ok) return { kind: 'invalid', problems: [file.problem] };
  const parsed = parseExport(file.text);
  if (!parsed.ok) return { kind: 'invalid', problems: parsed.problems };
  const current = deps.state.get();
  const now = deps.clock.now();
  try {
    writeFileVerifiedSync(join(deps.dataDir, `objector-before-import-${fileStamp(now)}.json`), serializeExport(current, now));
    deps.state.replace(importedState(parsed.value, current));
  } catch (error) {
    return { kind: 'invalid', problems: [{ path: '', code: 'import-not-saved', detail: message(error) }] };
  }
  return { kind: 'imported', accounts: parsed.value.accounts.length, events: parsed.value.events.length };
}

/** Registers data:export and data:import. */
export function setupDataIpc(deps: DataIpcDeps): void {
  handle('data:export', () => exportData(deps));
  handle('data:import', () => importData(deps));
}
