/**
 * The one IPC contract between main and the renderers. Every channel is declared here once, with
 * its argument and result types and the run-time schema main checks the argument against.
 * Nothing else names a channel string: main registers handlers through `src/main/ipc/handle.ts`,
 * the preload exposes one function per channel (`API_METHODS`), the browser backend implements `Api`.
 *
 * To add a call: add it to `InvokeContract`, `argSchemas` and `API_METHODS`; implement it in main
 * (a `handle()` in the feature's setup function) and in `src/renderer/api/browser-backend.ts`.
 */
import type { AppState, EvidenceRecord, Locale, Mechanism, Platform } from '../domain/types';
import type { CatalogInUse } from '../catalog/catalog-in-use';
import type { CatalogRefusal } from '../catalog/catalog-update';
import type { DriftReason } from '../guide/drift';
import type { ProofFileDoubt, ProofFileKind, ProofFileRefusal } from '../proof/proof-file';
import type { SavedComplaint } from '../proof/proof-pack';
import { MAX_PROOF_FILE_BYTES } from '../proof/limits';
import type { UserCommand } from '../domain/commands';
import type { Refusal } from '../domain/reducer';
import type { ImportChanges } from '../domain/import-changes';
import { userCommandSchema } from '../domain/commands';
import { bytes, fail, nullable, number, object, oneOf, optional, string, tagged, uuid, type Schema } from '../validate';
import { targetIdSchema } from '../domain/state-schema';
import type { Problem } from '../problems';

/** Why the app cannot save: shown at start-up, with what to do. */
export type ReadOnlyReason =
  /** The data folder cannot be written (a read-only disk or folder). */
  | 'folder-read-only'
  /** The disk is full: not even an empty file fits. */
  | 'disk-full'
  /** The data was saved by a newer version of Objector: this one neither reads nor changes it. */
  | 'newer-version'
  /** The store file is a link to something that is not there (a drive not connected?). */
  | 'dangling-link'
  /** The store file cannot be read (permissions, a disk error). */
  | 'cannot-read'
  /** An unreadable file could not be put aside or repaired. */
  | 'cannot-repair';

/** What happened to the store at start-up, shown to the person until dismissed. */
export type StoreNotice =
  | {
      /** An unreadable file was put aside; the app continues from the last good save. */
      readonly kind: 'recovered-from-backup' | 'started-fresh';
      /** Where the unreadable file was put aside. */
      readonly copiedTo: string;
      readonly at: string;
    }
  | {
      /** Nothing can be saved this time; the app shows what it could read. */
      readonly kind: 'read-only';
      readonly reason: ReadOnlyReason;
      /** The data folder. */
      readonly folder: string;
      /** What exactly was found (a path, an error), for the person to pass on. */
      readonly detail: string;
      readonly at: string;
    };

/** What a renderer needs to draw: the state plus facts about the host. */
export interface Snapshot {
  readonly state: AppState;
  /** The OS language, used when settings.locale is 'system'. */
  readonly systemLocale: Locale;
  readonly host: 'darwin' | 'win32' | 'linux' | 'browser';
  readonly appVersion: string;
  readonly storeNotice: StoreNotice | null;
  /**
   * The catalog in use this run (built in, or an accepted update) and what settings say about it.
   * Screens read platforms and campaigns from here, never from `builtInCatalog()`: it changes only
   * at start-up, so its object stays the same between snapshots of one run in the browser backend,
   * and `useApp().catalog` keeps it stable across IPC snapshots in the desktop app.
   */
  readonly catalog: CatalogInUse;
  /** What the app may fetch for the person, and how the last daily check went. */
  readonly updates: UpdatesView;
  /** The copy of the data kept before the last import, which settings can restore; null when none. */
  readonly beforeImport: { readonly at: string } | null;
}

/** The outcome of the last daily catalog check. */
export type CatalogCheckResult =
  | { readonly kind: 'accepted'; readonly version: number }
  | { readonly kind: 'up-to-date' }
  | { readonly kind: 'refused'; readonly reason: CatalogRefusal }
  | { readonly kind: 'unreachable' };

/** Update facts for the settings screen. */
export interface UpdatesView {
  /** False in the browser version and in unpackaged builds: app updates never run there. */
  readonly appUpdatesSupported: boolean;
  /** False in the browser version: only the desktop app fetches the published catalog. */
  readonly catalogChecksSupported: boolean;
  /** The last daily catalog check, when there was one. */
  readonly lastCatalogCheck: { readonly at: string; readonly result: CatalogCheckResult } | null;
}

