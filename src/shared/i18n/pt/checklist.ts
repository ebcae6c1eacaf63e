import type { Messages } from '../messages';

/** Português: checklist. */
export const checklist: Messages['checklist'] = {
  windowTitle: 'Objector: as suas contas',
  loading: 'A carregar…',
};
