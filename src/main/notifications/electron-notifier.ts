/** The default Notifier: Electron's `Notification`. */
import { app, Notification } from 'electron';
import type { Notifier } from './notifier';
import { log } from '../log/log';

/** The Windows AppUserModelID: toasts are attributed to it, and clicks reach the app only when it is set. */
export const APP_USER_MODEL_ID = 'org.objector.app';

/** Notifications kept referenced at most (the oldest are let go first). */
export const MAX_LIVE_NOTIFICATIONS = 50;

/**
 * Electron's notifications. Each live notification stays referenced until it is clicked, closed or
 * fails: a garbage-collected Notification loses its click handler (electron/electron#12690). On
 * Windows a toast that leaves the screen emits 'close' with reason 'timedOut' but stays in the
 * Action Center, where it can still be clicked: it stays referenced (notification.md). A
 * notification that fails ('failed': unsigned macOS builds since Electron 42) is shown through
 * `fallback` (node-notifier), or reported with `onFailed`.
 */
export function electronNotifier(
  options: { readonly icon?: string; readonly platform?: NodeJS.Platform; readonly fallback?: Notifier } = {},
): Notifier {
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
      for (const old of live) {
        if (live.size <= MAX_LIVE_NOTIFICATIONS) break;
        live.delete(old);
      }
      const release = (): void => {
        live.delete(notification);
      };
      notification.on('click', () => {
        release();
        request.onClick();
      });
      notification.on('close', (details: { reason?: string }) => {
        if (details.reason !== 'timedOut') release();
      });
      notification.on('failed', (_event, error: string) => {
        release();
        log.warn('notification.failed', { adapter: 'electron', error, fallback: options.fallback?.kind ?? 'none' });
        if (options.fallback !== undefined) options.fallback.show(request);
        else request.onFailed?.(error);
      });
      notification.show();
    },
    live: () => live.size,
  };
}
