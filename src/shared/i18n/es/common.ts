import type { Messages } from '../messages';

/** Español: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `quedan ${distance}`,
  countdownPassed: (distance) => `el plazo venció hace ${distance}`,
  countdownNoDeadline: 'sin plazo',
  deadlineOn: (date, zone) => `Plazo: ${date} (hora de ${zone})`,
  passedHonest:
    'Oponerse ahora sigue protegiendo lo que publique a partir de hoy. Lo que era público antes del plazo puede que ya se haya usado.',
  passedAlreadyUsed: 'Lo que ya era público antes del plazo puede haberse usado ya.',
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
    'not-saved-disk-full': 'No se ha guardado: el disco está lleno. Libere espacio y vuelva a intentarlo. No se ha cambiado nada.',
    'read-only':
      'No se ha guardado: Objector no puede escribir en su carpeta de datos, así que por ahora solo muestra sus datos. No se ha cambiado nada.',
    'limit-reached':
      'No se ha guardado: Objector ya guarda todo lo que puede (demasiadas cuentas o pasos). Elimine las cuentas que ya no necesite y vuelva a intentarlo.',
  },
};
