/**
 * The tray icon: its image follows where every campaign stands, its tooltip (and, on macOS, the
 * text beside it) shows the countdown to the nearest date ahead or what is left, and its menu is
 * rebuilt from the pure model and re-set on every change (Linux's AppIndicator only picks up a
 * menu when it is set again). It wakes on the shared ticker when its view changes by itself.
 */
import { Menu, Tray, type NativeImage } from 'electron';
import type { AppState, Catalog, Clock } from '@shared/domain/types';
import type { Command } from '@shared/domain/commands';
import { buildTrayView, type TrayView } from '@shared/tray/menu-model';
import { nextTrayChange } from '@shared/tray/next-change';
import type { TrayIconState, TrayPlatform } from '@shared/tray/tray-state';
import type { CountdownService } from '../countdown-service';
import type { Language } from '../language';
import { toMenuTemplate } from './menu-template';
import { loadTrayIcon, trayPlatform } from './tray-icon';
import { runTrayAction } from './tray-actions';
import { e2eHooks } from './e2e-hooks';

/** What the tray needs from the app. */
export interface TrayDeps {
  readonly state: {
    get(): AppState;
    dispatch(command: Command): unknown;
    onChange(listener: (state: AppState) => void): () => void;
  };
  readonly ticker: Pick<CountdownService, 'addWakeSource'>;
  readonly catalog: Catalog;
  readonly clock: Clock;
  readonly language: () => Language;
  readonly openChecklist: () => void;
  readonly openGuide: (accountId: string, campaignId: string) => void;
  readonly quit: () => void;
  readonly platform?: TrayPlatform;
  /** Loads an icon (tests pass a fake); defaults to the files in assets/tray. */
  readonly loadIcon?: (state: TrayIconState, platform: TrayPlatform) => NativeImage;
}

/** The live tray. */
export interface TrayHandle {
  /** Rebuilds now (the language changed). */
  refresh(): void;
  /** What the tray shows right now. */
  view(): TrayView;
  destroy(): void;
}

/** Creates the tray icon and keeps it current. Call after `app` is ready. */
export function setupTray(deps: TrayDeps): TrayHandle {
  const platform = deps.platform ?? trayPlatform();
  const loadIcon = deps.loadIcon ?? loadTrayIcon;
  const icons = new Map<TrayIconState, NativeImage>();
  const iconFor = (state: TrayIconState): NativeImage => {
    let icon = icons.get(state);
    if (icon === undefined) {
      icon = loadIcon(state, platform);
      icons.set(state, icon);
    }
    return icon;
  };

  const compute = (): TrayView => {
    const language = deps.language();
    return buildTrayView({
      state: deps.state.get(),
      catalog: deps.catalog,
      platform,
      locale: language.locale,
      messages: language.messages,
      now: deps.clock.now(),
    });
  };

  let shown = compute();
  const tray = new Tray(iconFor(shown.icon));
  const run = (action: Parameters<typeof runTrayAction>[0]): void =>
    runTrayAction(action, { clock: deps.clock, dispatch: (command) => deps.state.dispatch(command), ...pick(deps) });
  // Windows and most Linux trays send 'click' on a left click; macOS opens the menu instead.
  if (platform !== 'darwin') tray.on('click', () => deps.openChecklist());

  const hooks = e2eHooks();
  const apply = (view: TrayView, force: boolean): void => {
    const same = JSON.stringify(view) === JSON.stringify(shown);
    if (same && !force) return;
    if (view.icon !== shown.icon || force) tray.setImage(iconFor(view.icon));
    shown = view;
    tray.setToolTip(view.tooltip);
    if (view.title !== null) tray.setTitle(view.title);
    const menu = Menu.buildFromTemplate(toMenuTemplate(view.menu, run));
    tray.setContextMenu(menu);
    if (hooks !== null) hooks.trayMenu = () => menu;
  };
  const refresh = (): void => apply(compute(), false);

  apply(shown, true);
  if (hooks !== null) hooks.trayView = () => shown;
  const offState = deps.state.onChange(refresh);
  // Every ticker wake may change what the tray shows; it asks to be woken when its own view
  // changes by itself (the countdown ticks, a follow-up or re-check falls due, a pause ends).
  const offWake = deps.ticker.addWakeSource({
    next: (now) => earliest(nextTrayChange(deps.state.get(), deps.catalog, now), pauseEnd(deps.state.get(), now)),
    onWake: refresh,
  });

  return {
    refresh: () => apply(compute(), true),
    view: () => shown,
    destroy() {
      offState();
      offWake();
      tray.destroy();
    },
  };
}

function pick(deps: TrayDeps): Pick<TrayDeps, 'openGuide' | 'openChecklist' | 'quit'> {
  return { openGuide: deps.openGuide, openChecklist: deps.openChecklist, quit: deps.quit };
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.getTime() <= b.getTime() ? a : b;
}

/** When a timed pause of reminders ends (the menu then offers "Pause" again), or null. */
function pauseEnd(state: AppState, now: Date): Date | null {
  const until = state.settings.remindersPausedUntil;
  if (until === null || until === 'forever') return null;
  const at = Date.parse(until);
  return Number.isNaN(at) || at <= now.getTime() ? null : new Date(at);
}
