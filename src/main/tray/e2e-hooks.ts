/**
 * Test-only: what the Electron e2e suite reaches through `app.evaluate` (the tray's real menu,
 * reminders shown, a way to dispatch a command), since Electron cannot list trays or notifications.
 * Exists only when OBJECTOR_E2E=1 AND the app is not packaged; a packaged app never sets it.
 */
import { app } from 'electron';
import type { Command } from '@shared/domain/commands';
import type { TrayView } from '@shared/tray/menu-model';

/** A reminder as shown, with its click. */
export interface ShownReminder {
  readonly title: string;
  readonly body: string;
  readonly click: () => void;
}

/** The hooks on `globalThis.__objectorE2E`. */
export interface E2EHooks {
  trayView?: () => TrayView;
  /** The Electron Menu last set on the tray (its items' `click()` run the real handlers). */
  trayMenu?: () => object;
  dispatch?: (command: Command) => unknown;
  readonly reminders: ShownReminder[];
}

const KEY = '__objectorE2E';

/** The hooks object, or null outside the e2e suite. */
export function e2eHooks(env: NodeJS.ProcessEnv = process.env): E2EHooks | null {
  if (env.OBJECTOR_E2E !== '1' || app.isPackaged) return null;
  const holder = globalThis as { [KEY]?: E2EHooks };
  holder[KEY] ??= { reminders: [] };
  return holder[KEY];
}
