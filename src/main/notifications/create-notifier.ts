/** Picks the Notifier: Electron's when supported, else node-notifier. */
import { Notification } from 'electron';
import type { Notifier } from './notifier';
import { electronNotifier } from './electron-notifier';
import { nodeNotifier } from './node-notifier-adapter';

/** The best Notifier on this machine. */
export function createNotifier(options: { readonly icon?: string } = {}): Notifier {
  return Notification.isSupported() ? electronNotifier(options) : nodeNotifier(options);
}
