/** Picks the Notifier: Electron's when supported (node-notifier when one fails), else node-notifier. */
import { Notification } from 'electron';
import type { Notifier } from './notifier';
import { electronNotifier } from './electron-notifier';
import { nodeNotifier } from './node-notifier-adapter';

/** The best Notifier on this machine. */
export function createNotifier(options: { readonly icon?: string } = {}): Notifier {
  const fallback = nodeNotifier(options);
  return Notification.isSupported() ? electronNotifier({ ...options, fallback }) : fallback;
}
