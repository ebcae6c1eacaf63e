/**
 * The fallback Notifier: node-notifier (terminal-notifier, SnoreToast, notify-send), used where
 * Electron's `Notification.isSupported()` is false. Clicks arrive through the callback when the
 * platform can report them (`wait: true`); notify-send cannot, so on such systems a click does nothing.
 */
import type { NotificationCallback, Notification as NodeNotification } from 'node-notifier';
import type { Notifier } from './notifier';
import { APP_USER_MODEL_ID } from './electron-notifier';

/** node-notifier's `notify`, injected so tests need not spawn anything. */
export type NotifyFunction = (notification: NodeNotification & { readonly appID?: string }, callback: NotificationCallback) => unknown;

async function defaultNotify(): Promise<NotifyFunction> {
  const notifier = (await import('node-notifier')).default;
  return (notification, callback) => notifier.notify(notification, callback);
}

/** The node-notifier adapter. `notify` defaults to the real module, loaded on first use. */
export function nodeNotifier(options: { readonly notify?: NotifyFunction; readonly icon?: string } = {}): Notifier {
  let notify: Promise<NotifyFunction> | null = options.notify === undefined ? null : Promise.resolve(options.notify);
  const live = new Set<object>();
  return {
    kind: 'node-notifier',
    show(request) {
      notify ??= defaultNotify();
      const token = {};
      live.add(token);
      void notify
        .then((send) =>
          send(
            {
              title: request.title,
              message: request.body,
              wait: true,
              appID: APP_USER_MODEL_ID,
              ...(options.icon === undefined ? {} : { icon: options.icon }),
            },
            (error, response) => {
              live.delete(token);
              if (error !== null) request.onFailed?.(error.message);
              else if (response === 'activate' || response === 'click') request.onClick();
            },
          ),
        )
        .catch((error: unknown) => {
          live.delete(token);
          request.onFailed?.(error instanceof Error ? error.message : String(error));
        });
    },
    live: () => live.size,
  };
}
