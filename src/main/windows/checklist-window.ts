/** The checklist window: one at a time, focused if already open. */
import type { BrowserWindow } from 'electron';
import { createRendererWindow } from './renderer-window';

let current: BrowserWindow | null = null;

/** Opens the checklist, or brings it to the front. */
export function openChecklist(): BrowserWindow {
  if (current !== null && !current.isDestroyed()) {
    if (current.isMinimized()) current.restore();
    current.show();
    current.focus();
    return current;
  }
  const window = createRendererWindow('checklist', { width: 920, height: 720, minWidth: 560, minHeight: 480, title: 'Objector' });
  window.on('closed', () => {
    current = null;
  });
  current = window;
  return window;
}

/** The open checklist window, if any. */
export function checklistWindow(): BrowserWindow | null {
  return current !== null && !current.isDestroyed() ? current : null;
}
