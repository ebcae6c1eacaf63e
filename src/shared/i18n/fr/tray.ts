import type { Messages } from '../messages';

/** Infobulle et menu de l'icône de la barre des tâches. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector : ${countdown}`,
  openChecklist: 'Ouvrir la liste',
  quit: 'Quitter Objector',
};
