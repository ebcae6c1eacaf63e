import type { Messages } from '../messages';

/** Português: tray. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  openChecklist: 'Abrir a lista',
  quit: 'Sair do Objector',
};
