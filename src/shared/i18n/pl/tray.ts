import type { Messages } from '../messages';

/** Polski: tray. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  openChecklist: 'Otwórz listę',
  quit: 'Zamknij Objector',
};
