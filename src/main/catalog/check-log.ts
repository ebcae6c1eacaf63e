/**
 * When the daily checks last ran, kept in `<data folder>/catalog/checks.json` so "once a day"
 * holds across restarts. Not part of the state file: nothing here is the person's progress, and
 * the store's version stays as it is. A damaged file counts as "never checked" (the next check
 * then runs, at most one a day from then on).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogCheckResult } from '@shared/ipc/contract';
import { parseJson } from '@shared/domain/safe-json';
import { check, isoInstant, number, object, oneOf, optional, tagged } from '@shared/validate';
import { catalogRefusalSchema } from '@shared/catalog/catalog-update';
import { writeFileVerifiedSync } from '../state/verified-write';
import { catalogDir, readSmallText } from './catalog-files';

/** The last check of each kind. */
export interface CheckLogEntries {
  readonly catalog?: { readonly at: string; readonly result: CatalogCheckResult };
  readonly app?: { readonly at: string };
}

/** Reads and writes the log. */
export interface CheckLog {
  read(): CheckLogEntries;
  write(entries: CheckLogEntries): void;
}

const resultSchema = tagged({
  accepted: object({ kind: oneOf(['accepted']), version: number({ integer: true, min: 1 }) }),
  'up-to-date': object({ kind: oneOf(['up-to-date']) }),
  refused: object({ kind: oneOf(['refused']), reason: catalogRefusalSchema }),
  unreachable: object({ kind: oneOf(['unreachable']) }),
});

const logSchema = object({
  catalog: optional(object({ at: isoInstant(), result: resultSchema })),
  app: optional(object({ at: isoInstant() })),
});

/** The log in `dataDir`. */
export function fileCheckLog(dataDir: string): CheckLog {
  const path = join(catalogDir(dataDir), 'checks.json');
  return {
    read() {
      const file = readSmallText(path, 64 * 1024);
      if (file.kind !== 'text') return {};
      const parsed = parseJson(file.text, { maxChars: 64 * 1024, maxDepth: 8 });
      if (!parsed.ok) return {};
      const checked = check(logSchema, parsed.value);
      return checked.ok ? checked.value : {};
    },
    write(entries) {
      mkdirSync(catalogDir(dataDir), { recursive: true });
      writeFileVerifiedSync(path, `${JSON.stringify(entries)}\n`);
    },
  };
}
