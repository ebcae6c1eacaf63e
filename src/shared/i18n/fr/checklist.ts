import type { Messages } from '../messages';

/** La fenêtre de la liste. */
export const checklist: Messages['checklist'] = {
  windowTitle: 'Objector : vos comptes',
  loading: 'Chargement…',
};