/** What a drift notice says: the address that seemed changed, why, and what the page was. */
export interface DriftNotice {
  readonly reason: DriftReason;
  /** The catalog address that was tried. */
  readonly addressTried: string;
  /** Its index in the target's addresses. */
  readonly entryIndex: number;
  /** The page the view ended on, query and fragment removed; only its host when it is not one of the target's pages. */
  readonly urlSeen: string;
  /** The page's declared language, '' when none. */
  readonly pageLang: string;
}

/** Outcome of "Load a catalog update…". */
export type CatalogLoadOutcome =
  | { readonly kind: 'accepted'; readonly version: number }
  | { readonly kind: 'cancelled' }
  /** `no-signature`: a plain document without its .sig next to it; `not-saved`: the disk refused to keep it. */
  | { readonly kind: 'refused'; readonly reason: CatalogRefusal | 'no-signature' | 'not-saved'; readonly details: readonly string[] };

/** A campaign's countdown in words, as the checklist and the tray show it. */
export interface CountdownView {
  readonly campaignId: string;
  readonly phase: 'upcoming' | 'due-soon' | 'passed' | 'no-deadline';
  /** Localized, e.g. "12 days left" or "passed 3 months ago". */
  readonly text: string;
  readonly deadline: string | null;
  readonly zone: string | null;
}

/** Result of a state command. */
export type DispatchResult = { readonly ok: true; readonly snapshot: Snapshot } | { readonly ok: false; readonly error: Refusal };

/** A confirmation noticed on the account's page, proposed to the person. */
export interface DetectionView {
  readonly url: string;
  readonly excerpt: string;
  readonly locale: Locale;
}

/** What the guided window shows for its account. */
export interface GuideView {
  readonly accountId: string;
  readonly campaignId: string;
  /** The campaign target shown: the platform id for its main target, an extra target's own id otherwise. */
  readonly targetId: string;
  readonly platform: Platform;
  readonly mechanism: Mechanism;
  readonly url: string;
  readonly loading: boolean;
  /** Index in the target's entry URLs, then privacy-center URLs. */
  readonly entryIndex: number;
  readonly entryCount: number;
  readonly problem: null | 'load-error' | 'unavailable' | 'all-entries-failed';
  readonly detection: DetectionView | null;
  readonly lastEvidence: EvidenceRecord | null;
  /** The last address that seemed to have changed (the guide moved on from it), or null. */
  readonly drift: DriftNotice | null;
}

/** Outcome of saving a file the person chose. */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly path: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * A file the person chose to import, read and checked, and what importing it would change (nothing
 * changed yet); `problems` are shown translated (see src/shared/problems.ts).
 */
export type ImportPreview =
  | { readonly kind: 'preview'; readonly token: string; readonly changes: ImportChanges }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] };

/** Where a proof file comes from: main's own file dialog, or the bytes of a file dropped on the page. */
export type ProofFileSource = { readonly kind: 'dialog' } | { readonly kind: 'bytes'; readonly name: string; readonly bytes: Uint8Array };

/** What the app made of a proof file. */
export type ProofFileOutcome =
  | { readonly kind: 'cancelled' }
  /** Kept (checked e-mail, or the person chose to keep it); `confirmed`: `confirmed-by-email` was recorded with it. */
  | { readonly kind: 'recorded'; readonly record: EvidenceRecord; readonly confirmed: boolean }
  /** Not checked proof: kept only if the person asks (`keepProofFile` with this id), else nothing changes. */
  | {
      readonly kind: 'doubt';
      readonly pendingId: string;
      readonly doubt: ProofFileDoubt;
      readonly fileKind: ProofFileKind;
      readonly from: string | null;
    }
  | { readonly kind: 'refused'; readonly refusal: ProofFileRefusal };

/** Outcome of saving a proof pack: where, and how many listed proof files were missing. */
export type PackOutcome = SaveOutcome | { readonly kind: 'packed'; readonly path: string; readonly missing: number };

/** Outcome of confirming an import (the state before it is kept, to restore from settings). */
export type ImportOutcome =
  | { readonly kind: 'imported'; readonly accounts: number; readonly events: number }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] };

/** Outcome of restoring the data kept before the last import. */
export type RestoreOutcome =
  | { readonly kind: 'restored'; readonly at: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] };

