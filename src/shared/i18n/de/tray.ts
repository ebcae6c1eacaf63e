import type { Messages } from '../messages';

/** Deutsch: tray. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  openChecklist: 'Liste öffnen',
  quit: 'Objector beenden',
};
