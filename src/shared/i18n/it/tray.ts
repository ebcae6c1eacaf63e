import type { Messages } from '../messages';

/** Italiano: tray. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  openChecklist: 'Apri la lista',
  quit: 'Esci da Objector',
};