/** Why a proof file the person chose was not kept. */
export type AddFileRefusal = 'too-large' | 'unsupported' | 'unreadable' | 'not-saved';

/** Outcome of adding a proof file the person chose (a screenshot, a PDF…). */
export type AddFileOutcome =
  | { readonly kind: 'added'; readonly record: EvidenceRecord }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'refused'; readonly reason: AddFileRefusal };

/** Which account, campaign and (for an extra target) target a page or a proof is about. */
export interface TargetRef {
  readonly accountId: string;
  readonly campaignId: string;
  /** An extra target of the campaign; absent for the platform's main target. */
  readonly targetId?: string;
}

/** Where the guided window's page should go. */
export type GuideGo = { readonly kind: 'entry'; readonly index: number } | { readonly kind: 'reload' };

/** Request/response channels: renderer → main. */
export interface InvokeContract {
  'state:get': { arg: void; result: Snapshot };
  'state:dispatch': { arg: UserCommand; result: DispatchResult };
  /** Opens the target (the main one unless `targetId` names an extra) in the guided window, or in the own browser when the catalog says so. */
  'guide:open': { arg: TargetRef; result: void };
  'guide:get': { arg: void; result: GuideView | null };
  'guide:go': { arg: GuideGo; result: void };
  'guide:open-in-browser': { arg: void; result: void };
  'guide:capture': {
    arg: void;
    result: { readonly ok: true; readonly record: EvidenceRecord } | { readonly ok: false; readonly error: string };
  };
  'guide:answer-detection': { arg: { readonly accept: boolean }; result: void };
  'session:forget': { arg: { readonly accountId: string }; result: void };
  'evidence:open': { arg: { readonly evidenceId: string; readonly file: string }; result: void };
  'evidence:reveal': { arg: { readonly evidenceId: string }; result: void };
  'evidence:export': { arg: void; result: SaveOutcome };
  'data:export': { arg: void; result: SaveOutcome };
  'data:import': { arg: void; result: ImportPreview };
  'data:import-confirm': { arg: { readonly token: string }; result: ImportOutcome };
  'data:restore': { arg: void; result: RestoreOutcome };
  'evidence:add-file': { arg: TargetRef; result: AddFileOutcome };
  'clipboard:write': { arg: { readonly text: string }; result: void };
  'proof:add-file': {
    arg: { readonly accountId: string; readonly campaignId: string; readonly source: ProofFileSource };
    result: ProofFileOutcome;
  };
  'proof:keep-file': { arg: { readonly pendingId: string }; result: ProofFileOutcome };
  'proof:save-complaint': {
    arg: { readonly accountId: string; readonly campaignId: string; readonly authorityId: string; readonly text: string };
    result: SavedComplaint;
  };
  'proof:complaints': { arg: void; result: readonly SavedComplaint[] };
  'proof:export-pack': { arg: { readonly accountId: string | null }; result: PackOutcome };
  'calendar:export': { arg: void; result: SaveOutcome | { readonly kind: 'empty' } };
  'window:open-checklist': { arg: void; result: void };
  'app:open-folder': { arg: { readonly folder: 'data' | 'logs' }; result: void };
  /** "Load a catalog update…": the person picks a bundle, or a document with its .sig next to it. */
  'catalog:load-update': { arg: void; result: CatalogLoadOutcome };
}

/** Push channels: main → renderer. */
export interface EventContract {
  'state:changed': Snapshot;
  'guide:changed': GuideView | null;
}

/** A channel name. */
export type InvokeChannel = keyof InvokeContract;
/** An event name. */
export type EventChannel = keyof EventContract;

const none: Schema<void> = {
  expected: 'nothing',
  run: (input, path, ctx) => {
    if (input === undefined || input === null) return undefined;
    return fail(ctx, path, { code: 'not-empty' });
  },
};
const campaignIdSchema = string({ max: 80, pattern: /^[a-z0-9][a-z0-9-]*$/, patternMessage: 'must be a campaign id', form: 'campaign-id' });
/** Which account, campaign and (optionally) extra target a call is about (`TargetRef`). */
const targetRef = object({ accountId: uuid(), campaignId: campaignIdSchema, targetId: optional(targetIdSchema) });

/** Longest complaint text kept (a letter of a few pages). */
export const MAX_COMPLAINT_CHARS = 50_000;

