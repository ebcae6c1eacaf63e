import type { Messages } from '../messages';

/** Español: tray. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  openChecklist: 'Abrir la lista',
  quit: 'Salir de Objector',
};
