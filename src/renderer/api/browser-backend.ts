/**
 * The browser backend: the same `Api` as the desktop app, for `npm run preview`, the browser
 * tests, and people who cannot run the desktop app. State lives in localStorage and changes
 * through the same shared reducer; proof files the person adds live in IndexedDB; pages open in a
 * new tab after the guide (no isolated sessions, no automatic proof: the person records each step).
 */
import type { Api, EventChannel, EventContract, Snapshot } from '@shared/ipc/contract';
import type { AppState, Clock } from '@shared/domain/types';
import type { Command } from '@shared/domain/commands';
import { applyCommand } from '@shared/domain/reducer';
import { findTarget } from '@shared/catalog/lookups';
import { entryUrlsOf } from '@shared/guide/entries';
import { deriveStatus, ownStatus } from '@shared/domain/status';
import { effectiveLocale, pickLocale } from '@shared/i18n/locale';
import { serializeExport } from '@shared/domain/export';
import { loadState, readSaved, saveState, STORAGE_KEY, withTabLock } from './browser-storage';
import { complaintsOwner, downloadText, openFileStore, pickTextFiles, type FileStore } from './browser-files';
import { browserImport } from './browser-import';
import { browserEvidenceFile } from './browser-evidence-file';
import { acceptBrowserUpdate, loadBrowserCatalog } from './browser-catalog';
import type { BrowserProof } from './browser-proof';

export { STORAGE_KEY };

const UNAVAILABLE = 'This needs the Objector desktop app.';

/**
 * Creates the browser backend over `storage` (and the IndexedDB file store for proof files, opened
 * on first use). Two tabs share one
 * localStorage: each change is made on the latest saved state under the tabs' lock
 * (`withTabLock`), so neither overwrites the other's, and a tab follows the other's changes
 * through `storage` events. The catalog in use is chosen once, at start (an update loaded from a
 * file is used from the next start). `trustedKeys` (the catalog keys) is replaced only by tests.
 */
