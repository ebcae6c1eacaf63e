import type { Messages } from '../messages';
import { plural } from '../plural';

/** Deutsch: Einstellungen. */
export const settings: Messages['settings'] = {
  title: 'Einstellungen',
  backToList: 'Zurück zu Ihren Konten',
  language: 'Sprache',
  languageSystem: (name) => `Wie dieser Computer (${name})`,
  reminders: 'Erinnerungen',
  remindersOn: 'Mich vor der Frist erinnern und daran, meine E-Mails zu prüfen',
  pause: 'Erinnerungen pausieren',
  pauseDay: 'Für 1 Tag',
  pauseWeek: 'Für 1 Woche',
  pauseForever: 'Bis ich sie wieder einschalte',
  pausedUntil: (date) => `Erinnerungen sind pausiert bis ${date}.`,
  pausedForever: 'Erinnerungen sind pausiert, bis Sie sie wieder einschalten.',
  resume: 'Erinnerungen wieder einschalten',
  startAtLogin: 'Objector bei der Anmeldung starten',
  desktopOnly: 'Nur in der Desktop-App.',
  theme: 'Darstellung',
  themeSystem: 'Wie dieser Computer',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  data: 'Ihre Daten',
  dataHint: 'Eine Datei mit Ihren Konten, Ihrem Fortschritt und Ihren Einstellungen. Praktisch für den Umzug auf einen anderen Computer.',
  export: 'In eine Datei exportieren',
  import: 'Aus einer Datei importieren',
  exported: (path) => `Gespeichert unter ${path}`,
  imported: (accounts, events) =>
    `${plural('de', accounts, { one: '{n} Konto', other: '{n} Konten' })} und ${plural('de', events, { one: '{n} Schritt', other: '{n} Schritte' })} importiert.`,
  importInvalid: 'Diese Datei konnte nicht importiert werden. Nichts wurde geändert.',
  reset: 'Neu beginnen',
  resetHint: 'Entfernt alle Konten und den gesamten Fortschritt aus der App.',
  resetTitle: 'Neu beginnen?',
  resetBody: 'Alle Konten, Schritte und Einstellungen werden aus der App entfernt. Exportieren Sie vorher am besten eine Kopie.',
  resetConfirm: 'Alles entfernen',
  done: 'Fertig',
  version: (version) => `Version ${version}`,
  /** The file type in the save and open dialogs. */
  dataFileType: 'Objector-Export',
};
