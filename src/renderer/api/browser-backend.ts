/**
 * The browser backend: the same `Api` as the desktop app, for `npm run preview`, the browser
 * tests, and people who cannot run the desktop app. State lives in localStorage and changes
 * through the same shared reducer; forms open in a new tab (no isolated sessions, no automatic
 * proof: the person records each step by hand).
 */
import type { Api, CountdownView, EventChannel, EventContract, Snapshot } from '@shared/ipc/contract';
import type { AppState, Clock } from '@shared/domain/types';
import { defaultState } from '@shared/domain/defaults';
import { applyCommand } from '@shared/domain/reducer';
import { builtInCatalog, findCampaign, PRIMARY_CAMPAIGN_ID } from '@shared/catalog/index';
import { pickLocale, effectiveLocale } from '@shared/i18n/locale';
import { loadMessages } from '@shared/i18n/load';
import { loadDateLocale } from '@shared/i18n/date-locale';
import { buildCountdownView } from '@shared/domain/countdown-view';
import { nextCountdownChange } from '@shared/domain/countdown';

/** The localStorage key of the saved state. */
export const STORAGE_KEY = 'objector.state';

const UNAVAILABLE = 'This needs the Objector desktop app.';

function loadState(storage: Storage): AppState {
  const text = storage.getItem(STORAGE_KEY);
  if (text === null) return defaultState();
  try {
    return JSON.parse(text) as AppState;
  } catch {
    return defaultState();
  }
}

/** Creates the browser backend over `storage`. */
export function createBrowserBackend(storage: Storage, clock: Clock): Api {
  const catalog = builtInCatalog();
  let state = loadState(storage);
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
    storeNotice: null,
  });

  let countdownTimer: ReturnType<typeof setTimeout> | undefined;
  const countdown = async (): Promise<CountdownView | null> => {
    const campaign = findCampaign(catalog, PRIMARY_CAMPAIGN_ID);
    if (campaign === undefined) return null;
    const locale = effectiveLocale(state.settings.locale, pickLocale(navigator.languages));
    const [messages, dateLocale] = await Promise.all([loadMessages(locale), loadDateLocale(locale)]);
    const now = clock.now();
    clearTimeout(countdownTimer);
    const next = campaign.deadline === null ? null : nextCountdownChange(campaign.deadline, now);
    if (next !== null) {
      countdownTimer = setTimeout(
        () => void countdown().then((view) => emit('countdown:changed', view)),
        Math.min(next.getTime() - now.getTime(), 2 ** 31 - 1),
      );
    }
    return buildCountdownView(campaign, now, messages, dateLocale);
  };

  const commit = (next: AppState): void => {
    const localeChanged = next.settings.locale !== state.settings.locale;
    storage.setItem(STORAGE_KEY, JSON.stringify(next));
    state = next;
    emit('state:changed', snapshot());
    if (localeChanged) void countdown().then((view) => emit('countdown:changed', view));
  };

  const unavailable = (): Promise<never> => Promise.reject(new Error(UNAVAILABLE));

  return {
    getState: () => Promise.resolve(snapshot()),
    dispatch: (command) => {
      const applied = applyCommand(state, command, { now: clock.now(), newId: () => crypto.randomUUID(), catalog });
      if (!applied.ok) return Promise.resolve({ ok: false, error: applied.error });
      if (applied.state !== state) commit(applied.state);
      return Promise.resolve({ ok: true, snapshot: snapshot() });
    },
    getCountdown: countdown,
    openGuide: unavailable,
    getGuide: () => Promise.resolve(null),
    guideGo: unavailable,
    openInBrowser: unavailable,
    captureEvidence: unavailable,
    answerDetection: unavailable,
    forgetLogin: unavailable,
    openEvidence: unavailable,
    revealEvidence: unavailable,
    exportEvidence: unavailable,
    exportData: unavailable,
    importData: unavailable,
    copyText: async ({ text }) => navigator.clipboard.writeText(text),
    openChecklist: () => Promise.resolve(),
    onStateChanged: subscribe('state:changed'),
    onCountdownChanged: subscribe('countdown:changed'),
    onGuideChanged: subscribe('guide:changed'),
  };
}
