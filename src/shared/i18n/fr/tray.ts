import type { Messages } from '../messages';
import { plural } from '../plural';

/** Infobulle et menu de l'icône de la barre des tâches. */
export const tray: Messages['tray'] = {
  progressAllDone: 'Tous les comptes sont faits',
  noAccounts: 'Aucun compte pour l’instant : ajoutez-les dans la liste',
  openChecklist: 'Ouvrir la liste',
  pauseReminders: 'Suspendre les rappels',
  pauseOneDay: 'Pendant 1 jour',
  pauseOneWeek: 'Pendant 1 semaine',
  pauseForever: 'Jusqu’à ce que je les réactive',
  resumeReminders: 'Réactiver les rappels',
  startAtLogin: 'Lancer à l’ouverture de session',
  edit: {
    menu: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
  },
  quit: 'Quitter Objector',
  // — campaigns: begin (generated) —
  tooltip: ({ line }) => `Objector\u202f: ${line}`,
  tooltipWithProgress: ({ line, progress }) => `Objector\u202f: ${line}\n${progress}`,
  countdownFor: ({ campaign, countdown }) => `${campaign}\u202f: ${countdown}`,
  progressLeft: ({ count }) => plural('fr', count, { one: `{n} compte encore à faire`, other: `{n} comptes encore à faire` }),
  nothingNowWaiting: ({ count }) =>
    plural('fr', count, {
      one: `Rien à faire pour l’instant\u202f: {n} réponse attendue`,
      other: `Rien à faire pour l’instant\u202f: {n} réponses attendues`,
    }),
  allDoneNextRecheck: ({ date }) => `Tout est fait, prochaine vérification le ${date}`,
  titleLeft: ({ count }) => plural('fr', count, { other: `{n} à faire` }),
  accountLine: ({ platform, label, status }) => `${platform} ${label}\u202f: ${status}`,
  accountLineIn: ({ platform, label, campaign, status }) => `${platform} ${label} (${campaign})\u202f: ${status}`,
  moreAccounts: ({ count }) => plural('fr', count, { one: `… et {n} autre`, other: `… et {n} autres` }),
  standing: {
    toDo: 'à faire',
    opened: 'formulaire ouvert',
    waiting: 'envoyé, réponse attendue',
    noAnswer: 'toujours sans réponse',
    refused: 'refusé',
    complained: 'plainte déposée',
    confirmed: 'confirmé',
    covered: 'couvert par son groupe',
    notNeeded: 'pas nécessaire',
    settingToDo: 'réglage encore activé',
    settingOff: 'désactivé',
    settingRecheck: 'vérifier qu’il est toujours désactivé',
  },
  openNext: ({ account }) => `À faire ensuite\u202f: ${account}`,
  // — campaigns: end —
};
