import type { Messages } from '../messages';
import { plural } from '../plural';

/** Italiano: impostazioni. */
export const settings: Messages['settings'] = {
  title: 'Impostazioni',
  backToList: 'Torna ai tuoi account',
  language: 'Lingua',
  languageSystem: (name) => `Come questo computer (${name})`,
  reminders: 'Promemoria',
  remindersOn: 'Ricordami la scadenza e di controllare la posta',
  pause: 'Sospendi i promemoria',
  pauseDay: 'Per 1 giorno',
  pauseWeek: 'Per 1 settimana',
  pauseForever: 'Finché non li riattivo',
  pausedUntil: (date) => `I promemoria sono sospesi fino al ${date}.`,
  pausedForever: 'I promemoria sono sospesi finché non li riattivi.',
  resume: 'Riattiva i promemoria',
  startAtLogin: 'Avvia Objector all’accesso',
  desktopOnly: 'Solo nell’app desktop.',
  theme: 'Aspetto',
  themeSystem: 'Come questo computer',
  themeLight: 'Chiaro',
  themeDark: 'Scuro',
  data: 'I tuoi dati',
  dataHint: 'Un file con i tuoi account, i progressi e le impostazioni. Utile per passare a un altro computer.',
  export: 'Esporta in un file',
  import: 'Importa da un file',
  exported: (path) => `Salvato in ${path}`,
  imported: (accounts, events) =>
    `Importazione completata: ${plural('it', accounts, { one: '{n} account', other: '{n} account' })} e ${plural('it', events, { one: '{n} passo', other: '{n} passi' })}.`,
  importInvalid: 'Non è stato possibile importare questo file. Non è cambiato nulla.',
  reset: 'Ricomincia da capo',
  resetHint: 'Toglie dall’app tutti gli account e tutti i progressi.',
  resetTitle: 'Ricominciare da capo?',
  resetBody: 'Tutti gli account, i passi e le impostazioni vengono tolti dall’app. Meglio esportare prima una copia.',
  resetConfirm: 'Togli tutto',
  done: 'Fatto',
  version: (version) => `Versione ${version}`,
  /** The file type in the save and open dialogs. */
  dataFileType: 'Esportazione di Objector',
};
