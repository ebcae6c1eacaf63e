import type { Messages } from '../messages';
import { plural } from '../plural';

/** Nederlands: instellingen. */
export const settings: Messages['settings'] = {
  title: 'Instellingen',
  backToList: 'Terug naar uw accounts',
  language: 'Taal',
  languageSystem: (name) => `Zoals deze computer (${name})`,
  reminders: 'Herinneringen',
  remindersOn: 'Herinner me aan de deadline en om mijn e-mail te controleren',
  pause: 'Herinneringen pauzeren',
  pauseDay: '1 dag',
  pauseWeek: '1 week',
  pauseForever: 'Tot ik ze weer aanzet',
  pausedUntil: (date) => `Herinneringen zijn gepauzeerd tot ${date}.`,
  pausedForever: 'Herinneringen zijn gepauzeerd tot u ze weer aanzet.',
  resume: 'Herinneringen weer aanzetten',
  startAtLogin: 'Objector starten bij het aanmelden',
  desktopOnly: 'Alleen in de desktopapp.',
  theme: 'Weergave',
  themeSystem: 'Zoals deze computer',
  themeLight: 'Licht',
  themeDark: 'Donker',
  data: 'Uw gegevens',
  dataHint: 'Eén bestand met uw accounts, voortgang en instellingen. Handig om naar een andere computer over te stappen.',
  export: 'Exporteren naar een bestand',
  import: 'Importeren uit een bestand',
  exported: (path) => `Opgeslagen in ${path}`,
  imported: (accounts, events) =>
    `${plural('nl', accounts, { one: '{n} account', other: '{n} accounts' })} en ${plural('nl', events, { one: '{n} stap', other: '{n} stappen' })} geïmporteerd.`,
  importInvalid: 'Dit bestand kon niet worden geïmporteerd. Er is niets veranderd.',
  reset: 'Opnieuw beginnen',
  resetHint: 'Verwijdert alle accounts en alle voortgang uit de app.',
  resetTitle: 'Opnieuw beginnen?',
  resetBody: 'Alle accounts, stappen en instellingen worden uit de app verwijderd. Exporteer eerst een kopie als u twijfelt.',
  resetConfirm: 'Alles verwijderen',
  done: 'Klaar',
  version: (version) => `Versie ${version}`,
  /** The file type in the save and open dialogs. */
  dataFileType: 'Objector-export',
};
