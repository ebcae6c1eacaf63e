import type { Messages } from '../messages';

/** Deutsch: checklist. */
export const checklist: Messages['checklist'] = {
  windowTitle: 'Objector: Ihre Konten',
  loading: 'Wird geladen…',
};
