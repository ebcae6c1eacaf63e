/** The catalog's outcomes in words: a loaded update, the last daily check. Pure: messages in, words out. */
import type { CatalogCheckResult, CatalogLoadOutcome } from '@shared/ipc/contract';
import type { Messages } from '@shared/i18n/messages';

/** The one sentence that says how loading an update went; null when the person cancelled. */
export function loadOutcomeText(outcome: CatalogLoadOutcome, t: Messages): string | null {
  switch (outcome.kind) {
    case 'accepted':
      return t.catalog.accepted({ version: String(outcome.version) });
    case 'cancelled':
      return null;
    case 'refused':
      return t.catalog.refused[outcome.reason];
  }
}

/** How the last daily check went, as the end of "Last check, <date>: …". */
export function checkResultText(result: CatalogCheckResult, t: Messages): string {
  switch (result.kind) {
    case 'accepted':
      return t.catalog.settings.checkAccepted({ version: String(result.version) });
    case 'up-to-date':
      return t.catalog.settings.checkUpToDate;
    case 'unreachable':
      return t.catalog.settings.checkUnreachable;
    case 'refused':
      return t.catalog.refused[result.reason];
  }
}
