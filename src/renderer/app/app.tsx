/** The root component: loads the snapshot and language, then shows the requested screen. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Api, Snapshot } from '@shared/ipc/contract';
import type { Catalog, Clock } from '@shared/domain/types';
import { effectiveLocale } from '@shared/i18n/locale';
import { loadMessages } from '@shared/i18n/load';
import { loadDateLocale } from '@shared/i18n/date-locale';
import { AppContext, type AppContextValue } from './app-context';
import { useTheme } from './use-theme';

/** The screens a window can show. */
export type View = 'checklist' | 'guide';

const screens: Record<View, () => Promise<ComponentType>> = {
  checklist: async () => (await import('../checklist/checklist-screen')).ChecklistScreen,
  guide: async () => (await import('../guide/guide-screen')).GuideScreen,
};

const systemClock: Clock = { now: () => new Date() };

/** The app for one window. */
export function App({ api, view, clock = systemClock }: { readonly api: Api; readonly view: View; readonly clock?: Clock }) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [context, setContext] = useState<AppContextValue | null>(null);
  const [Screen, setScreen] = useState<ComponentType | null>(null);
  // The catalog in use changes only at start-up: keep the first one, so its identity is stable.
  const catalog = useRef<Catalog | null>(null);
  if (snapshot !== null) catalog.current ??= snapshot.catalog.catalog;

  useEffect(() => {
    void api.getState().then(setSnapshot);
    void screens[view]().then((component) => setScreen(() => component));
    return api.onStateChanged(setSnapshot);
  }, [api, view]);

  const localeSetting = snapshot?.state.settings.locale;
  const locale = snapshot === null ? null : effectiveLocale(snapshot.state.settings.locale, snapshot.systemLocale);
  useEffect(() => {
    if (snapshot === null || locale === null) return;
    const inUse = catalog.current ?? snapshot.catalog.catalog;
    if (context !== null && context.locale === locale) {
      setContext({ ...context, snapshot, catalog: inUse });
      return;
    }
    let cancelled = false;
    void Promise.all([loadMessages(locale), loadDateLocale(locale)]).then(([t, dateLocale]) => {
      if (cancelled) return;
      document.documentElement.lang = locale;
      setContext({ api, snapshot, locale, t, dateLocale, clock, catalog: inUse });
    });
    return () => {
      cancelled = true;
    };
  }, [snapshot, localeSetting, locale]);

  useTheme(snapshot?.state.settings.theme ?? 'system');

  if (context === null || Screen === null)
    return (
      <p class="loading" aria-busy="true">
        …
      </p>
    );
  return (
    <AppContext.Provider value={context}>
      <Screen />
    </AppContext.Provider>
  );
}
