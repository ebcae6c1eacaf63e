import type { Messages } from '../messages';

/** Español: checklist. */
export const checklist: Messages['checklist'] = {
  windowTitle: 'Objector: sus cuentas',
  loading: 'Cargando…',
};
