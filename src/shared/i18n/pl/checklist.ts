import type { Messages } from '../messages';

/** Polski: checklist. */
export const checklist: Messages['checklist'] = {
  windowTitle: 'Objector: Twoje konta',
  loading: 'Wczytywanie…',
};
