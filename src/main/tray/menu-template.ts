/** Turns the pure tray menu model into Electron's menu template, wiring each action to `run`. */
import type { MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayMenuItem } from '@shared/tray/menu-model';

/** The Electron template for `items`; a click on an item calls `run` with its action. */
export function toMenuTemplate(items: readonly TrayMenuItem[], run: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'label':
        return { label: item.label, enabled: false };
      case 'action':
        return { label: item.label, click: () => run(item.action) };
      case 'checkbox':
        return { label: item.label, type: 'checkbox', checked: item.checked, click: () => run(item.action) };
      case 'submenu':
        return { label: item.label, submenu: toMenuTemplate(item.items, run) };
      case 'separator':
        return { type: 'separator' };
    }
  });
}
