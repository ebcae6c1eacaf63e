/**
 * The desktop app's `window.objector`, played in the page for browser tests of screens that only
 * the desktop app shows (the guide panel): a snapshot and a guide view made in Node, handed to the
 * page before it starts. Every call is recorded in `window.__calls`; calls without an answer here
 * resolve to nothing. It stands in for main, not for Electron: the renderer code under test is the
 * real, built one.
 */
import type { Page } from '@playwright/test';
import { builtInCatalog } from '../../src/shared/catalog/index';
import { builtInInUse } from '../../src/shared/catalog/catalog-in-use';
import { defaultState } from '../../src/shared/domain/defaults';
import type { AppState } from '../../src/shared/domain/types';
import type { GuideView, Snapshot } from '../../src/shared/ipc/contract';

/** A desktop snapshot over `state`. */
export function desktopSnapshot(state: AppState): Snapshot {
  return {
    state,
    systemLocale: 'en',
    host: 'linux',
    appVersion: '0.1.0',
    storeNotice: null,
    catalog: builtInInUse(builtInCatalog()),
    updates: { appUpdatesSupported: false, catalogChecksSupported: true, lastCatalogCheck: null },
    beforeImport: null,
  };
}

/** One Facebook account, onboarding done, in `locale`. */
export function oneFacebookAccount(locale: 'en' | 'fr' | 'de' = 'en'): AppState {
  const state = defaultState();
  return {
    ...state,
    settings: { ...state.settings, onboardingDone: true, locale, catalogUpdates: 'refused' },
    accounts: [
      {
        id: '00000000-0000-4000-8000-000000000001',
        platform: 'facebook',
        label: 'Marie',
        email: 'marie@example.com',
        groupId: null,
        campaignIds: ['meta-ai-training-eu-2025'],
        createdAt: '2026-11-01T08:00:00.000Z',
      },
    ],
  };
}

/** Installs the double before the page's scripts run. */
export async function installDesktopDouble(page: Page, snapshot: Snapshot, guide: GuideView | null): Promise<void> {
  await page.addInitScript(
    ([snap, view]) => {
      const calls: { method: string; arg: unknown }[] = [];
      const answers: Record<string, (arg: unknown) => unknown> = {
        getState: () => snap,
        getGuide: () => view,
      };
      const api = new Proxy(
        {},
        {
          get: (_target, name: string) => {
            // Not a thenable: `getApi()` returns the api from an async function.
            if (name === 'then') return undefined;
            if (name.startsWith('on')) return () => () => undefined;
            return (arg: unknown) => {
              calls.push({ method: name, arg });
              return Promise.resolve(answers[name]?.(arg) ?? null);
            };
          },
        },
      );
      Object.assign(window, { objector: api, __calls: calls });
    },
    [snapshot, guide] as const,
  );
}

/** The api calls the page made. */
export function desktopCalls(page: Page): Promise<{ method: string; arg: unknown }[]> {
  return page.evaluate(() => (window as unknown as { __calls: { method: string; arg: unknown }[] }).__calls);
}
