/** Runs what a tray menu item asks for: open a window, change a setting, quit. */
import type { Clock } from '@shared/domain/types';
import type { Command } from '@shared/domain/commands';
import type { TrayAction } from '@shared/tray/menu-model';
import { settingsPatchFor } from '@shared/tray/menu-actions';

/** What the tray's actions need from the app. */
export interface TrayActionDeps {
  readonly clock: Clock;
  readonly dispatch: (command: Command) => unknown;
  readonly openGuide: (accountId: string, campaignId: string) => void;
  readonly openChecklist: () => void;
  readonly quit: () => void;
}

/** Performs `action`. Settings changes go through the state service, like any other command. */
export function runTrayAction(action: TrayAction, deps: TrayActionDeps): void {
  switch (action.kind) {
    case 'open-guide':
      deps.openGuide(action.accountId, action.campaignId);
      return;
    case 'open-checklist':
      deps.openChecklist();
      return;
    case 'quit':
      deps.quit();
      return;
    case 'pause-reminders':
    case 'resume-reminders':
    case 'set-start-at-login': {
      const patch = settingsPatchFor(action, deps.clock.now());
      if (patch !== null) deps.dispatch({ kind: 'set-settings', patch });
      return;
    }
  }
}
