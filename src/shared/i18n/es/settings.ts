import type { Messages } from '../messages';
import { plural } from '../plural';

/** Español: ajustes. */
export const settings: Messages['settings'] = {
  title: 'Ajustes',
  backToList: 'Volver a sus cuentas',
  language: 'Idioma',
  languageSystem: (name) => `Como este ordenador (${name})`,
  reminders: 'Recordatorios',
  remindersOn: 'Recordarme el plazo y que revise mi correo',
  pause: 'Pausar los recordatorios',
  pauseDay: 'Durante 1 día',
  pauseWeek: 'Durante 1 semana',
  pauseForever: 'Hasta que los vuelva a activar',
  pausedUntil: (date) => `Los recordatorios están en pausa hasta el ${date}.`,
  pausedForever: 'Los recordatorios están en pausa hasta que los vuelva a activar.',
  resume: 'Volver a activar los recordatorios',
  startAtLogin: 'Abrir Objector al iniciar sesión',
  desktopOnly: 'Solo en la aplicación de escritorio.',
  theme: 'Apariencia',
  themeSystem: 'Como este ordenador',
  themeLight: 'Clara',
  themeDark: 'Oscura',
  data: 'Sus datos',
  dataHint: 'Un archivo con sus cuentas, su progreso y sus ajustes. Útil para pasar a otro ordenador.',
  export: 'Exportar a un archivo',
  import: 'Importar desde un archivo',
  exported: (path) => `Guardado en ${path}`,
  imported: (accounts, events) =>
    `Se importaron ${plural('es', accounts, { one: '{n} cuenta', other: '{n} cuentas' })} y ${plural('es', events, { one: '{n} paso', other: '{n} pasos' })}.`,
  importInvalid: 'No se pudo importar este archivo. No se cambió nada.',
  reset: 'Empezar de nuevo',
  resetHint: 'Quita todas las cuentas y todo el progreso de la aplicación.',
  resetTitle: '¿Empezar de nuevo?',
  resetBody: 'Se quitan de la aplicación todas las cuentas, todos los pasos y todos los ajustes. Conviene exportar una copia antes.',
  resetConfirm: 'Quitarlo todo',
  done: 'Listo',
  version: (version) => `Versión ${version}`,
  /** The file type in the save and open dialogs. */
  dataFileType: 'Exportación de Objector',
};
