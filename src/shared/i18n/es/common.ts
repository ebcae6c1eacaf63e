import type { Messages } from '../messages';

/** Español: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `quedan ${distance}`,
  countdownPassed: (distance) => `el plazo venció hace ${distance}`,
  countdownNoDeadline: 'sin plazo',
  deadlineOn: (date, zone) => `Plazo: ${date} (hora de ${zone})`,
  cancel: 'Cancelar',
  save: 'Guardar',
  close: 'Cerrar',
  back: 'Atrás',
  next: 'Siguiente',
  edit: 'Editar',
  remove: 'Quitar',
  failed: (reason) => `No ha funcionado: ${reason}`,
  /** Why the app refused a change (see Refusal in src/shared/domain/reducer.ts). */
  refused: {
    'account-missing': 'Esa cuenta ya no existe.',
    'label-empty': 'La cuenta necesita un nombre.',
    'group-missing': 'Ese Centro de cuentas ya no existe.',
    'group-name-empty': 'El grupo necesita un nombre.',
    'campaign-not-for-platform': 'Esa campaña no afecta a este tipo de cuenta.',
    'not-in-campaign': 'Esta cuenta no participa en esa campaña.',
    'not-saved':
      'No se pudo guardar su progreso (puede que el disco o el almacenamiento del navegador esté lleno o bloqueado). No se ha cambiado nada.',
    // — campaigns, in this group: begin (generated) —
    'group-not-for-platform': 'Este tipo de cuenta no se puede vincular en un Centro de cuentas de Meta.',
    'date-in-future': 'Esa fecha está en el futuro.',
    // — campaigns, in this group: end —
  },
};
