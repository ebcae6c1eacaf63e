import type { Messages } from '../messages';
import { plural } from '../plural';

/** Español: información y menú del icono de la bandeja. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  tooltipWithProgress: (countdown, progress) => `Objector: ${countdown}\n${progress}`,
  progressLeft: (left) => plural('es', left, { one: 'queda {n} cuenta por hacer', other: 'quedan {n} cuentas por hacer' }),
  progressAllDone: 'Todas las cuentas están hechas',
  noAccounts: 'Aún no hay cuentas: añádelas en la lista',
  accountLine: (platform, label, status) => `${platform} ${label}: ${status}`,
  moreAccounts: (count) => plural('es', count, { one: '… y {n} más', other: '… y {n} más' }),
  statuses: {
    'to-do': 'por hacer',
    'in-progress': 'en curso',
    submitted: 'enviada, revisa tu correo',
    confirmed: 'confirmada',
    'covered-by-group': 'cubierta por su grupo',
    'not-applicable': 'no hace falta',
  },
  openNextForm: 'Abrir el siguiente formulario',
  openNextFormFor: (account) => `Abrir el siguiente formulario (${account})`,
  openChecklist: 'Abrir la lista',
  pauseReminders: 'Pausar los recordatorios',
  pauseOneDay: 'Durante 1 día',
  pauseOneWeek: 'Durante 1 semana',
  pauseForever: 'Hasta que los vuelva a activar',
  resumeReminders: 'Reanudar los recordatorios',
  startAtLogin: 'Iniciar al abrir sesión',
  edit: {
    menu: 'Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
  },
  quit: 'Salir de Objector',
};
