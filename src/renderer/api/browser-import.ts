/**
 * Import in the browser backend, in two steps like the desktop: the chosen file is read and checked
 * whole, and what it would change is shown; on confirmation the current data is kept (a copy in
 * localStorage, restorable from the settings) and replaced. Nothing changes before the person says so.
 */
import type { AppState, Clock } from '@shared/domain/types';
import type { ImportOutcome, ImportPreview, RestoreOutcome } from '@shared/ipc/contract';
import { importedState, parseExport, serializeExport, type ExportDocument } from '@shared/domain/export';
import { importChanges } from '@shared/domain/import-changes';
import { beforeImportText, keepBeforeImport } from './browser-storage';
import { pickTextFile } from './browser-files';
import type { Problem } from '@shared/problems';

/** What the import flow needs from the backend. */
export interface ImportDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly state: () => AppState;
  /** Saves and publishes a new state; false when the browser refused to save. */
  readonly commit: (next: AppState) => boolean;
}

const REFUSED: Problem = { path: '', code: 'browser-not-saved' };

/** The browser's import and restore. */
export function browserImport(deps: ImportDeps) {
  let pending: { readonly token: string; readonly doc: ExportDocument } | null = null;
  return {
    /** When the kept copy was made, or null. */
    beforeImport(): { readonly at: string } | null {
      const text = beforeImportText(deps.storage);
      if (text === null) return null;
      const parsed = parseExport(text);
      return parsed.ok ? { at: parsed.value.exportedAt } : null;
    },
    async pick(): Promise<ImportPreview> {
      const text = await pickTextFile('.json,application/json');
      if (text === null) return { kind: 'cancelled' };
      const parsed = parseExport(text);
      if (!parsed.ok) return { kind: 'invalid', problems: parsed.problems };
      pending = { token: crypto.randomUUID(), doc: parsed.value };
      return { kind: 'preview', token: pending.token, changes: importChanges(deps.state(), parsed.value) };
    },
    confirm(token: string): ImportOutcome {
      const chosen = pending;
      if (chosen?.token !== token) return { kind: 'invalid', problems: [{ path: '', code: 'import-expired' }] };
      const current = deps.state();
      if (!keepBeforeImport(deps.storage, serializeExport(current, deps.clock.now()))) return { kind: 'invalid', problems: [REFUSED] };
      if (!deps.commit(importedState(chosen.doc, current))) return { kind: 'invalid', problems: [REFUSED] };
      pending = null;
      return { kind: 'imported', accounts: chosen.doc.accounts.length, events: chosen.doc.events.length };
    },
    restore(): RestoreOutcome {
      const text = beforeImportText(deps.storage);
      if (text === null) return { kind: 'none' };
      const parsed = parseExport(text);
      if (!parsed.ok) return { kind: 'invalid', problems: parsed.problems };
      if (!deps.commit(importedState(parsed.value, deps.state()))) return { kind: 'invalid', problems: [REFUSED] };
      return { kind: 'restored', at: parsed.value.exportedAt };
    },
  };
}
