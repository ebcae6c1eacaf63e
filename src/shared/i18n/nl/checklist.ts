import type { Messages } from '../messages';

/** Nederlands: checklist. */
export const checklist: Messages['checklist'] = {
  windowTitle: 'Objector: uw accounts',
  loading: 'Laden…',
};
