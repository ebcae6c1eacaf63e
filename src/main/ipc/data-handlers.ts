/**
 * IPC handlers for exporting all data to a file and importing it back. Import is two steps: the
 * file is read and checked whole (`parseExport`) and the person is shown what it would change
 * (`importChanges`); only when they confirm does it replace the state, after a copy of the current
 * data is kept in the app's data folder. That copy can be restored from the settings.
 */
import { dialog, app } from 'electron';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '@shared/domain/types';
import type { ImportOutcome, ImportPreview, RestoreOutcome, SaveOutcome } from '@shared/ipc/contract';
import { importedState, MAX_IMPORT_CHARS, parseExport, serializeExport, type ExportDocument } from '@shared/domain/export';
import { importChanges } from '@shared/domain/import-changes';
import type { Problem, ProblemDetail } from '@shared/problems';
import type { StateService } from '../state/state-service';
import { writeFileVerifiedSync } from '../state/verified-write';
import type { BeforeImportCopies } from '../state/before-import';
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
  /** The copies of the data kept before each import (in `app.getPath('userData')`). */
  readonly copies: BeforeImportCopies;
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

/** The file read and checked, waiting for the person's confirmation. */
export interface PendingImport {
  current: { readonly token: string; readonly doc: ExportDocument } | null;
}

/** Asks for a file, checks all of it, and says what importing it would change; nothing changes yet. */
export async function importData(deps: DataIpcDeps, pending: PendingImport): Promise<ImportPreview> {
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
  const token = randomUUID();
  pending.current = { token, doc: parsed.value };
  return { kind: 'preview', token, changes: importChanges(deps.state.get(), parsed.value) };
}

/** Imports the file shown in the preview `token`: keeps a copy of the current data, then replaces it. */
export function confirmImport(deps: DataIpcDeps, pending: PendingImport, token: string): ImportOutcome {
  const chosen = pending.current;
  if (chosen?.token !== token) return { kind: 'invalid', problems: [{ path: '', code: 'import-expired' }] };
  const current = deps.state.get();
  try {
    deps.copies.keep(current, deps.clock.now());
    deps.state.replace(importedState(chosen.doc, current));
  } catch (error) {
    return { kind: 'invalid', problems: [{ path: '', code: 'import-not-saved', detail: message(error) }] };
  }
  pending.current = null;
  return { kind: 'imported', accounts: chosen.doc.accounts.length, events: chosen.doc.events.length };
}

/** Puts back the data kept before the last import. */
export function restoreBeforeImport(deps: DataIpcDeps): RestoreOutcome {
  const kept = deps.copies.read();
  if (kept === null) return { kind: 'none' };
  if (!kept.ok) return { kind: 'invalid', problems: kept.problems };
  try {
    deps.state.replace(importedState(kept.value, deps.state.get()));
  } catch (error) {
    return { kind: 'invalid', problems: [{ path: '', code: 'restore-not-saved', detail: message(error) }] };
  }
  return { kind: 'restored', at: kept.value.exportedAt };
}

/** Registers data:export, data:import, data:import-confirm and data:restore. */
export function setupDataIpc(deps: DataIpcDeps): void {
  const pending: PendingImport = { current: null };
  handle('data:export', () => exportData(deps));
  handle('data:import', () => importData(deps, pending));
  handle('data:import-confirm', ({ token }) => confirmImport(deps, pending, token));
  handle('data:restore', () => restoreBeforeImport(deps));
}
