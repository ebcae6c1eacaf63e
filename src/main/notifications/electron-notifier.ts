/** The default Notifier: Electron's `Notification`. */
import { app, Notification } from 'electron';
import type { Notifier } from './notifier';

/** The Windows AppUserModelID: toasts are attributed to it, and clicks reach the app only when it is set. */
export const APP_USER_MODEL_ID = 'org.objector.app';

/**
 * Electron's notifications. Each live notification stays referenced until it is clicked, closed or
 * fails: a garbage-collected Notification loses its click handler (electron/electron#12690).
 */
export function electronNotifier(options: { readonly icon?: string; readonly platform?: NodeJS.Platform } = {}): Notifier {
  if ((options.platform ?? process.platform) === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  const live = new Set<Notification>();
  return {
    kind: 'electron',
    show(request) {
      const notification = new Notification({
        title: request.title,
        body: request.body,
        ...(options.icon === undefined ? {} : { icon: options.icon }),
      });
      live.add(notification);
      const release = (): void => {
        live.delete(notification);
      };
      notification.on('click', () => {
        release();
        request.onClick();
      });
      notification.on('close', release);
      notification.on('failed', release);
      notification.show();
    },
    live: () => live.size,
  };
}
