/**
 * What an import would change, shown to the person before anything changes: the accounts that
 * arrive, stay or go (an import replaces what is here with the file's content), the number of
 * steps and proof records before and after, and which settings change. Pure.
 */
import type { AppState, Settings } from './types';
import type { ExportDocument } from './export';

/** The difference between the data here and an export file. */
export interface ImportChanges {
  readonly accounts: {
    /** Labels of the file's accounts that are not here. */
    readonly added: readonly string[];
    /** Labels of accounts here that the file does not have: they would go. */
    readonly removed: readonly string[];
    /** Accounts in both (matched by id). */
    readonly kept: number;
  };
  readonly steps: { readonly before: number; readonly after: number };
  readonly proof: { readonly before: number; readonly after: number };
  /** The settings whose value the file changes, in the settings' order. */
  readonly settings: readonly (keyof Settings)[];
}

const SETTING_KEYS: readonly (keyof Settings)[] = [
  'locale',
  'theme',
  'remindersEnabled',
  'remindersPausedUntil',
  'startAtLogin',
  'onboardingDone',
  'catalogUpdates',
  'appUpdates',
  'recheckReminders',
  'country',
];

/** What importing `doc` over `current` changes. */
export function importChanges(current: AppState, doc: ExportDocument): ImportChanges {
  const here = new Set(current.accounts.map((account) => account.id));
  const there = new Set(doc.accounts.map((account) => account.id));
  return {
    accounts: {
      added: doc.accounts.filter((account) => !here.has(account.id)).map((account) => account.label),
      removed: current.accounts.filter((account) => !there.has(account.id)).map((account) => account.label),
      kept: doc.accounts.filter((account) => here.has(account.id)).length,
    },
    steps: { before: current.events.length, after: doc.events.length },
    proof: { before: current.evidence.length, after: doc.evidence.length },
    settings: SETTING_KEYS.filter((key) => current.settings[key] !== doc.settings[key]),
  };
}

/** True when importing would change nothing a person would notice. */
export function changesNothing(changes: ImportChanges): boolean {
  return (
    changes.accounts.added.length === 0 &&
    changes.accounts.removed.length === 0 &&
    changes.steps.before === changes.steps.after &&
    changes.proof.before === changes.proof.after &&
    changes.settings.length === 0
  );
}
