import type { Messages } from '../messages';
import { plural } from '../plural';

/** Français : réglages. */
export const settings: Messages['settings'] = {
  title: 'Réglages',
  backToList: 'Retour à vos comptes',
  language: 'Langue',
  languageSystem: (name) => `Comme cet ordinateur (${name})`,
  reminders: 'Rappels',
  remindersOn: 'Me rappeler l’échéance et de vérifier mes e-mails',
  pause: 'Mettre les rappels en pause',
  pauseDay: 'Pendant 1 jour',
  pauseWeek: 'Pendant 1 semaine',
  pauseForever: 'Jusqu’à ce que je les réactive',
  pausedUntil: (date) => `Les rappels sont en pause jusqu’au ${date}.`,
  pausedForever: 'Les rappels sont en pause jusqu’à ce que vous les réactiviez.',
  resume: 'Réactiver les rappels',
  startAtLogin: 'Lancer Objector à l’ouverture de ma session',
  desktopOnly: 'Seulement dans l’application pour ordinateur.',
  theme: 'Apparence',
  themeSystem: 'Comme cet ordinateur',
  themeLight: 'Claire',
  themeDark: 'Sombre',
  data: 'Vos données',
  dataHint: 'Un fichier avec vos comptes, votre progression et vos réglages. Pratique pour changer d’ordinateur.',
  export: 'Exporter dans un fichier',
  import: 'Importer depuis un fichier',
  exported: (path) => `Enregistré dans ${path}`,
  imported: (accounts, events) =>
    `${plural('fr', accounts, { one: '{n} compte importé', other: '{n} comptes importés' })}, avec ${plural('fr', events, { one: '{n} étape', other: '{n} étapes' })}.`,
  importInvalid: 'Ce fichier n’a pas pu être importé. Rien n’a été modifié.',
  reset: 'Tout recommencer',
  resetHint: 'Retire tous les comptes et toute la progression de l’application.',
  resetTitle: 'Tout recommencer ?',
  resetBody: 'Chaque compte, chaque étape et chaque réglage sont retirés de l’application. Pensez à exporter une copie avant.',
  resetConfirm: 'Tout supprimer',
  done: 'Terminé',
  version: (version) => `Version ${version}`,
  /** The file type in the save and open dialogs. */
  dataFileType: 'Export Objector',
};
