/**
 * The browser backend: the same `Api` as the desktop app, for `npm run preview`, the browser
 * tests, and people who cannot run the desktop app. State lives in localStorage and changes
 * through the same shared reducer; forms open in a new tab (no isolated sessions, no automatic
 * proof: the person records each step by hand).
 */
import type { Api, CountdownView, EventChannel, EventContract, ImportOutcome, Snapshot } from '@shared/ipc/contract';
import type { AppState, Clock } from '@shared/domain/types';
import { applyCommand } from '@shared/domain/reducer';
import { findCampaign, findTarget, PRIMARY_CAMPAIGN_ID } from '@shared/catalog/lookups';
import { entryUrlsOf } from '@shared/guide/entries';
import { pickLocale, effectiveLocale } from '@shared/i18n/locale';
import { loadMessages } from '@shared/i18n/load';
import { buildCountdownView } from '@shared/domain/countdown-view';
import { nextCountdownChange } from '@shared/domain/countdown';
import { importedState, parseExport, serializeExport } from '@shared/domain/export';
import { loadState, readSaved, saveState, STORAGE_KEY, withTabLock } from './browser-storage';
import { downloadText, pickTextFile, pickTextFiles } from './browser-files';
import { acceptBrowserUpdate, loadBrowserCatalog } from './browser-catalog';
import type { BrowserProof } from './browser-proof';

export { STORAGE_KEY };

const UNAVAILABLE = 'This needs the Objector desktop app.';

/**
 * Creates the browser backend over `storage`. Two tabs share one localStorage: each change is
 * made on the latest saved state under the tabs' lock (`withTabLock`), so neither overwrites the
 * other's, and a tab follows the other's changes through `storage` events. `trustedKeys` (the
 * catalog keys) is replaced only by tests.
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
    'countdown:changed': new Set(),
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
  const snapshot = (): Snapshot => ({
    state,
    systemLocale: pickLocale(navigator.languages),
    host: 'browser',
    appVersion: import.meta.env.VITE_APP_VERSION ?? 'web',
    storeNotice: loaded.notice,
    catalog: inUse,
    updates: { appUpdatesSupported: false, catalogChecksSupported: false, lastCatalogCheck: null },
  });

  let countdownTimer: ReturnType<typeof setTimeout> | undefined;
  const countdown = async (): Promise<CountdownView | null> => {
    const campaign = findCampaign(catalog, PRIMARY_CAMPAIGN_ID);
    if (campaign === undefined) return null;
    const locale = effectiveLocale(state.settings.locale, pickLocale(navigator.languages));
    const messages = await loadMessages(locale);
    const now = clock.now();
    clearTimeout(countdownTimer);
    const next = campaign.deadline === null ? null : nextCountdownChange(campaign.deadline, now);
    if (next !== null) {
      countdownTimer = setTimeout(
        () => void countdown().then((view) => emit('countdown:changed', view)),
        Math.min(next.getTime() - now.getTime(), 2 ** 31 - 1),
      );
    }
    return buildCountdownView(campaign, now, messages, locale);
  };

  const publish = (next: AppState): void => {
    const localeChanged = next.settings.locale !== state.settings.locale;
    state = next;
    emit('state:changed', snapshot());
    if (localeChanged) void countdown().then((view) => emit('countdown:changed', view));
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

  const dispatch: Api['dispatch'] = (command) =>
    withTabLock(() => {
      catchUp();
      const applied = applyCommand(state, command, { now: clock.now(), newId: () => crypto.randomUUID(), catalog });
      if (!applied.ok) return { ok: false, error: applied.error } as const;
      if (applied.state !== state && !commit(applied.state)) return { ok: false, error: 'not-saved' } as const;
      return { ok: true, snapshot: snapshot() } as const;
    });

  // In a browser every target opens in a new tab: the person's own browser, with or without
  // `opensIn: 'browser'` (there is no account view here).
  const openGuide: Api['openGuide'] = async ({ accountId, campaignId, targetId }) => {
    const account = state.accounts.find((candidate) => candidate.id === accountId);
    if (account === undefined) throw new Error('That account no longer exists.');
    const target = findTarget(catalog, campaignId, account.platform, targetId);
    const url = target === undefined ? undefined : entryUrlsOf(target)[0];
    if (target === undefined || url === undefined) throw new Error('This campaign has no form for that platform.');
    window.open(url, '_blank', 'noopener');
    const extra = target.role === 'extra' ? { targetId: target.id } : {};
    const result = await dispatch({ kind: 'record', accountId, campaignId, ...extra, event: { kind: 'form-opened' } });
    if (!result.ok) throw new Error(result.error);
  };

  const loadCatalogUpdate: Api['loadCatalogUpdate'] = async () => {
    const files = await pickTextFiles('.json,.sig,application/json');
    if (files === null) return { kind: 'cancelled' };
    const accepted = acceptBrowserUpdate(files, inUse, storage, clock, trustedKeys);
    inUse = accepted.inUse;
    if (accepted.outcome.kind === 'accepted') emit('state:changed', snapshot());
    return accepted.outcome;
  };

  const importData = async (): Promise<ImportOutcome> => {
    const text = await pickTextFile('.json,application/json');
    if (text === null) return { kind: 'cancelled' };
    const parsed = parseExport(text);
    if (!parsed.ok) return { kind: 'invalid', problems: parsed.problems };
    const saved = await withTabLock(() => {
      catchUp();
      return commit(importedState(parsed.value, state));
    });
    if (!saved) return { kind: 'invalid', problems: [{ path: '', code: 'browser-not-saved' }] };
    return { kind: 'imported', accounts: parsed.value.accounts.length, events: parsed.value.events.length };
  };

  const unavailable = (): Promise<never> => Promise.reject(new Error(UNAVAILABLE));

  // Proof files, complaints, proof packs and the calendar: loaded on first use (they bring the MIME, PDF and zip libraries).
  let proof: Promise<BrowserProof> | undefined;
  const proofMethods = (): Promise<BrowserProof> =>
    (proof ??= import('./browser-proof').then(({ createBrowserProof }) =>
      createBrowserProof({
        state: () => state,
        apply: (command) => {
          const applied = applyCommand(state, command, { now: clock.now(), newId: () => crypto.randomUUID(), catalog });
          return applied.ok && (applied.state === state || commit(applied.state));
        },
        catalog,
        clock,
        locale: () => effectiveLocale(state.settings.locale, pickLocale(navigator.languages)),
        appVersion: import.meta.env.VITE_APP_VERSION ?? 'web',
      }),
    ));

  return {
    getState: () => {
      catchUp();
      return Promise.resolve(snapshot());
    },
    dispatch,
    getCountdown: countdown,
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
    importData,
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
    onCountdownChanged: subscribe('countdown:changed'),
    onGuideChanged: subscribe('guide:changed'),
  };
}
