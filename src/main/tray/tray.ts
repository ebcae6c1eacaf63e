/** The tray icon: tooltip with the countdown, and a menu. */
import { Menu, Tray, nativeImage } from 'electron';
import { join } from 'node:path';
import type { CountdownView } from '@shared/ipc/contract';
import { assetsDir } from '../paths';
import type { Language } from '../language';

/** What the tray can ask the app to do. */
export interface TrayActions {
  openChecklist(): void;
  quit(): void;
}

/** The tray, updated from the countdown. */
export interface TrayHandle {
  update(view: CountdownView | null, language: Language): void;
  destroy(): void;
}

/** Creates the tray icon. */
export function setupTray(actions: TrayActions): TrayHandle {
  const icon = nativeImage.createFromPath(join(assetsDir(), 'tray', 'tray-todo.png'));
  const tray = new Tray(icon);
  tray.on('click', () => actions.openChecklist());
  return {
    update(view, language) {
      const text = view?.text ?? language.messages.common.countdownNoDeadline;
      tray.setToolTip(language.messages.tray.tooltip(text));
      if (process.platform === 'darwin') tray.setTitle(text);
      tray.setContextMenu(
        Menu.buildFromTemplate([
          { label: text, enabled: false },
          { type: 'separator' },
          { label: language.messages.tray.openChecklist, click: () => actions.openChecklist() },
          { type: 'separator' },
          { label: language.messages.tray.quit, click: () => actions.quit() },
        ]),
      );
    },
    destroy: () => tray.destroy(),
  };
}
