/**
 * The application menu. The app shows no menu of its own, but copy, paste and undo in web forms
 * only work through an Edit menu's roles (their accelerators), so one is always set.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Messages } from '@shared/i18n/messages';

/** The menu template: the macOS app menu (system-localized) when on macOS, then Edit. */
export function appMenuTemplate(messages: Messages, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const t = messages.tray.edit;
  const edit: MenuItemConstructorOptions = {
    label: t.menu,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { type: 'separator' },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  return platform === 'darwin' ? [{ role: 'appMenu' }, edit] : [edit];
}
