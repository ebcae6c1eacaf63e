import type { Messages } from '../messages';
import { plural } from '../plural';

/** Español: información y menú del icono de la bandeja. */
export const tray: Messages['tray'] = {
  progressAllDone: 'Todas las cuentas están hechas',
  noAccounts: 'Aún no hay cuentas: añádelas en la lista',
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
  // — campaigns: begin (generated) —
  tooltip: ({ line }) => `Objector: ${line}`,
  tooltipWithProgress: ({ line, progress }) => `Objector: ${line}\n${progress}`,
  countdownFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  progressLeft: ({ count }) => plural('es', count, { one: `queda {n} cuenta por hacer`, other: `quedan {n} cuentas por hacer` }),
  nothingNowWaiting: ({ count }) =>
    plural('es', count, {
      one: `Nada que hacer por ahora: se espera {n} respuesta`,
      other: `Nada que hacer por ahora: se esperan {n} respuestas`,
    }),
  allDoneNextRecheck: ({ date }) => `Todo hecho, próxima comprobación el ${date}`,
  titleLeft: ({ count }) => plural('es', count, { other: `{n} por hacer` }),
  accountLine: ({ platform, label, status }) => `${platform} ${label}: ${status}`,
  accountLineIn: ({ platform, label, campaign, status }) => `${platform} ${label} (${campaign}): ${status}`,
  moreAccounts: ({ count }) => plural('es', count, { one: `… y {n} más`, other: `… y {n} más` }),
  standing: {
    toDo: 'por hacer',
    opened: 'formulario abierto',
    waiting: 'enviada, a la espera de respuesta',
    noAnswer: 'sin respuesta aún',
    refused: 'rechazada',
    complained: 'reclamación presentada',
    confirmed: 'confirmada',
    covered: 'cubierta por su grupo',
    notNeeded: 'no hace falta',
    settingToDo: 'ajuste aún activado',
    settingOff: 'desactivado',
    settingRecheck: 'comprobar que sigue desactivado',
  },
  openNext: ({ account }) => `Lo siguiente: ${account}`,
  // — campaigns: end —
};
