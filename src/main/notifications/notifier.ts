/**
 * The `Notifier` port: show a notification, call back on click. Two adapters: Electron's
 * `Notification` (default) and node-notifier (fallback where Electron's is unsupported).
 */

/** One notification to show. */
export interface NotificationRequest {
  readonly title: string;
  readonly body: string;
  /** Called once when the person clicks the notification. */
  readonly onClick: () => void;
  /** Called when the notification could not be shown at all (by any adapter). */
  readonly onFailed?: (error: string) => void;
}

/** Shows notifications. */
export interface Notifier {
  /** Which adapter this is (for logs and tests). */
  readonly kind: 'electron' | 'node-notifier';
  show(request: NotificationRequest): void;
  /** Notifications shown and not yet clicked or closed. */
  live(): number;
}