export function createBrowserBackend(
  storage: Storage,
  clock: Clock,
  events: Pick<Window, 'addEventListener'> | null = window,
  trustedKeys?: readonly string[],
): Api {
  let inUse = loadBrowserCatalog(storage, trustedKeys);
  const catalog = inUse.catalog;
  const loaded = loadState(storage, clock);
  let state = loaded.state;
  const writable = loaded.writable;
  // The saved text this tab's state matches; another tab's save changes it.
  let seen = storage.getItem(STORAGE_KEY);
  const listeners: { [E in EventChannel]: Set<(payload: EventContract[E]) => void> } = {
    'state:changed': new Set(),
    'guide:changed': new Set(),
  };
  const emit = <E extends EventChannel>(channel: E, payload: EventContract[E]): void => {
    for (const listener of listeners[channel]) listener(payload);
  };
  const subscribe =
    <E extends EventChannel>(channel: E) =>
    (listener: (payload: EventContract[E]) => void): (() => void) => {
      listeners[channel].add(listener);
      return () => listeners[channel].delete(listener);
    };

  const publish = (next: AppState): void => {
    state = next;
    emit('state:changed', snapshot());
  };

  /** Takes up what another tab saved since we last looked (an unreadable value is left to the next load). */
  const catchUp = (): void => {
    const text = storage.getItem(STORAGE_KEY);
    if (text === seen) return;
    seen = text;
    const theirs = text === null ? null : readSaved(text);
    if (theirs !== null) publish(theirs);
  };
  events?.addEventListener('storage', (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) catchUp();
  });

  /** Saves and publishes `next`; false when the browser refused to save (then nothing changes). */
  const commit = (next: AppState): boolean => {
    if (writable) {
      const text = saveState(storage, next);
      if (text === null) return false;
      seen = text;
    }
    publish(next);
    return true;
  };
  const apply = (command: Command): ReturnType<typeof applyCommand> => {
    const applied = applyCommand(state, command, { now: clock.now(), newId: () => crypto.randomUUID(), catalog });
    if (!applied.ok || applied.state === state) return applied;
    return commit(applied.state) ? applied : { ok: false, error: 'not-saved' };
  };

  const imports = browserImport({ storage, clock, state: () => state, commit });
  /** Runs `work` on the latest saved state, under the tabs' lock. */
  const locked = <T>(work: () => T): Promise<T> =>
    withTabLock(() => {
      catchUp();
      return work();
    });
  let fileStore: Promise<FileStore> | undefined;
  const files = (): Promise<FileStore> => (fileStore ??= openFileStore());
  /** Applies a system command on the latest saved state, under the tabs' lock; false when refused or not saved. */
  const applyLocked = (command: Command): Promise<boolean> => locked(() => apply(command).ok);
  const evidenceFile = browserEvidenceFile({ files, clock, catalog, state: () => state, apply: applyLocked });
  // Proof files, complaints, proof packs and the calendar: loaded on first use (they bring the MIME, PDF and zip libraries).
  let proof: Promise<BrowserProof> | undefined;
  const proofMethods = (): Promise<BrowserProof> =>
    (proof ??= import('./browser-proof').then(({ createBrowserProof }) =>
      createBrowserProof(
        {
          state: () => state,
          apply: applyLocked,
          catalog,
          clock,
          locale: () => effectiveLocale(state.settings.locale, pickLocale(navigator.languages)),
          appVersion: import.meta.env.VITE_APP_VERSION ?? 'web',
        },
        files(),
      ),
    ));
  function snapshot(): Snapshot {
    return {
      state,
      systemLocale: pickLocale(navigator.languages),
      host: 'browser',
      appVersion: import.meta.env.VITE_APP_VERSION ?? 'web',
      storeNotice: loaded.notice,
      catalog: inUse,
      updates: { appUpdatesSupported: false, catalogChecksSupported: false, lastCatalogCheck: null },
      beforeImport: imports.beforeImport(),
    };
  }

  const forget = async (owners: readonly string[]): Promise<void> => {
    const store = await files().catch(() => null);
    for (const owner of owners) await store?.remove(owner).catch(() => undefined);
  };

  const dispatch: Api['dispatch'] = (command) =>
    locked(() => {
      const before = state;
      const applied = apply(command);
      if (!applied.ok) return { ok: false, error: applied.error } as const;
      // Removing an account or starting over forgets the proof files and complaints kept for it.
      const gone = [
        ...before.evidence.filter((record) => !state.evidence.some((kept) => kept.id === record.id)).map((record) => record.id),
        ...before.accounts
          .filter((account) => !state.accounts.some((kept) => kept.id === account.id))
          .map((account) => complaintsOwner(account.id)),
      ];
      if (gone.length > 0) void forget(gone);
      return { ok: true, snapshot: snapshot() } as const;
    });

  // In a browser every target opens in a new tab: the person's own browser, with or without
  // `opensIn: 'browser'` (there is no account view here). The guide was shown first.
  const openGuide: Api['openGuide'] = async ({ accountId, campaignId, targetId }) => {
    const account = state.accounts.find((candidate) => candidate.id === accountId);
    if (account === undefined) throw new Error('That account no longer exists.');
    const target = findTarget(catalog, campaignId, account.platform, targetId);
    const url = target === undefined ? undefined : entryUrlsOf(target)[0];
    if (target === undefined || url === undefined) throw new Error('This campaign has no page for that platform.');
    // Synchronously, inside the person's click: a popup blocker lets it through.
    window.open(url, '_blank', 'noopener');
    const extra = target.role === 'extra' ? target.id : undefined;
    const status =
      extra === undefined ? deriveStatus(state, accountId, campaignId, catalog) : ownStatus(state.events, accountId, campaignId, extra);
    if (status.kind !== 'to-do') return;
    const result = await dispatch({
      kind: 'record',
      accountId,
      campaignId,
      ...(extra === undefined ? {} : { targetId: extra }),
      event: { kind: 'form-opened' },
    });
    if (!result.ok) throw new Error(result.error);
  };

  const loadCatalogUpdate: Api['loadCatalogUpdate'] = async () => {
    const picked = await pickTextFiles('.json,.sig,application/json');
    if (picked === null) return { kind: 'cancelled' };
    const accepted = acceptBrowserUpdate(picked, inUse, storage, clock, trustedKeys);
    inUse = accepted.inUse;
    if (accepted.outcome.kind === 'accepted') emit('state:changed', snapshot());
    return accepted.outcome;
  };

  const unavailable = (): Promise<never> => Promise.reject(new Error(UNAVAILABLE));

  return {
    getState: () => {
      catchUp();
      return Promise.resolve(snapshot());
    },
    dispatch,
    openGuide,
    getGuide: () => Promise.resolve(null),
    guideGo: unavailable,
    openInBrowser: unavailable,
    captureEvidence: unavailable,
    answerDetection: unavailable,
    forgetLogin: () => Promise.resolve(),
    openEvidence: async (arg) => (await proofMethods()).openEvidence(arg),
    revealEvidence: unavailable,
    exportEvidence: unavailable,
    exportData: () => {
      catchUp();
      const now = clock.now();
      const name = `objector-export-${now.toISOString().slice(0, 10)}.json`;
      downloadText(name, serializeExport(state, now));
      return Promise.resolve({ kind: 'saved', path: name });
    },
    importData: () => imports.pick(),
    confirmImport: ({ token }) => locked(() => imports.confirm(token)),
    restoreBeforeImport: () => locked(() => imports.restore()),
    addEvidenceFile: (ref) => evidenceFile.add(ref),
    copyText: async ({ text }) => navigator.clipboard.writeText(text),
    addProofFile: async (arg) => (await proofMethods()).addProofFile(arg),
    keepProofFile: async (arg) => (await proofMethods()).keepProofFile(arg),
    saveComplaint: async (arg) => (await proofMethods()).saveComplaint(arg),
    getComplaints: async () => (await proofMethods()).getComplaints(),
    exportProofPack: async (arg) => (await proofMethods()).exportProofPack(arg),
    exportCalendar: async () => (await proofMethods()).exportCalendar(),
    openChecklist: () => Promise.resolve(),
    openFolder: unavailable,
    loadCatalogUpdate,
    onStateChanged: subscribe('state:changed'),
    onGuideChanged: subscribe('guide:changed'),
  };
}
