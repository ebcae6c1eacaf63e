import type { Messages } from '../messages';

/** Italiano: checklist. */
export const checklist: Messages['checklist'] = {
  windowTitle: 'Objector: i tuoi account',
  loading: 'Caricamento…',
};
