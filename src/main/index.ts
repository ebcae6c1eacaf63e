/**
 * Objector's main process: the composition root. It reads as a table of contents; each feature
 * lives in its own module with one setup function.
 */
import { app } from 'electron';
import { builtInCatalog, findCampaign, PRIMARY_CAMPAIGN_ID } from '@shared/catalog/index';
import type { Clock } from '@shared/domain/types';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { denyPermissions, hardenApp } from './security/harden';
import { createStateService } from './state/state-service';
import { memoryStorage } from './state/memory-storage';
import { loadLanguage, type Language } from './language';
import { setupCountdown } from './countdown-service';
import { setupTray } from './tray/tray';
import { setupStateIpc } from './ipc/state-handlers';
import { openChecklist } from './windows/checklist-window';
import { handle } from './ipc/handle';

const clock: Clock = { now: () => new Date() };

async function start(): Promise<void> {
  serveRenderer();
  denyPermissions();

  const catalog = builtInCatalog();
  const state = createStateService(memoryStorage(), catalog, clock);
  let language: Language = await loadLanguage(state.get().settings);

  const countdown = setupCountdown(findCampaign(catalog, PRIMARY_CAMPAIGN_ID), clock, () => language);
  const tray = setupTray({ openChecklist: () => openChecklist(), quit: () => app.quit() });
  tray.update(countdown.current(), language);
  countdown.onChange((view) => tray.update(view, language));

  state.onChange((next) => {
    void loadLanguage(next.settings).then((loaded) => {
      if (loaded.locale === language.locale) return;
      language = loaded;
      countdown.refresh();
      tray.update(countdown.current(), language);
    });
  });

  setupStateIpc(state, countdown);
  handle('window:open-checklist', () => {
    openChecklist();
  });

  if (!process.argv.includes('--hidden')) openChecklist();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenApp();
  app.on('second-instance', () => openChecklist());
  // A tray app stays alive with every window closed.
  app.on('window-all-closed', () => undefined);
  void app.whenReady().then(start);
}
