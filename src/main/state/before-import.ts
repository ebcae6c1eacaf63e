/**
 * The copies of the data kept before each import (`objector-before-import-<time>.json` in the data
 * folder, export documents), so an import can be undone from the settings. The newest copy is the
 * one offered; older ones stay on disk for the person.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppState } from '@shared/domain/types';
import { parseExport, serializeExport, type ParsedExport } from '@shared/domain/export';
import { refused } from '@shared/problems';
import { writeFileVerifiedSync } from './verified-write';
import { fileStamp } from './store-files';

const PREFIX = 'objector-before-import-';

/** The kept copies in one data folder. */
export interface BeforeImportCopies {
  /** When the newest copy was made, or null when there is none. */
  latest(): { readonly at: string } | null;
  /** Keeps a copy of `state` before an import at `now`; throws when it cannot be written. */
  keep(state: AppState, now: Date): void;
  /** Reads the newest copy back, checked like any import file; null when there is none. */
  read(): ParsedExport | null;
}

/** The copies kept in `dataDir`. */
export function beforeImportCopies(dataDir: string): BeforeImportCopies {
  const newest = (): string | null => {
    let names: string[];
    try {
      names = readdirSync(dataDir).filter((name) => name.startsWith(PREFIX) && name.endsWith('.json'));
    } catch {
      return null;
    }
    // The stamp is an ISO instant with : and . replaced: names sort in time order.
    return names.sort().at(-1) ?? null;
  };
  let cached: { readonly at: string } | null | undefined;
  const readAt = (): { readonly at: string } | null => {
    const parsed = read();
    return parsed?.ok === true ? { at: parsed.value.exportedAt } : null;
  };
  const read = (): ParsedExport | null => {
    const name = newest();
    if (name === null) return null;
    try {
      return parseExport(readFileSync(join(dataDir, name), 'utf8'));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return refused([{ path: '', code: 'kept-copy-unreadable', detail }]);
    }
  };
  return {
    latest() {
      cached ??= readAt();
      return cached;
    },
    keep(state, now) {
      writeFileVerifiedSync(join(dataDir, `${PREFIX}${fileStamp(now)}.json`), serializeExport(state, now));
      cached = { at: now.toISOString() };
    },
    read,
  };
}