/** The run-time schema of every channel's argument; main refuses anything else. */
export const argSchemas: { readonly [C in InvokeChannel]: Schema<InvokeContract[C]['arg']> } = {
  'state:get': none,
  'state:dispatch': userCommandSchema,
  'guide:open': targetRef,
  'guide:get': none,
  'guide:go': tagged({
    entry: object({ kind: oneOf(['entry']), index: number({ integer: true, min: 0, max: 50 }) }),
    reload: object({ kind: oneOf(['reload']) }),
  }),
  'guide:open-in-browser': none,
  'guide:capture': none,
  'guide:answer-detection': object({ accept: oneOfBoolean() }),
  'session:forget': object({ accountId: uuid() }),
  'evidence:open': object({
    evidenceId: uuid(),
    file: string({ max: 200, pattern: /^[A-Za-z0-9._-]+$/, patternMessage: 'must be a file name' }),
  }),
  'evidence:reveal': object({ evidenceId: uuid() }),
  'evidence:export': none,
  'data:export': none,
  'data:import': none,
  'data:import-confirm': object({ token: uuid() }),
  'data:restore': none,
  'evidence:add-file': targetRef,
  'clipboard:write': object({ text: string({ min: 0, max: MAX_COMPLAINT_CHARS }) }),
  'proof:add-file': object({
    accountId: uuid(),
    campaignId: campaignIdSchema,
    source: tagged({
      dialog: object({ kind: oneOf(['dialog']) }),
      bytes: object({ kind: oneOf(['bytes']), name: string({ min: 0, max: 255 }), bytes: bytes({ max: MAX_PROOF_FILE_BYTES }) }),
    }),
  }),
  'proof:keep-file': object({ pendingId: uuid() }),
  'proof:save-complaint': object({
    accountId: uuid(),
    campaignId: campaignIdSchema,
    authorityId: string({ max: 64, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternMessage: 'must be an authority id' }),
    text: string({ min: 1, max: MAX_COMPLAINT_CHARS }),
  }),
  'proof:complaints': none,
  'proof:export-pack': object({ accountId: nullable(uuid()) }),
  'calendar:export': none,
  'window:open-checklist': none,
  'app:open-folder': object({ folder: oneOf(['data', 'logs']) }),
  'catalog:load-update': none,
};

function oneOfBoolean(): Schema<boolean> {
  return oneOf([true, false]);
}

/** The api's method name for each channel: the preload exposes exactly these. */
export const API_METHODS = {
  getState: 'state:get',
  dispatch: 'state:dispatch',
  openGuide: 'guide:open',
  getGuide: 'guide:get',
  guideGo: 'guide:go',
  openInBrowser: 'guide:open-in-browser',
  captureEvidence: 'guide:capture',
  answerDetection: 'guide:answer-detection',
  forgetLogin: 'session:forget',
  openEvidence: 'evidence:open',
  revealEvidence: 'evidence:reveal',
  exportEvidence: 'evidence:export',
  exportData: 'data:export',
  importData: 'data:import',
  confirmImport: 'data:import-confirm',
  restoreBeforeImport: 'data:restore',
  addEvidenceFile: 'evidence:add-file',
  copyText: 'clipboard:write',
  addProofFile: 'proof:add-file',
  keepProofFile: 'proof:keep-file',
  saveComplaint: 'proof:save-complaint',
  getComplaints: 'proof:complaints',
  exportProofPack: 'proof:export-pack',
  exportCalendar: 'calendar:export',
  openChecklist: 'window:open-checklist',
  openFolder: 'app:open-folder',
  loadCatalogUpdate: 'catalog:load-update',
} as const satisfies Record<string, InvokeChannel>;

/** The api's subscription name for each event. */
export const API_EVENTS = {
  onStateChanged: 'state:changed',
  onGuideChanged: 'guide:changed',
} as const satisfies Record<string, EventChannel>;

type Invoker<C extends InvokeChannel> = InvokeContract[C]['arg'] extends void
  ? () => Promise<InvokeContract[C]['result']>
  : (arg: InvokeContract[C]['arg']) => Promise<InvokeContract[C]['result']>;

/** The api the renderer sees as `window.objector` (or the browser backend). */
export type Api = { readonly [M in keyof typeof API_METHODS]: Invoker<(typeof API_METHODS)[M]> } & {
  readonly [E in keyof typeof API_EVENTS]: (listener: (payload: EventContract[(typeof API_EVENTS)[E]]) => void) => () => void;
};

/** The name under which the preload exposes the api. */
export const API_GLOBAL = 'objector';
