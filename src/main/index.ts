/**
 * Objector's main process: the composition root. It reads as a table of contents; each feature
 * lives in its own module with one setup function.
 */
import { app } from 'electron';
import { builtInCatalog } from '@shared/catalog/index';
import type { Clock } from '@shared/domain/types';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { denyPermissions, hardenApp } from './security/harden';
import { createStateService } from './state/state-service';
import { createFileStorage } from './state/store';
import { loadLanguage, systemLocale, type Language } from './language';
import { effectiveLocale } from '@shared/i18n/locale';
import { setupCountdown } from './countdown-service';
import { setupTray } from './tray/tray';
import { setupStateIpc } from './ipc/state-handlers';
import { setupDataIpc } from './ipc/data-handlers';
import { setupGuide } from './ipc/guide-handlers';
import { setupEvidenceIpc } from './ipc/evidence-handlers';
import { setupAppIpc } from './ipc/app-handlers';
import { setupProofIpc } from './ipc/proof-handlers';
import { openChecklist } from './windows/checklist-window';
import { openGuide } from './guide/guide-window';
import { setupReminders } from './notifications/setup-reminders';
import { beforeImportCopies } from './state/before-import';
import { createNotifier } from './notifications/create-notifier';
import { setupAutostart } from './autostart/autostart';
import { launchedHidden, setupLifecycle } from './lifecycle/lifecycle';
import { createCatalogService } from './catalog/catalog-service';
import { fileCheckLog } from './catalog/check-log';
import { setupCatalogUpdates, updatesView } from './catalog/setup-catalog-updates';
import { setupAppUpdates } from './updates/app-updates';
import { electronAppUpdater } from './updates/electron-updater-port';
import { listenToSecondInstance, logUnhandledRejections, showStartFailure, type SecondInstanceGate } from './lifecycle/startup';
import { log } from './log/log';
import { logFolder, setupFileLog } from './log/file-log';

const clock: Clock = { now: () => new Date() };

async function start(secondInstance: SecondInstanceGate): Promise<void> {
  setupFileLog();
  log.info('app.start', { version: app.getVersion(), platform: process.platform, packaged: app.isPackaged });
  serveRenderer();
  denyPermissions();

  const dataDir = app.getPath('userData');
  // The catalog in use: the built-in one, or a signed update accepted in an earlier run.
  const catalogs = createCatalogService({ dataDir, builtIn: builtInCatalog(), clock });
  const catalog = catalogs.inUse().catalog;
  log.info('catalog.loaded', {
    version: catalog.version,
    campaigns: catalog.campaigns.length,
    origin: catalogs.inUse().origin,
    storedProblem: catalogs.inUse().storedProblem,
  });
  const checks = fileCheckLog(dataDir);
  const state = createStateService(createFileStorage({ dir: dataDir, clock }), catalog, clock);
  let language: Language = await loadLanguage(state.get().settings);
  const currentLanguage = (): Language => language;

  const copies = beforeImportCopies(dataDir);
  const ticker = setupCountdown(clock);
  const lifecycle = setupLifecycle({ openChecklist, language: currentLanguage });
  setupTray({
    state,
    ticker,
    catalog,
    clock,
    language: currentLanguage,
    openChecklist,
    openGuide,
    quit: () => app.quit(),
  });

  const publish = setupStateIpc(state, {
    catalog: () => catalogs.inUse(),
    updates: () => updatesView(checks, app.isPackaged),
    copies,
  });
  setupDataIpc({ state, clock, copies, labels: () => dataDialogLabels(language) });
  setupGuide({ state, catalog, clock, language: currentLanguage });
  setupEvidenceIpc({ state, catalog, clock, addFileTitle: () => language.messages.checklist.addProofFile });
  setupAppIpc({ openChecklist });
  setupProofIpc({ state, catalog, clock, language: currentLanguage, dataDir });

  setupReminders({ state, ticker, catalog, clock, language: currentLanguage, notifier: createNotifier(), openGuide, openChecklist });
  setupAutostart({ state });
  setupCatalogUpdates({ state, catalogs, clock, log: checks, publish, labels: () => catalogDialogLabels(language) });
  setupAppUpdates({ state, clock, log: checks, packaged: app.isPackaged, createUpdater: electronAppUpdater });

  state.onChange((next) => {
    // Most changes are not a language change: load messages only when the language really changes.
    if (effectiveLocale(next.settings.locale, systemLocale()) === language.locale) return;
    void loadLanguage(next.settings).then((loaded) => {
      if (loaded.locale === language.locale) return;
      language = loaded;
      ticker.refresh(); // re-renders the tray and re-plans reminders in the new language
      lifecycle.refreshMenu();
    });
  });

  secondInstance.ready(() => openChecklist());
  // A read-only start is shown even at login: the person must know nothing is being saved.
  if (!launchedHidden() || state.notice?.kind === 'read-only') openChecklist();
  log.info('app.started', { readOnly: state.notice?.kind === 'read-only' });
}

function dataDialogLabels(language: Language): { exportTitle: string; importTitle: string; fileType: string } {
  const { settings } = language.messages;
  return { exportTitle: settings.export, importTitle: settings.import, fileType: settings.dataFileType };
}

function catalogDialogLabels(language: Language): { title: string; fileType: string } {
  const { catalog } = language.messages;
  return { title: catalog.loadUpdate, fileType: catalog.updateFileType };
}

// Tests (and only unpackaged builds) may point the app at a throw-away data folder.
const testUserData = process.env.OBJECTOR_USER_DATA;
if (!app.isPackaged && testUserData !== undefined && testUserData !== '') app.setPath('userData', testUserData);

logUnhandledRejections();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before any await: a second launch during start-up is kept and handled once the app is up.
  const secondInstance = listenToSecondInstance();
  registerAppScheme();
  hardenApp();
  app
    .whenReady()
    .then(() => start(secondInstance))
    .catch((error: unknown) => showStartFailure(error, { data: app.getPath('userData'), logs: logFolder() }));
}
